// Logging conversations: one interaction may be with several people; each of them gets their
// cadence restarted from their latest interaction, whatever order things were logged in.
import { z } from 'zod';
import { ABOUTS, CHANNELS, INITIATORS } from '../../domain/index';
import type { InteractionRecord } from '../../store/interactions/interaction-repository';
import type { Repositories } from '../../store/repositories';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { interactionSearchHit } from '../people/people';

// A moment with its offset; "now" is taken when absent.
const instantField = z.iso.datetime({
  offset: true,
  message: 'Use an ISO date-time with a zone offset, e.g. 2026-11-20T15:00:00Z',
});

const personIds = z
  .array(z.string().min(1).max(40))
  .min(1, 'Log it with at least one person')
  .max(50);

export const newInteractionInput = z
  .object({
    personIds,
    channel: z.enum(CHANNELS, { message: `Channel is one of: ${CHANNELS.join(', ')}` }),
    initiator: z.enum(INITIATORS).default('me'),
    about: z.enum(ABOUTS).default('both'),
    note: z.string().trim().max(20_000).nullable().optional(),
    at: instantField.optional(),
    /** Open "reply owed" items of these people that this conversation answers. */
    closes: z.array(z.string().min(1).max(40)).max(100).optional(),
    /** Close every open "reply owed" to these people. */
    closesReplies: z.boolean().optional(),
  })
  .strict();

export const interactionChanges = z
  .object({
    personIds: personIds.optional(),
    channel: z.enum(CHANNELS).optional(),
    initiator: z.enum(INITIATORS).optional(),
    about: z.enum(ABOUTS).optional(),
    note: z.string().trim().max(20_000).nullable().optional(),
    at: instantField.optional(),
  })
  .strict();

export const interactionListInput = z.object({
  personId: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: instantField.optional(),
});

// Logging a little ahead is fine (clock skew, "after the meeting"); a week ahead is a mistake.
const MAX_AHEAD_MS = 24 * 3600_000;

function normalizedAt(ctx: AppContext, at: string | undefined): string {
  const now = ctx.clock.now();
  if (!at) return now.toISOString();
  const ms = Date.parse(at);
  if (ms - now.getTime() > MAX_AHEAD_MS)
    throw invalidInput('at: An interaction cannot be in the future');
  return new Date(ms).toISOString();
}

async function requirePeople(repos: Repositories, userId: string, ids: string[]) {
  const found = await repos.people.existing(userId, ids);
  if (found.size !== new Set(ids).size) throw notFound('Person');
}

/** A reply owed that a logged conversation answered. */
export interface ClosedReply {
  id: string;
  personId: string;
  personName: string;
  text: string;
}

/**
 * Logs a conversation. It may close replies owed to those people (`closes`: these, or
 * `closesReplies`: all of them), and it replaces any estimate of the last conversation.
 */
export async function logInteraction(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newInteractionInput>,
) {
  const now = isoNow(ctx.clock);
  const at = normalizedAt(ctx, input.at);
  // Inside the transaction, which runs again after a deadlock (inTransaction): a second run
  // starts with nothing closed.
  return inTransaction(ctx, async (repos) => {
    const closed: ClosedReply[] = [];
    // Checks the people and gives their names, in the order an interaction lists them.
    const people = await repos.people.namesByName(userId, input.personIds);
    if (people.length !== new Set(input.personIds).size) throw notFound('Person');
    for (const reply of await repliesToClose(repos, userId, input)) {
      await repos.personItems.update(userId, reply.id, { doneAt: now }, now);
      closed.push(reply);
    }
    const fields = {
      at,
      channel: input.channel,
      initiator: input.initiator,
      about: input.about,
      note: input.note ?? null,
    };
    // Also gives the people their last conversation and count (loggedChanges).
    const id = await repos.interactions.create(userId, input.personIds, fields, now);
    // What was written, as findById would read it back: no read for it (on PostgreSQL four
    // round trips in all: begin, the names, the write, commit).
    const logged: InteractionRecord = { id, ...fields, people, createdAt: now, updatedAt: now };
    if (logged.note) await repos.search.add(userId, interactionSearchHit(logged));
    return { interaction: logged, closed };
  });
}

/** The open replies owed to the logged people that the input asks to close, checked. */
async function repliesToClose(
  repos: Repositories,
  userId: string,
  input: { personIds: string[]; closes?: string[]; closesReplies?: boolean },
): Promise<ClosedReply[]> {
  if (!input.closesReplies && !input.closes?.length) return [];
  const open = (
    await Promise.all(
      [...new Set(input.personIds)].map((personId) =>
        repos.personItems.list(userId, { type: 'reply', personId, open: true }),
      ),
    )
  ).flat();
  const replies = open.map(({ id, personId, personName, text }) => ({
    id,
    personId,
    personName,
    text,
  }));
  if (input.closesReplies) return replies;
  const chosen: ClosedReply[] = [];
  for (const itemId of new Set(input.closes)) {
    const reply = replies.find((r) => r.id === itemId);
    if (reply) {
      chosen.push(reply);
      continue;
    }
    // Another user's item does not exist; one of the user's that is not an open reply owed to
    // these people is a mistake worth naming.
    if (!(await repos.personItems.findById(userId, itemId))) throw notFound('Item');
    throw invalidInput(`closes: ${itemId} is not an open reply owed to the people logged`);
  }
  return chosen;
}

export async function updateInteraction(
  ctx: AppContext,
  userId: string,
  id: string,
  changes: z.output<typeof interactionChanges>,
) {
  const now = isoNow(ctx.clock);
  const { personIds: ids, at, ...fields } = changes;
  await inTransaction(ctx, async (repos) => {
    if (ids) await requirePeople(repos, userId, ids);
    const result = await repos.interactions.update(
      userId,
      id,
      { ...fields, ...(at && { at: normalizedAt(ctx, at) }) },
      ids,
      now,
    );
    if (!result) throw notFound('Interaction');
    await repos.people.refreshContactStats(userId, [...result.before, ...result.after], now);
    await repos.people.clearEstimates(userId, result.after, now);
    await reindexInteraction(repos, userId, id);
  });
  return (await ctx.repos.interactions.findById(userId, id))!;
}

export async function deleteInteraction(ctx: AppContext, userId: string, id: string) {
  const now = isoNow(ctx.clock);
  await inTransaction(ctx, async (repos) => {
    const origin = await repos.captured.originOf(userId, id);
    const people = await repos.interactions.delete(userId, id);
    if (!people) throw notFound('Interaction');
    // A captured conversation the user deleted stays deleted when its source syncs again.
    if (origin) {
      await repos.noticed.tombstone(
        userId,
        origin.source_id,
        {
          externalId: origin.external_id,
          objectKey: origin.object_key ?? null,
          at: origin.at,
          channel: origin.channel,
          initiator: origin.initiator,
          seenOnly: false,
          subject: null,
          personIds: people,
        },
        now,
      );
    }
    await repos.people.refreshContactStats(userId, people, now);
    await repos.search.remove(userId, id);
  });
}

export async function getInteraction(ctx: AppContext, userId: string, id: string) {
  const interaction = await ctx.repos.interactions.findById(userId, id);
  if (!interaction) throw notFound('Interaction');
  return interaction;
}

export async function listInteractions(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof interactionListInput>,
) {
  return ctx.repos.interactions.list(userId, input);
}

async function reindexInteraction(repos: Repositories, userId: string, id: string) {
  const interaction = await repos.interactions.findById(userId, id);
  if (!interaction?.note) return repos.search.remove(userId, id);
  await repos.search.put(userId, interactionSearchHit(interaction));
}
