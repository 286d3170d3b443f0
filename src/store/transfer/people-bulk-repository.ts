// People by the thousand, for imports: one read of everyone an import may match, inserts in
// batches (a few statements for 10,000 people instead of tens of thousands), and a search
// index rebuilt in batches. Every method is scoped to the owner.
import type { Insertable, Kysely } from 'kysely';
import { NO_CONTACT_VALUES } from '../../domain/people/contact-values';
import type { KnownPerson } from '../../domain/transfer/imported-person';
import { insertRows } from '../bulk-insert';
import type { DialectName } from '../database';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import {
  type NewDate,
  type PersonDateRecord,
  type PersonFields,
  type PersonRecord,
  toDate,
  toRecord,
} from '../people/person-repository';
import { readValues, resolveValues, valueRows, writeValues } from '../people/person-values';
import type { Database, PersonDateRow, PersonRow, SearchIndexRow } from '../schema';
import type { SearchHit } from '../search/search-repository';

/** What an import compares a contact with: the plan's own input type, read as it is. */
export type MatchablePerson = KnownPerson;

export interface NewPerson {
  fields: PersonFields;
  dates: NewDate[];
}

// People per batch (with their dates and values), and progress reported after each batch;
// insertRows splits a batch further where the database needs it.
const PEOPLE_PER_BATCH = 1000;
const IDS_PER_QUERY = 500;

