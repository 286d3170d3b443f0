// The accomplishment log and the flexibility log: what the user did, and when they bent their
// plans for the team. Both feed status updates and the remote-work proposal.
import { z } from 'zod';
import { todayIn } from '../../domain/index';
import type { Repositories } from '../../store/repositories';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { notFound } from '../errors';
import { isoDateField } from '../people/person-input';
import { linkField } from '../text-fields';

const personIds = z.array(z.string().min(1).max(40)).max(30);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const newAccomplishmentInput = z
  .object({
    title: z.string().trim().min(1, 'Say what you did').max(300),
    date: isoDateField.optional(),
    detail: optionalText(5000),
    project: optionalText(100),
    impact: optionalText(1000),
    links: z.array(linkField).max(20).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    helpedBy: personIds.optional(),
    tell: personIds.optional(),
  })
  .strict();

export const accomplishmentChanges = newAccomplishmentInput.partial().strict();

export const rangeInput = z
  .object({ from: isoDateField.optional(), to: isoDateField.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'from must not be after to' });

export const newFlexInput = z
  .object({
    text: z.string().trim().min(1, 'Say how you were flexible').max(1000),
    date: isoDateField.optional(),
    personId: z.string().min(1).max(40).nullable().optional(),
  })
  .strict();

/** The user's today, in the user's zone: the default date of a new entry. */
async function userToday(ctx: AppContext, userId: string): Promise<string> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return todayIn(user.timeZone, ctx.clock.now().toISOString());
}

async function requirePeople(repos: Repositories, userId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if ((await repos.people.existing(userId, unique)).size !== unique.length)
    throw notFound('Person');
}

export async function addAccomplishment(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newAccomplishmentInput>,
) {
  const date = input.date ?? (await userToday(ctx, userId));
  const id = await inTransaction(ctx, async (repos) => {
    await requirePeople(repos, userId, [...(input.helpedBy ?? []), ...(input.tell ?? [])]);
    return repos.accomplishments.create(
      userId,
      {
        date,
        title: input.title,
        detail: input.detail ?? null,
        project: input.project ?? null,
        impact: input.impact ?? null,
        links: input.links ?? [],
        tags: input.tags ?? [],
      },
      { helpedBy: input.helpedBy ?? [], tell: input.tell ?? [] },
      isoNow(ctx.clock),
    );
  });
  return (await ctx.repos.accomplishments.findById(userId, id))!;
}

export async function editAccomplishment(
  ctx: AppContext,
  userId: string,
  id: string,
  { helpedBy, tell, ...fields }: z.output<typeof accomplishmentChanges>,
) {
  await inTransaction(ctx, async (repos) => {
    await requirePeople(repos, userId, [...(helpedBy ?? []), ...(tell ?? [])]);
    const found = await repos.accomplishments.update(
      userId,
      id,
      fields,
      { ...(helpedBy && { helpedBy }), ...(tell && { tell }) },
      isoNow(ctx.clock),
    );
    if (!found) throw notFound('Accomplishment');
  });
  return (await ctx.repos.accomplishments.findById(userId, id))!;
}

export async function getAccomplishment(ctx: AppContext, userId: string, id: string) {
  const found = await ctx.repos.accomplishments.findById(userId, id);
  if (!found) throw notFound('Accomplishment');
  return found;
}

export async function deleteAccomplishment(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.accomplishments.delete(userId, id))) throw notFound('Accomplishment');
}

export function listAccomplishments(
  ctx: AppContext,
  userId: string,
  range: z.output<typeof rangeInput>,
) {
  return ctx.repos.accomplishments.list(userId, range);
}

export async function addFlex(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newFlexInput>,
) {
  const date = input.date ?? (await userToday(ctx, userId));
  if (input.personId) await requirePeople(ctx.repos, userId, [input.personId]);
  const id = await ctx.repos.accomplishments.addFlex(
    userId,
    { date, text: input.text, personId: input.personId ?? null },
    isoNow(ctx.clock),
  );
  return (await ctx.repos.accomplishments.listFlex(userId, { from: date, to: date })).find(
    (f) => f.id === id,
  )!;
}

export function listFlex(ctx: AppContext, userId: string, range: z.output<typeof rangeInput>) {
  return ctx.repos.accomplishments.listFlex(userId, range);
}

export async function deleteFlex(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.accomplishments.deleteFlex(userId, id)))
    throw notFound('Flexibility entry');
}
