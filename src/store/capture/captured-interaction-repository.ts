// Interactions that capture logged: the same rows as typed ones, plus the source and the item's
// id there, unique per owner, source and external id, so syncing the same data twice (or on two
// instances at once) logs it once.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface CapturedInteraction {
  id: string;
  externalId: string;
  objectKey: string | null;
  at: string;
  channel: string;
  initiator: string;
  personIds: string[];
}

export interface NewCapturedInteraction {
  sourceId: string;
  externalId: string;
  objectKey: string | null;
  at: string;
  channel: string;
  initiator: string;
  about: string;
  personIds: string[];
}

export class CapturedInteractionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Logs it unless this source already did; returns the new id, or null when it existed. */
  async insert(ownerId: string, item: NewCapturedInteraction, now: string): Promise<string | null> {
    const id = newId();
    const result = await this.db
      .insertInto('interactions')
      .values({
        id,
        owner_id: ownerId,
        at: item.at,
        channel: item.channel,
        initiator: item.initiator,
        about: item.about,
        note: null,
        source_id: item.sourceId,
        external_id: item.externalId,
        object_key: item.objectKey,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['owner_id', 'source_id', 'external_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) return null;
    await this.db
      .insertInto('interaction_people')
      .values(
        [...new Set(item.personIds)].map((personId) => ({
          interaction_id: id,
          person_id: personId,
          owner_id: ownerId,
          at: item.at,
        })),
      )
      .execute();
    return id;
  }

  async find(ownerId: string, sourceId: string, externalId: string) {
    return (await this.list(ownerId, sourceId, { externalIds: [externalId] }))[0];
  }

  /** What this source captured, all of it or only for some calendar objects or external ids. */
  async list(
    ownerId: string,
    sourceId: string,
    filter: { objectKeys?: string[]; externalIds?: string[] } = {},
  ): Promise<CapturedInteraction[]> {
    if (filter.objectKeys?.length === 0 || filter.externalIds?.length === 0) return [];
    let query = this.db
      .selectFrom('interactions as i')
      .leftJoin('interaction_people as ip', 'ip.interaction_id', 'i.id')
      .select([
        'i.id',
        'i.external_id',
        'i.object_key',
        'i.at',
        'i.channel',
        'i.initiator',
        'ip.person_id',
      ])
      .where('i.owner_id', '=', ownerId)
      .where('i.source_id', '=', sourceId);
    if (filter.objectKeys) query = query.where('i.object_key', 'in', filter.objectKeys);
    if (filter.externalIds) query = query.where('i.external_id', 'in', filter.externalIds);
    const byId = new Map<string, CapturedInteraction>();
    for (const row of await query.execute()) {
      const entry = byId.get(row.id) ?? {
        id: row.id,
        externalId: row.external_id ?? '',
        objectKey: row.object_key ?? null,
        at: row.at,
        channel: row.channel,
        initiator: row.initiator,
        personIds: [],
      };
      if (row.person_id) entry.personIds.push(row.person_id);
      byId.set(row.id, entry);
    }
    return [...byId.values()];
  }

  /** The source and external id of an interaction, when capture logged it. */
  async originOf(ownerId: string, id: string) {
    const row = await this.db
      .selectFrom('interactions')
      .select(['source_id', 'external_id', 'object_key', 'at', 'channel', 'initiator'])
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row?.source_id || !row.external_id) return undefined;
    return { ...row, source_id: row.source_id, external_id: row.external_id };
  }

  /** Distinct calendar objects this source captured from. */
  async objectKeys(ownerId: string, sourceId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('interactions')
      .select('object_key')
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('object_key', 'is not', null)
      .execute();
    return rows.map((r) => r.object_key!);
  }

  /** Moves a captured meeting (or an earlier mail of the day): time, how, who. */
  async change(
    ownerId: string,
    id: string,
    fields: { at: string; channel: string; initiator: string; objectKey: string | null },
    personIds: string[],
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('interactions')
      .set({
        at: fields.at,
        channel: fields.channel,
        initiator: fields.initiator,
        object_key: fields.objectKey,
        updated_at: now,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('interaction_people').where('interaction_id', '=', id).execute();
    await this.db
      .insertInto('interaction_people')
      .values(
        [...new Set(personIds)].map((personId) => ({
          interaction_id: id,
          person_id: personId,
          owner_id: ownerId,
          at: fields.at,
        })),
      )
      .execute();
  }

  async deleteMany(ownerId: string, ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.db
        .deleteFrom('interactions')
        .where('owner_id', '=', ownerId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
    }
  }

  /** Keeps what a removed source captured, as if typed (the source is gone). */
  async detach(ownerId: string, sourceId: string): Promise<void> {
    await this.db
      .updateTable('interactions')
      .set({ source_id: null, external_id: null, object_key: null })
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .execute();
  }
}
