// Replies owed, promises, favors and career events. Each type names its own fields in the API
// and maps onto one stored shape: text, an optional kind/direction, a date, and when it was done.
import { z } from 'zod';
import { CAREER_EVENT_KINDS, FAVOR_KINDS, todayIn } from '../../domain/index';
import type { PersonItemType } from '../../store/person-items/person-item-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { notFound } from '../errors';
import { isoDateField } from '../people/person-input';

const personId = z.string().min(1).max(40);
const text = z.string().trim().min(1, 'Say what it is about').max(2000);

export const ITEM_INPUTS = {
  reply: z.object({ personId, text, since: z.iso.datetime({ offset: true }).optional() }).strict(),
  promise: z.object({ personId, text, due: isoDateField }).strict(),
  favor: z
    .object({
      personId,
      direction: z.enum(['gave', 'got'], { message: 'Direction is gave or got' }),
      kind: z.enum(FAVOR_KINDS, { message: `Favor kind is one of: ${FAVOR_KINDS.join(', ')}` }),
      text: z.string().trim().max(2000).optional(),
      on: isoDateField.optional(),
    })
    .strict(),
  event: z
    .object({
      personId,
      kind: z.enum(CAREER_EVENT_KINDS, {
        message: `Event kind is one of: ${CAREER_EVENT_KINDS.join(', ')}`,
      }),
      text: z.string().trim().max(2000).optional(),
      on: isoDateField.optional(),
      congratulated: z.boolean().optional(),
    })
    .strict(),
} as const;

export const itemListInput = z.object({
  type: z.enum(['reply', 'promise', 'favor', 'event']).optional(),
  personId: z.string().max(40).optional(),
  open: z.enum(['true', 'false']).optional(),
});

/** What the route for each type of item hands over, parsed (ITEM_INPUTS). */
export type ItemInput<T extends PersonItemType> = z.output<(typeof ITEM_INPUTS)[T]>;

/** Creates an item of one type on one of the user's people. */
export async function createItem<T extends PersonItemType>(
  ctx: AppContext,
  userId: string,
  type: T,
  parsed: ItemInput<T>,
) {
  const now = isoNow(ctx.clock);
  // Each type names its date and kind its own way; the stored shape has one of each.
  const input: ItemInput<PersonItemType> = parsed;
  const given =
    'since' in input ? input.since : 'due' in input ? input.due : 'on' in input ? input.on : null;
  const stored = {
    text: input.text ?? defaultText(type, input),
    kind: ('kind' in input && input.kind) || null,
    direction: ('direction' in input && input.direction) || null,
    date: given ?? (await defaultDate(ctx, userId, type, now)),
  };
  const doneAt = 'congratulated' in input && input.congratulated ? now : null;
  const id = await inTransaction(ctx, async (repos) => {
    if ((await repos.people.existing(userId, [input.personId])).size === 0)
      throw notFound('Person');
    return repos.personItems.create(userId, input.personId, type, stored, doneAt, now);
  });
  return (await ctx.repos.personItems.findById(userId, id))!;
}

export function listItems(
  ctx: AppContext,
  userId: string,
  { open, ...filter }: z.output<typeof itemListInput>,
) {
  return ctx.repos.personItems.list(userId, {
    ...filter,
    ...(open !== undefined && { open: open === 'true' }),
  });
}

/** Marks it done: a reply answered, a promise kept, a favor settled, an event congratulated. */
export async function completeItem(ctx: AppContext, userId: string, id: string) {
  const item = await ctx.repos.personItems.findById(userId, id);
  if (!item) throw notFound('Item');
  if (!item.doneAt)
    await ctx.repos.personItems.update(
      userId,
      id,
      { doneAt: isoNow(ctx.clock) },
      isoNow(ctx.clock),
    );
  return (await ctx.repos.personItems.findById(userId, id))!;
}

export async function deleteItem(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.personItems.delete(userId, id))) throw notFound('Item');
}

// A reply is owed since now; a favor happened today in the user's zone (an undated favor would
// belong to no period, or to every one); a career event's date stays unknown unless given.
async function defaultDate(
  ctx: AppContext,
  userId: string,
  type: PersonItemType,
  now: string,
): Promise<string | null> {
  if (type === 'reply') return now;
  if (type !== 'favor') return null;
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return todayIn(user.timeZone, now);
}

function defaultText(type: PersonItemType, input: Record<string, unknown>): string {
  const kind = String(input.kind ?? '').replace('-', ' ');
  if (type === 'favor')
    return input.direction === 'gave' ? `You gave a ${kind}` : `They gave you a ${kind}`;
  return kind;
}