export class PeopleBulkRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async matchable(ownerId: string): Promise<MatchablePerson[]> {
    const [rows, dates, values] = await Promise.all([
      this.db
        .selectFrom('people')
        .select([
          'id',
          'name',
          'email',
          'phone',
          'company',
          'team',
          'title',
          'city',
          'country',
          'time_zone',
          'tags',
          'facts',
          'links',
          'notes',
        ])
        .where('owner_id', '=', ownerId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      this.datesByPerson(ownerId),
      readValues(this.db, ownerId, null),
    ]);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      ...(values.get(row.id) ?? NO_CONTACT_VALUES),
      company: row.company,
      team: row.team,
      title: row.title,
      city: row.city,
      country: row.country,
      timeZone: row.time_zone,
      tags: fromJsonArray(row.tags),
      facts: fromJsonArray(row.facts),
      links: fromJsonArray(row.links),
      notes: row.notes,
      dates: (dates.get(row.id) ?? []).map(({ id: _id, ...date }) => date),
    }));
  }

  /**
   * Inserts people with their dates (and, when `searchHits` is given, their search rows);
   * returns them as records, in the order given. A batch is written while the next one is
   * built: on PostgreSQL the client's work (rows, records, JSON) then overlaps the server's
   * instead of taking turns with it. The batches' statements still run one after another, in
   * order, and none is sent after one fails. Progress is reported once a batch is written.
   */
  async insert(
    ownerId: string,
    people: NewPerson[],
    now: string,
    onProgress?: (done: number) => Promise<void> | void,
    searchHits?: (records: PersonRecord[]) => SearchHit[],
  ): Promise<PersonRecord[]> {
    const records: PersonRecord[] = [];
    let tail: Promise<void> = Promise.resolve();
    const unreported: { written: Promise<void>; done: number }[] = [];
    try {
      for (let start = 0; start < people.length; start += PEOPLE_PER_BATCH) {
        const batch = people.slice(start, start + PEOPLE_PER_BATCH);
        const built = this.batchRows(ownerId, batch, now);
        for (const record of built.records) records.push(record);
        const hits = searchHits?.(built.records) ?? [];
        const written = tail.then(() => this.writeBatch(ownerId, built, hits));
        // Awaited below, or by the catch when an earlier batch failed first.
        written.catch(() => {});
        tail = written;
        unreported.push({ written, done: start + batch.length });
        // One batch ahead at most: the one being built while the previous one is written.
        while (unreported.length > 1) {
          const next = unreported.shift()!;
          await next.written;
          await onProgress?.(next.done);
        }
      }
      for (const next of unreported.splice(0)) {
        await next.written;
        await onProgress?.(next.done);
      }
    } catch (error) {
      // Nothing may still be running on the transaction when it is rolled back.
      await tail.catch(() => {});
      throw error;
    }
    return records;
  }

  private batchRows(ownerId: string, batch: NewPerson[], now: string) {
    const values = batch.map(
      ({ fields }) => resolveValues(NO_CONTACT_VALUES, fields) ?? NO_CONTACT_VALUES,
    );
    const people = batch.map(({ fields }, i) => ({
      ...personRow(ownerId, newId(), fields, now),
      email: values[i]!.emails.find((v) => v.preferred)?.value ?? null,
      phone: values[i]!.phones.find((v) => v.preferred)?.value ?? null,
    }));
    const dates = batch.flatMap(({ dates }, i) =>
      dates.map((date) => dateRow(ownerId, people[i]!.id, date)),
    );
    const datesOf = new Map<string, PersonDateRecord[]>();
    for (const row of dates) {
      const list = datesOf.get(row.person_id);
      if (list) list.push(toDate(row));
      else datesOf.set(row.person_id, [toDate(row)]);
    }
    return {
      people,
      dates,
      values: people.flatMap((row, i) => valueRows(ownerId, row.id, values[i]!)),
      records: people.map((row, i) =>
        toRecord(row as PersonRow, datesOf.get(row.id) ?? [], values[i]),
      ),
    };
  }

  private async writeBatch(
    ownerId: string,
    rows: ReturnType<PeopleBulkRepository['batchRows']>,
    hits: SearchHit[],
  ): Promise<void> {
    await insertRows(this.db, this.dialect, 'people', rows.people);
    await insertRows(this.db, this.dialect, 'person_dates', rows.dates);
    await insertRows(this.db, this.dialect, 'person_values', rows.values);
    await this.insertSearchRows(ownerId, hits);
  }

  /** Sets the given fields (filling blanks, adding to lists) and adds dates to one person. */
  async update(
    ownerId: string,
    id: string,
    fields: Partial<PersonFields>,
    addDates: NewDate[],
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('people')
      .set({ ...columnsOf(fields), updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
    const current = (await readValues(this.db, ownerId, [id])).get(id) ?? NO_CONTACT_VALUES;
    const values = resolveValues(current, fields);
    if (values) await writeValues(this.db, ownerId, id, values);
    await insertRows(
      this.db,
      this.dialect,
      'person_dates',
      addDates.map((date) => dateRow(ownerId, id, date)),
    );
  }

  /** The owner's people with these ids, as records. */
  async records(ownerId: string, ids: string[]): Promise<PersonRecord[]> {
    const records: PersonRecord[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const slice = ids.slice(start, start + IDS_PER_QUERY);
      const rows = await this.db
        .selectFrom('people')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', 'in', slice)
        .execute();
      const dates = await this.datesByPerson(ownerId, slice);
      const values = await readValues(this.db, ownerId, slice);
      for (const row of rows) {
        records.push(toRecord(row, dates.get(row.id) ?? [], values.get(row.id)));
      }
    }
    return records;
  }

  /** Every person of the owner's, as records. */
  async allRecords(ownerId: string): Promise<PersonRecord[]> {
    const [rows, dates, values] = await Promise.all([
      this.db
        .selectFrom('people')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('id')
        .execute(),
      this.datesByPerson(ownerId),
      readValues(this.db, ownerId, null),
    ]);
    return rows.map((row) => toRecord(row, dates.get(row.id) ?? [], values.get(row.id)));
  }

  /** Every interaction's note and people (by name), what its search row is made of. */
  async interactionsForSearch(ownerId: string) {
    const rows = await this.db
      .selectFrom('interactions as i')
      .innerJoin('interaction_people as ip', 'ip.interaction_id', 'i.id')
      .innerJoin('people as p', 'p.id', 'ip.person_id')
      .select(['i.id', 'i.note', 'p.id as person_id', 'p.name'])
      .where('i.owner_id', '=', ownerId)
      .orderBy('i.id')
      .orderBy('p.name_key')
      .execute();
    const byId = new Map<
      string,
      { id: string; note: string | null; people: { id: string; name: string }[] }
    >();
    for (const row of rows) {
      const entry = byId.get(row.id) ?? { id: row.id, note: row.note, people: [] };
      entry.people.push({ id: row.person_id, name: row.name });
      byId.set(row.id, entry);
    }
    return [...byId.values()];
  }

  /** Replaces the search rows of these records (people or interactions) in batches. */
  async replaceSearchRows(ownerId: string, hits: SearchHit[]): Promise<void> {
    for (let start = 0; start < hits.length; start += IDS_PER_QUERY) {
      const slice = hits.slice(start, start + IDS_PER_QUERY);
      await this.db
        .deleteFrom('search_index')
        .where('owner_id', '=', ownerId)
        .where(
          'ref_id',
          'in',
          slice.map((h) => h.refId),
        )
        .execute();
      await this.insertSearchRows(ownerId, slice);
    }
  }

  /**
   * Adds the search rows of records that have none yet (people this transaction inserted):
   * no delete to look for rows that cannot exist, and one batch for insertRows to split.
   */
  async insertSearchRows(ownerId: string, hits: SearchHit[]): Promise<void> {
    const rows: SearchIndexRow[] = hits.map((hit) => ({
      ref_id: hit.refId,
      owner_id: ownerId,
      ref_type: hit.refType,
      person_id: hit.personId,
      body: hit.body,
    }));
    await insertRows(this.db, this.dialect, 'search_index', rows);
  }

  private async datesByPerson(ownerId: string, personIds?: string[]) {
    let query = this.db.selectFrom('person_dates').selectAll().where('owner_id', '=', ownerId);
    if (personIds) query = query.where('person_id', 'in', personIds);
    const byPerson = new Map<string, PersonDateRecord[]>();
    for (const row of await query.orderBy('id').execute()) {
      const list = byPerson.get(row.person_id) ?? [];
      list.push(toDate(row));
      byPerson.set(row.person_id, list);
    }
    return byPerson;
  }
}

function personRow(
  ownerId: string,
  id: string,
  fields: PersonFields,
  now: string,
): Insertable<PersonRow> & { id: string } {
  return {
    id,
    owner_id: ownerId,
    name: fields.name,
    name_key: fields.name.toLowerCase(),
    kind: fields.kind,
    is_key: fields.key ? 1 : 0,
    team: fields.team,
    company: fields.company,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    city: fields.city,
    country: fields.country,
    office: fields.office ?? null,
    time_zone: fields.timeZone,
    working_hours: fields.workingHours === null ? null : JSON.stringify(fields.workingHours),
    tags: toJson(fields.tags),
    facts: toJson(fields.facts),
    links: toJson(fields.links),
    notes: fields.notes,
    cadence_days: fields.cadenceDays,
    snoozed_until: fields.snoozedUntil,
    paused: fields.paused ? 1 : 0,
    last_interaction_id: null,
    last_interaction_at: null,
    last_note: null,
    last_about: null,
    last_initiator: null,
    interaction_count: 0,
    office_days: toJson(fields.officeDays ?? []),
    new_since: fields.newSince ?? null,
    last_talked_estimate: fields.lastTalkedEstimate ?? null,
    created_at: now,
    updated_at: now,
  };
}

/** The columns an import may change on an existing person. */
function columnsOf(fields: Partial<PersonFields>): Partial<PersonRow> {
  const columns: Partial<PersonRow> = {};
  for (const key of ['team', 'company', 'title', 'email', 'phone', 'city', 'country'] as const) {
    if (fields[key] !== undefined) columns[key] = fields[key];
  }
  if (fields.notes !== undefined) columns.notes = fields.notes;
  if (fields.timeZone !== undefined) columns.time_zone = fields.timeZone;
  if (fields.tags !== undefined) columns.tags = toJson(fields.tags);
  if (fields.facts !== undefined) columns.facts = toJson(fields.facts);
  if (fields.links !== undefined) columns.links = toJson(fields.links);
  return columns;
}

function dateRow(ownerId: string, personId: string, date: NewDate): PersonDateRow {
  return {
    id: newId(),
    owner_id: ownerId,
    person_id: personId,
    type: date.type,
    label: date.label,
    month: date.month,
    day: date.day,
    year: date.year,
  };
}
