// Replies owed, promises, favors and career events: small records on a person, each with a
// text, an optional date and a "done" moment (answered, kept, settled, congratulated).
import type { Kysely } from 'kysely';
import type { PersonKind } from '../../domain/people/person-kind';
import { newId } from '../ids';
import type { Database, PersonItemRow } from '../schema';

export type PersonItemType = 'reply' | 'promise' | 'favor' | 'event';

export interface PersonItemFields {
  text: string;
  /** favor: what it was; event: the career news (free text in data from older versions). */
  kind: string | null;
  direction: 'gave' | 'got' | null;
  date: string | null;
}

export interface PersonItemRecord extends PersonItemFields {
  id: string;
  type: PersonItemType;
  personId: string;
  personName: string;
  /** The person's kind, so callers can keep home matters out of work updates. */
  personKind: PersonKind;
  doneAt: string | null;
  createdAt: string;
}

export interface PersonItemFilter {
  type?: PersonItemType;
  types?: PersonItemType[];
  personId?: string;
  /** Only these people's items (Today's cache re-reading the people that changed). */
  personIds?: string[];
  open?: boolean;
}

export class PersonItemRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    ownerId: string,
    personId: string,
    type: PersonItemType,
    fields: PersonItemFields,
    doneAt: string | null,
    now: string,
    /** A reply owed found by capture: the source and the thread's key. */
    origin?: { sourceId: string; externalId: string },
  ): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('person_items')
      .values({
        id,
        owner_id: ownerId,
        person_id: personId,
        type,
        ...fields,
        done_at: doneAt,
        created_at: now,
        updated_at: now,
        ...(origin && { source_id: origin.sourceId, external_id: origin.externalId }),
      })
      .execute();
    return id;
  }

  async list(ownerId: string, filter: PersonItemFilter = {}): Promise<PersonItemRecord[]> {
    let query = this.db
      .selectFrom('person_items as i')
      .innerJoin('people as p', 'p.id', 'i.person_id')
      .selectAll('i')
      .select(['p.name as person_name', 'p.kind as person_kind'])
      .where('i.owner_id', '=', ownerId);
    // An archived person's items stay on their own page and leave every list of everyone's.
    if (!filter.personId) query = query.where('p.archived_at', 'is', null);
    if (filter.type) query = query.where('i.type', '=', filter.type);
    if (filter.types) query = query.where('i.type', 'in', filter.types);
    if (filter.personId) query = query.where('i.person_id', '=', filter.personId);
    if (filter.personIds?.length === 0) return [];
    if (filter.personIds) query = query.where('i.person_id', 'in', filter.personIds);
    if (filter.open === true) query = query.where('i.done_at', 'is', null);
    if (filter.open === false) query = query.where('i.done_at', 'is not', null);
    const rows = await query.orderBy('i.created_at', 'desc').execute();
    return rows.map((row) => toRecord(row, row.person_name, row.person_kind));
  }

  async findById(ownerId: string, id: string): Promise<PersonItemRecord | undefined> {
    const row = await this.db
      .selectFrom('person_items as i')
      .innerJoin('people as p', 'p.id', 'i.person_id')
      .selectAll('i')
      .select(['p.name as person_name', 'p.kind as person_kind'])
      .where('i.owner_id', '=', ownerId)
      .where('i.id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row, row.person_name, row.person_kind);
  }

  async update(
    ownerId: string,
    id: string,
    changes: Partial<PersonItemFields> & { doneAt?: string | null },
    now: string,
  ): Promise<boolean> {
    const { doneAt, ...fields } = changes;
    const result = await this.db
      .updateTable('person_items')
      .set({ ...fields, ...(doneAt !== undefined && { done_at: doneAt }), updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Forgets which source found these items (the source is removed; the items stay). */
  async detachSource(ownerId: string, sourceId: string): Promise<void> {
    await this.db
      .updateTable('person_items')
      .set({ source_id: null })
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .execute();
  }

  /** Removes the open items a source found (its replies owed), when the source goes. */
  async deleteOpenOfSource(ownerId: string, sourceId: string): Promise<void> {
    await this.db
      .deleteFrom('person_items')
      .where('owner_id', '=', ownerId)
      .where('source_id', '=', sourceId)
      .where('done_at', 'is', null)
      .execute();
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('person_items')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toRecord(row: PersonItemRow, personName: string, personKind: string): PersonItemRecord {
  return {
    id: row.id,
    type: row.type as PersonItemType,
    personId: row.person_id,
    personName,
    // The columns hold only what the request schemas allowed in.
    personKind: personKind as PersonKind,
    text: row.text,
    kind: row.kind,
    direction: row.direction as PersonItemFields['direction'],
    date: row.date,
    doneAt: row.done_at,
    createdAt: row.created_at,
  };
}
