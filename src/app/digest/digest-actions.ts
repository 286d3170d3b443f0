// Carrying out a one-click digest action. Each link works once: a second click (or a mail
// scanner that follows links) cannot log the same conversation twice.
import { CHANNELS, type Channel, todayIn } from '../../domain/index';
import { epochDayFromIsoDate, isoDateFromEpochDay } from '../../domain/time/epoch-day';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { logInteraction } from '../interactions/interactions';
import { getPerson, updatePerson } from '../people/people';
import { sha256 } from '../secrets';
import { readActionToken } from './daily-digest';

export type ActionOutcome = { done: string } | { refused: string };

/** What the confirmation page shows before anything happens. */
export async function describeAction(ctx: AppContext, token: string) {
  const read = readActionToken(ctx, token);
  if ('refused' in read) return read;
  // A used link says so at once, rather than offering buttons that can only fail.
  if (await ctx.repos.jobRuns.has(claimKey(token))) return USED;
  const person = await getPerson(ctx, read.userId, read.personId).catch(() => null);
  if (!person) return { refused: 'This person is no longer in your Rapport.' };
  return { action: read.action, personName: person.name };
}

const USED = { refused: 'This link was already used. Open Rapport to see today’s list.' };
const claimKey = (token: string) => `action:${sha256(token)}`;

export async function performAction(
  ctx: AppContext,
  token: string,
  channel: string | undefined,
): Promise<ActionOutcome> {
  const read = readActionToken(ctx, token);
  if ('refused' in read) return read;
  const person = await getPerson(ctx, read.userId, read.personId).catch(() => null);
  if (!person) return { refused: 'This person is no longer in your Rapport.' };
  if (!(await ctx.repos.jobRuns.claim(claimKey(token), read.userId, isoNow(ctx.clock)))) {
    return USED;
  }
  if (read.action === 'log') {
    const via: Channel = CHANNELS.includes(channel as Channel) ? (channel as Channel) : 'chat';
    await logInteraction(ctx, read.userId, {
      personIds: [person.id],
      channel: via,
      initiator: 'me',
      about: 'both',
    });
    return { done: `Logged a ${via === 'in-person' ? 'meeting' : via} with ${person.name}.` };
  }
  const user = await ctx.repos.users.findById(read.userId);
  const today = todayIn(user!.timeZone, ctx.clock.now().toISOString());
  const until = isoDateFromEpochDay(epochDayFromIsoDate(today)! + 3);
  await updatePerson(ctx, read.userId, person.id, { snoozedUntil: until });
  return { done: `Snoozed ${person.name} until ${until}.` };
}
