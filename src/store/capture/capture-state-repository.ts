// What capture remembers between syncs of a source: people seen in large meetings, mail threads
// awaiting the user's answer, and meeting occurrences that have not ended yet.
import type { Kysely } from 'kysely';
import type { CapturedEvent } from '../../domain/capture/capture-types';
import { fromJsonArray } from '../json-columns';
import type { Database } from '../schema';

export interface SeenRecord {
  externalId: string;
  objectKey: string | null;
  personId: string;
  at: string;
}

export interface ThreadRecord {
  threadKey: string;
  personId: string;
  messageIds: string[];
  since: string;
  subject: string | null;
  dueAt: string;
  itemId: string | null;
}

export class CaptureStateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  // Seen in a meeting ------------------------------------------------------------------------

  async putSeen(ownerId: string, sourceId: string, seen: SeenRecord[]): Promise<number> {
    let added = 0;
    for (const s of seen) {
      const result = await this.db
        .insertInto('capture_seen')
        .values({
          owner_id: ownerId,
          source_id: sourceId,
          external_id: s.externalId,
          object_key: s.objectKey,
          person_id: s.personId,
          at: s.at,
        })
        .onConflict((oc) => oc.columns(['source_id', 'external_id', 'person_id']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) {
        added += 1;
        continue;
      }
      // Known already: a moved meeting moves what was seen.
      await this.db
        .updateTable('capture_seen')
        .set({ at: s.at, object_key: s.objectKey })
        .where('source_id', '=', sourceId)
        .where('external_id', '=', s.externalId)
        .where('person_id', '=', s.personId)
        .execute();
    }
    return added;
  }

  async listSeen(
    ownerId: string,
    sourceId: string,
    filter: { objectKeys?: string[]; externalIds?: string[] } = {},
  ): Promise<SeenRecord[]> {
    if (filter.objectKeys?.length === 0 || filter.externalIds?.length === 0) return [];
    let query = this.db
      .selectFrom('capture_seen')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId);
    if (filter.objectKeys) query = query.where('object_key', 'in', filter.objectKeys);
    if (filter.externalIds) query = query.where('external_id', 'in', filter.externalIds);
    return (await query.execute()).map((r) => ({
      externalId: r.external_id,
      objectKey: r.object_key,
      personId: r.person_id,
      at: r.at,
    }));
  }

  async deleteSeen(ownerId: string, sourceId: string, externalIds: string[]): Promise<void> {
    if (externalIds.length === 0) return;
    await this.db
      .deleteFrom('capture_seen')
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('external_id', 'in', externalIds)
      .execute();
  }

  async seenObjectKeys(ownerId: string, sourceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('capture_seen')
      .select('object_key')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('object_key', 'is not', null)
      .execute();
    return rows.map((r) => r.object_key!);
  }

  /** How many large meetings the person was seen in, and the latest. */
  async seenSummary(ownerId: string, personId: string) {
    const row = await this.db
      .selectFrom('capture_seen')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last')])
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), lastAt: (row.last as string | null) ?? null };
  }

  // Threads awaiting a reply -----------------------------------------------------------------

  async listThreads(ownerId: string, sourceId: string): Promise<ThreadRecord[]> {
    const rows = await this.db
      .selectFrom('capture_threads')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .execute();
    return rows.map((r) => ({
      threadKey: r.thread_key,
      personId: r.person_id,
      messageIds: fromJsonArray(r.message_ids),
      since: r.since,
      subject: r.subject,
      dueAt: r.due_at,
      itemId: r.item_id,
    }));
  }

  async putThread(ownerId: string, sourceId: string, thread: ThreadRecord): Promise<void> {
    const values = {
      message_ids: JSON.stringify(thread.messageIds),
      since: thread.since,
      subject: thread.subject,
      due_at: thread.dueAt,
      item_id: thread.itemId,
    };
    await this.db
      .insertInto('capture_threads')
      .values({
        owner_id: ownerId,
        source_id: sourceId,
        thread_key: thread.threadKey,
        person_id: thread.personId,
        ...values,
      })
      .onConflict((oc) => oc.columns(['source_id', 'thread_key', 'person_id']).doUpdateSet(values))
      .execute();
  }

  async deleteThread(sourceId: string, threadKey: string, personId: string): Promise<void> {
    await this.db
      .deleteFrom('capture_threads')
      .where('source_id', '=', sourceId)
      .where('thread_key', '=', threadKey)
      .where('person_id', '=', personId)
      .execute();
  }

  async deleteThreadsOfPerson(ownerId: string, personId: string): Promise<void> {
    await this.db
      .deleteFrom('capture_threads')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', personId)
      .execute();
  }

  // Occurrences that have not ended yet ------------------------------------------------------

  /** Replaces what is waiting for these calendar objects with these occurrences. */
  async replacePending(
    ownerId: string,
    sourceId: string,
    objectKeys: string[],
    events: CapturedEvent[],
  ): Promise<void> {
    for (let i = 0; i < objectKeys.length; i += 500) {
      await this.db
        .deleteFrom('capture_pending_events')
        .where('source_id', '=', sourceId)
        .where('object_key', 'in', objectKeys.slice(i, i + 500))
        .execute();
    }
    const unique = new Map(events.map((e) => [e.externalId, e]));
    const rows = [...unique.values()].map((e) => ({
      owner_id: ownerId,
      source_id: sourceId,
      external_id: e.externalId,
      object_key: e.objectKey,
      ends_at: e.end,
      event: JSON.stringify(e),
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await this.db
        .insertInto('capture_pending_events')
        .values(rows.slice(i, i + 200))
        .execute();
    }
  }

  async pendingObjectKeys(sourceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('capture_pending_events')
      .select('object_key')
      .distinct()
      .where('source_id', '=', sourceId)
      .execute();
    return rows.map((r) => r.object_key);
  }

  /** Waiting occurrences that ended by `now`, removed as they are handed over. */
  async takeEnded(sourceId: string, now: string): Promise<CapturedEvent[]> {
    const rows = await this.db
      .selectFrom('capture_pending_events')
      .select(['external_id', 'event'])
      .where('source_id', '=', sourceId)
      .where('ends_at', '<=', now)
      .execute();
    if (rows.length === 0) return [];
    for (let i = 0; i < rows.length; i += 500) {
      await this.db
        .deleteFrom('capture_pending_events')
        .where('source_id', '=', sourceId)
        .where(
          'external_id',
          'in',
          rows.slice(i, i + 500).map((r) => r.external_id),
        )
        .execute();
    }
    return rows.map((r) => JSON.parse(r.event) as CapturedEvent);
  }
}
