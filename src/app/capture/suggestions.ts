// People the user talks to but does not keep: addresses seen in 3 or more distinct threads or
// meetings in 30 days that match nobody. Suggested, never added silently.
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { createPerson } from '../people/people';
import { newPersonInput } from '../people/person-input';
import { parseInput } from '../validation';

const WINDOW_MS = 30 * 86_400_000;
const AT_LEAST = 3;

export async function listSuggestions(ctx: AppContext, userId: string) {
  const since = new Date(ctx.clock.now().getTime() - WINDOW_MS).toISOString();
  const [frequent, kept] = await Promise.all([
    ctx.repos.correspondents.frequent(userId, since, AT_LEAST),
    // An archived person is known: their address is not suggested as someone new.
    ctx.repos.people.emailIndex(userId, true),
  ]);
  return frequent.filter((s) => !kept.has(s.email));
}

async function requireSuggestion(ctx: AppContext, userId: string, id: string) {
  const row = await ctx.repos.correspondents.find(userId, id);
  if (!row || row.dismissed) throw notFound('Suggestion');
  return row;
}

/** Adds the person (name from the headers, else the address) with the address. */
export async function addSuggestion(ctx: AppContext, userId: string, id: string) {
  const row = await requireSuggestion(ctx, userId, id);
  const name = row.name?.trim() || row.email.split('@')[0] || row.email;
  // Names and addresses come from mail headers: checked like typed ones.
  const person = await createPerson(
    ctx,
    userId,
    parseInput(newPersonInput, { name, email: row.email }),
  );
  await ctx.repos.correspondents.delete(userId, id);
  return person;
}

export async function dismissSuggestion(ctx: AppContext, userId: string, id: string) {
  await requireSuggestion(ctx, userId, id);
  await ctx.repos.correspondents.dismiss(userId, id, isoNow(ctx.clock));
}
