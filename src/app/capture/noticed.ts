// "Rapport noticed": what review-mode sources found. Accept logs it (a large meeting becomes
// "seen in a meeting"), ignore drops it for good, "never from this person" stops capture for them.
import { z } from 'zod';
import type { FoundConversation } from '../../domain/capture/capture-types';
import type { NoticedRecord } from '../../store/capture/noticed-repository';
import type { Repositories } from '../../store/repositories';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, notFound } from '../errors';
import { refreshPeople, seenOf } from './recorder';

export interface NoticedView {
  id: string;
  sourceId: string;
  sourceName: string;
  at: string;
  channel: FoundConversation['channel'];
  initiator: FoundConversation['initiator'];
  seenOnly: boolean;
  subject: string | null;
  people: { id: string; name: string }[];
}

export async function listNoticed(ctx: AppContext, userId: string): Promise<NoticedView[]> {
  const [items, sources] = await Promise.all([
    ctx.repos.noticed.list(userId, { state: 'pending' }),
    ctx.repos.sources.list(userId),
  ]);
  const names = await ctx.repos.people.existing(userId, [
    ...new Set(items.flatMap((i) => i.personIds)),
  ]);
  const sourceNames = new Map(sources.map((s) => [s.id, s.name]));
  return items.map((item) => ({
    id: item.id,
    sourceId: item.sourceId,
    sourceName: sourceNames.get(item.sourceId) ?? '',
    at: item.at,
    channel: item.channel as FoundConversation['channel'],
    initiator: item.initiator as FoundConversation['initiator'],
    seenOnly: item.seenOnly,
    subject: item.subject,
    people: item.personIds
      .filter((id) => names.has(id))
      .map((id) => ({ id, name: names.get(id)! })),
  }));
}

/** Logs one pending item; returns the interaction (null for a large meeting: seen only). */
async function acceptOne(
  repos: Repositories,
  userId: string,
  item: NoticedRecord,
  now: string,
  talked: { touched: string[]; talkedTo: string[] },
): Promise<string | null> {
  if (!(await repos.noticed.settle(userId, item.id, 'accepted', now))) return null;
  const people = [...(await repos.people.existing(userId, item.personIds)).keys()];
  if (people.length === 0) return null;
  if (item.seenOnly) {
    await repos.captureState.putSeen(userId, item.sourceId, seenOf({ ...item, personIds: people }));
    return null;
  }
  const id = await repos.captured.insert(
    userId,
    {
      sourceId: item.sourceId,
      externalId: item.externalId,
      objectKey: item.objectKey,
      at: item.at,
      channel: item.channel,
      initiator: item.initiator,
      about: 'work',
      personIds: people,
    },
    now,
  );
  talked.touched.push(...people);
  talked.talkedTo.push(...people);
  return id ?? (await repos.captured.find(userId, item.sourceId, item.externalId))?.id ?? null;
}

export async function acceptNoticed(ctx: AppContext, userId: string, id: string) {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx, async (repos) => {
    const item = await repos.noticed.findById(userId, id);
    if (!item) throw notFound('Noticed item');
    if (item.state !== 'pending') throw conflict(`This item was already ${item.state}`);
    const talked = { touched: [] as string[], talkedTo: [] as string[] };
    const interactionId = await acceptOne(repos, userId, item, now, talked);
    await refreshPeople(repos, userId, talked.touched, talked.talkedTo, now);
    return { interactionId };
  });
}

export async function acceptAllNoticed(ctx: AppContext, userId: string) {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx, async (repos) => {
    const talked = { touched: [] as string[], talkedTo: [] as string[] };
    let accepted = 0;
    for (const item of await repos.noticed.list(userId, { state: 'pending' })) {
      await acceptOne(repos, userId, item, now, talked);
      accepted += 1;
    }
    await refreshPeople(repos, userId, talked.touched, talked.talkedTo, now);
    return { accepted };
  });
}

export async function ignoreNoticed(ctx: AppContext, userId: string, id: string) {
  const item = await ctx.repos.noticed.findById(userId, id);
  if (!item) throw notFound('Noticed item');
  await ctx.repos.noticed.settle(userId, id, 'ignored', isoNow(ctx.clock));
}

export const neverInput = z.object({ personId: z.string().min(1).max(40) }).strict();

/** Nothing more is captured for this person; what waits for them in the inbox goes. */
export async function neverFromPerson(
  ctx: AppContext,
  userId: string,
  { personId }: z.output<typeof neverInput>,
) {
  const now = isoNow(ctx.clock);
  await inTransaction(ctx, async (repos) => {
    if ((await repos.people.existing(userId, [personId])).size === 0) throw notFound('Person');
    await repos.correspondents.ignore(userId, personId, now);
    await repos.captureState.deleteThreadsOfPerson(userId, personId);
    for (const item of await repos.noticed.list(userId, { state: 'pending' })) {
      if (!item.personIds.includes(personId)) continue;
      const others = item.personIds.filter((p) => p !== personId);
      if (others.length === 0) await repos.noticed.settle(userId, item.id, 'ignored', now);
      else await repos.noticed.change(userId, item.id, { ...item, personIds: others }, now);
    }
  });
}
