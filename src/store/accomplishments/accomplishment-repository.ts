import type { Kysely } from 'kysely';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import type { AccomplishmentRow, Database } from '../schema';

export interface AccomplishmentFields {
  date: string;
  title: string;
  detail: string | null;
  project: string | null;
  impact: string | null;
  links: string[];
  tags: string[];
}

export interface AccomplishmentRecord extends AccomplishmentFields {
  id: string;
  helpedBy: { id: string; name: string }[];
  tell: { id: string; name: string }[];
  createdAt: string;
}

export interface FlexRecord {
  id: string;
  date: string;
  text: string;
  forPerson: { id: string; name: string } | null;
  createdAt: string;
}

export interface PeopleRoles {
  helpedBy: string[];
  tell: string[];
}

export class AccomplishmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(ownerId: string, fields: AccomplishmentFields, people: PeopleRoles, now: string) {
    const id = newId();
    await this.db
      .insertInto('accomplishments')
      .values({
        id,
        owner_id: ownerId,
        ...fields,
        links: toJson(fields.links),
        tags: toJson(fields.tags),
        created_at: now,
        updated_at: now,
      })
      .execute();
    await this.linkPeople(ownerId, id, people);
    return id;
  }

  async update(
    ownerId: string,
    id: string,
    fields: Partial<AccomplishmentFields>,
    people: Partial<PeopleRoles>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('accomplishments')
      .set({ ...columns(fields), updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    for (const role of ['helpedBy', 'tell'] as const) {
      const ids = people[role];
      if (!ids) continue;
      await this.db
        .deleteFrom('accomplishment_people')
        .where('accomplishment_id', '=', id)
        .where('role', '=', role === 'helpedBy' ? 'helped' : 'tell')
        .execute();
      await this.linkPeople(ownerId, id, { helpedBy: [], tell: [], [role]: ids });
    }
    return true;
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('accomplishments')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Entries between two dates (inclusive), newest first. */
  async list(
    ownerId: string,
    range: { from?: string; to?: string } = {},
  ): Promise<AccomplishmentRecord[]> {
    let query = this.db.selectFrom('accomplishments').selectAll().where('owner_id', '=', ownerId);
    if (range.from) query = query.where('date', '>=', range.from);
    if (range.to) query = query.where('date', '<=', range.to);
    const rows = await query.orderBy('date', 'desc').orderBy('created_at', 'desc').execute();
    return this.withPeople(ownerId, rows);
  }

  async findById(ownerId: string, id: string): Promise<AccomplishmentRecord | undefined> {
    const rows = await this.db
      .selectFrom('accomplishments')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
    return (await this.withPeople(ownerId, rows))[0];
  }

  async addFlex(
    ownerId: string,
    entry: { date: string; text: string; personId: string | null },
    now: string,
  ) {
    const id = newId();
    await this.db
      .insertInto('flex_entries')
      .values({
        id,
        owner_id: ownerId,
        date: entry.date,
        text: entry.text,
        person_id: entry.personId,
        created_at: now,
      })
      .execute();
    return id;
  }

  async listFlex(
    ownerId: string,
    range: { from?: string; to?: string } = {},
  ): Promise<FlexRecord[]> {
    let query = this.db
      .selectFrom('flex_entries as f')
      .leftJoin('people as p', 'p.id', 'f.person_id')
      .select([
        'f.id',
        'f.date',
        'f.text',
        'f.created_at',
        'p.id as person_id',
        'p.name as person_name',
      ])
      .where('f.owner_id', '=', ownerId);
    if (range.from) query = query.where('f.date', '>=', range.from);
    if (range.to) query = query.where('f.date', '<=', range.to);
    const rows = await query.orderBy('f.date', 'desc').execute();
    return rows.map((row) => ({
      id: row.id,
      date: row.date,
      text: row.text,
      forPerson: row.person_id ? { id: row.person_id, name: row.person_name ?? '' } : null,
      createdAt: row.created_at,
    }));
  }

  async deleteFlex(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('flex_entries')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private async linkPeople(ownerId: string, id: string, people: PeopleRoles) {
    const rows = [
      ...[...new Set(people.helpedBy)].map((personId) => ({ role: 'helped' as const, personId })),
      ...[...new Set(people.tell)].map((personId) => ({ role: 'tell' as const, personId })),
    ].map(({ role, personId }) => ({
      accomplishment_id: id,
      person_id: personId,
      owner_id: ownerId,
      role,
    }));
    if (rows.length) await this.db.insertInto('accomplishment_people').values(rows).execute();
  }

  private async withPeople(
    ownerId: string,
    rows: AccomplishmentRow[],
  ): Promise<AccomplishmentRecord[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom('accomplishment_people as ap')
      .innerJoin('people as p', 'p.id', 'ap.person_id')
      .select(['ap.accomplishment_id', 'ap.role', 'p.id', 'p.name'])
      .where('ap.owner_id', '=', ownerId)
      .where(
        'ap.accomplishment_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('p.name_key')
      .execute();
    return rows.map((row) => {
      const mine = links.filter((l) => l.accomplishment_id === row.id);
      const people = (role: string) =>
        mine.filter((l) => l.role === role).map((l) => ({ id: l.id, name: l.name }));
      return {
        id: row.id,
        date: row.date,
        title: row.title,
        detail: row.detail,
        project: row.project,
        impact: row.impact,
        links: fromJsonArray(row.links),
        tags: fromJsonArray(row.tags),
        helpedBy: people('helped'),
        tell: people('tell'),
        createdAt: row.created_at,
      };
    });
  }
}

function columns(fields: Partial<AccomplishmentFields>) {
  const { links, tags, ...plain } = fields;
  return {
    ...plain,
    ...(links !== undefined && { links: toJson(links) }),
    ...(tags !== undefined && { tags: toJson(tags) }),
  };
}
