// "Rapport noticed": conversations a review-mode source found, waiting for the user's yes. Rows
// stay after accept or ignore, so a re-sync neither brings an ignored one back nor logs twice.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import { fromJsonArray } from '../json-columns';
import type { CaptureNoticedRow, Database } from '../schema';

export type NoticedState = 'pending' | 'accepted' | 'ignored';

export interface NoticedFields {
  externalId: string;
  objectKey: string | null;
  at: string;
  channel: string;
  initiator: string;
  seenOnly: boolean;
  subject: string | null;
  personIds: string[];
}

export interface NoticedRecord extends NoticedFields {
  id: string;
  sourceId: string;
  state: NoticedState;
}

export class NoticedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds it when new; returns true then. */
  async insert(ownerId: string, sourceId: string, item: NoticedFields, now: string) {
    const result = await this.db
      .insertInto('capture_noticed')
      .values({
        id: newId(),
        owner_id: ownerId,
        source_id: sourceId,
        external_id: item.externalId,
        object_key: item.objectKey,
        at: item.at,
        channel: item.channel,
        initiator: item.initiator,
        seen_only: item.seenOnly ? 1 : 0,
        subject: item.subject,
        person_ids: JSON.stringify(item.personIds),
        state: 'pending',
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['source_id', 'external_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** The user deleted a captured conversation: remember it, so a re-sync does not bring it back. */
  async tombstone(ownerId: string, sourceId: string, item: NoticedFields, now: string) {
    const existing = await this.db
      .selectFrom('capture_noticed')
      .select('id')
      .where('source_id', '=', sourceId)
      .where('external_id', '=', item.externalId)
      .executeTakeFirst();
    if (!existing) await this.insert(ownerId, sourceId, item, now);
    await this.db
      .updateTable('capture_noticed')
      .set({ state: 'ignored', updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('external_id', '=', item.externalId)
      .execute();
  }

  async change(ownerId: string, id: string, item: NoticedFields, now: string): Promise<void> {
    await this.db
      .updateTable('capture_noticed')
      .set({
        object_key: item.objectKey,
        at: item.at,
        channel: item.channel,
        initiator: item.initiator,
        seen_only: item.seenOnly ? 1 : 0,
        subject: item.subject,
        person_ids: JSON.stringify(item.personIds),
        updated_at: now,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }

  async list(
    ownerId: string,
    filter: {
      sourceId?: string;
      state?: NoticedState;
      externalIds?: string[];
      objectKeys?: string[];
    } = {},
  ): Promise<NoticedRecord[]> {
    if (filter.externalIds?.length === 0 || filter.objectKeys?.length === 0) return [];
    let query = this.db.selectFrom('capture_noticed').selectAll().where('owner_id', '=', ownerId);
    if (filter.sourceId) query = query.where('source_id', '=', filter.sourceId);
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.externalIds) query = query.where('external_id', 'in', filter.externalIds);
    if (filter.objectKeys) query = query.where('object_key', 'in', filter.objectKeys);
    const rows = await query.orderBy('at', 'desc').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async findById(ownerId: string, id: string): Promise<NoticedRecord | undefined> {
    const row = await this.db
      .selectFrom('capture_noticed')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Moves a pending item to accepted or ignored; false when it was not pending (any more). */
  async settle(ownerId: string, id: string, state: NoticedState, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('capture_noticed')
      .set({ state, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async countPending(ownerId: string): Promise<number> {
    const row = await this.db
      .selectFrom('capture_noticed')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', ownerId)
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async objectKeys(ownerId: string, sourceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('capture_noticed')
      .select('object_key')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('object_key', 'is not', null)
      .execute();
    return rows.map((r) => r.object_key!);
  }

  async deleteMany(ownerId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('capture_noticed')
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .execute();
  }
}

function toRecord(row: CaptureNoticedRow): NoticedRecord {
  return {
    id: row.id,
    sourceId: row.source_id,
    externalId: row.external_id,
    objectKey: row.object_key,
    at: row.at,
    channel: row.channel,
    initiator: row.initiator,
    seenOnly: Boolean(row.seen_only),
    subject: row.subject,
    personIds: fromJsonArray(row.person_ids),
    state: row.state,
  };
}
