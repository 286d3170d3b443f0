// Blockers and needs: what is in the user's way, or what they need from someone, kept until it
// is cleared. The status update lists those still in the way when its period ends.
import { z } from 'zod';
import { todayIn } from '../../domain/index';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { isoDateField } from '../people/person-input';

const personId = z.string().min(1).max(40).nullable().optional();

export const newBlockerInput = z
  .object({
    text: z.string().trim().min(1, 'Say what is in your way or what you need').max(1000),
    personId,
    since: isoDateField.optional(),
  })
  .strict();

export const blockerChanges = z
  .object({
    text: z.string().trim().min(1).max(1000).optional(),
    personId,
    since: isoDateField.optional(),
  })
  .strict();

export const blockerListInput = z.object({ open: z.enum(['true', 'false']).optional() });

export const resolveInput = z.object({ on: isoDateField.optional() }).strict();

async function userToday(ctx: AppContext, userId: string): Promise<string> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return todayIn(user.timeZone, ctx.clock.now().toISOString());
}

async function requirePerson(ctx: AppContext, userId: string, id: string | null | undefined) {
  if (id && (await ctx.repos.people.existing(userId, [id])).size === 0) throw notFound('Person');
}

async function found(ctx: AppContext, userId: string, id: string) {
  const blocker = await ctx.repos.blockers.findById(userId, id);
  if (!blocker) throw notFound('Blocker');
  return blocker;
}

export async function addBlocker(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newBlockerInput>,
) {
  await requirePerson(ctx, userId, input.personId);
  const id = await ctx.repos.blockers.create(
    userId,
    {
      text: input.text,
      personId: input.personId ?? null,
      since: input.since ?? (await userToday(ctx, userId)),
      resolvedOn: null,
    },
    isoNow(ctx.clock),
  );
  return found(ctx, userId, id);
}

export function listBlockers(
  ctx: AppContext,
  userId: string,
  { open }: z.output<typeof blockerListInput>,
) {
  return ctx.repos.blockers.list(userId, open === undefined ? {} : { open: open === 'true' });
}

export async function editBlocker(
  ctx: AppContext,
  userId: string,
  id: string,
  changes: z.output<typeof blockerChanges>,
) {
  await found(ctx, userId, id);
  await requirePerson(ctx, userId, changes.personId);
  await ctx.repos.blockers.update(userId, id, changes, isoNow(ctx.clock));
  return found(ctx, userId, id);
}

/** Cleared today (or on the day given): it stops showing in updates after that day. */
export async function resolveBlocker(
  ctx: AppContext,
  userId: string,
  id: string,
  { on }: z.output<typeof resolveInput> = {},
) {
  const blocker = await found(ctx, userId, id);
  if (!blocker.resolvedOn) {
    const day = on ?? (await userToday(ctx, userId));
    await ctx.repos.blockers.update(
      userId,
      id,
      { resolvedOn: day < blocker.since ? blocker.since : day },
      isoNow(ctx.clock),
    );
  }
  return found(ctx, userId, id);
}

export async function deleteBlocker(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.blockers.delete(userId, id))) throw notFound('Blocker');
}
