// Blockers and needs: what is in the user's way, and whom they wait on, until it is cleared.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface BlockerFields {
  text: string;
  personId: string | null;
  /** `YYYY-MM-DD`. */
  since: string;
  /** `YYYY-MM-DD`, or null while still in the way. */
  resolvedOn: string | null;
}

export interface BlockerRecord extends BlockerFields {
  id: string;
  person: { id: string; name: string; kind: string } | null;
  createdAt: string;
}

export class BlockerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(ownerId: string, fields: BlockerFields, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('blockers')
      .values({
        id,
        owner_id: ownerId,
        text: fields.text,
        person_id: fields.personId,
        since: fields.since,
        resolved_on: fields.resolvedOn,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  /** Open ones (not cleared), or those in the way at some point of [from, to]. */
  async list(
    ownerId: string,
    filter: { id?: string; open?: boolean; from?: string; to?: string } = {},
  ): Promise<BlockerRecord[]> {
    let query = this.db
      .selectFrom('blockers as b')
      .leftJoin('people as p', 'p.id', 'b.person_id')
      .selectAll('b')
      .select(['p.name as person_name', 'p.kind as person_kind'])
      .where('b.owner_id', '=', ownerId);
    if (filter.id) query = query.where('b.id', '=', filter.id);
    if (filter.open === true) query = query.where('b.resolved_on', 'is', null);
    if (filter.open === false) query = query.where('b.resolved_on', 'is not', null);
    if (filter.to) query = query.where('b.since', '<=', filter.to);
    if (filter.from) {
      const from = filter.from;
      query = query.where((eb) =>
        eb.or([eb('b.resolved_on', 'is', null), eb('b.resolved_on', '>=', from)]),
      );
    }
    const rows = await query.orderBy('b.since', 'asc').orderBy('b.created_at', 'asc').execute();
    return rows.map((row) => ({
      id: row.id,
      text: row.text,
      personId: row.person_id,
      person:
        row.person_id && row.person_name !== null
          ? { id: row.person_id, name: row.person_name, kind: row.person_kind ?? 'other' }
          : null,
      since: row.since,
      resolvedOn: row.resolved_on,
      createdAt: row.created_at,
    }));
  }

  async findById(ownerId: string, id: string): Promise<BlockerRecord | undefined> {
    return (await this.list(ownerId, { id }))[0];
  }

  async update(
    ownerId: string,
    id: string,
    changes: Partial<BlockerFields>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('blockers')
      .set({
        ...(changes.text !== undefined && { text: changes.text }),
        ...(changes.personId !== undefined && { person_id: changes.personId }),
        ...(changes.since !== undefined && { since: changes.since }),
        ...(changes.resolvedOn !== undefined && { resolved_on: changes.resolvedOn }),
        updated_at: now,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('blockers')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
