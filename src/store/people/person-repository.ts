import { type Kysely, type Selectable, sql, type UpdateObject } from 'kysely';
import {
  type ContactValue,
  type ContactValues,
  NO_CONTACT_VALUES,
  type PostalAddress,
} from '../../domain/people/contact-values';
import type { ImportantDateType } from '../../domain/people/person-kind';
import type { DialectName } from '../database';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import type { Database, PersonDateRow, PersonRow } from '../schema';
import {
  emailIndex,
  fillMissingValues,
  peopleWithValues,
  readValues,
  resolveValues,
  writeValues,
} from './person-values';

export interface PersonDateRecord {
  id: string;
  type: ImportantDateType;
  label: string | null;
  month: number;
  day: number;
  year: number | null;
  /** The occurrence (`YYYY-MM-DD`, the person's calendar) marked done or skipped, if any. */
  handledOn?: string | null;
  handledAs?: DateHandling | null;
}

/** What the user did about one occurrence of a date: greeted them, or let it pass. */
export type DateHandling = 'done' | 'skipped';

/** The fields a user edits on a person. */
export interface PersonFields {
  name: string;
  kind: string;
  key: boolean;
  team: string | null;
  company: string | null;
  title: string | null;
  /** The preferred e-mail: set alone, it takes the preferred value's place in `emails`. */
  email: string | null;
  /** The preferred phone: set alone, it takes the preferred value's place in `phones`. */
  phone: string | null;
  /** Every e-mail, one preferred; given, it replaces the list (see resolveValues). */
  emails?: ContactValue[];
  phones?: ContactValue[];
  addresses?: PostalAddress[];
  city: string | null;
  country: string | null;
  /** The named office the person works from ("Berlin HQ"), within their city. */
  office?: string | null;
  timeZone: string | null;
  workingHours: unknown | null;
  tags: string[];
  facts: string[];
  links: string[];
  notes: string | null;
  cadenceDays: number | null;
  snoozedUntil: string | null;
  paused: boolean;
  /** Weekdays ('mon'…'sun') the person is in the office. */
  officeDays: string[];
  /** `YYYY-MM-DD` since when the person is new to the user's work life; null: not new. */
  newSince?: string | null;
  /** `YYYY-MM-DD`: the user's estimate of the last conversation, until one is logged. */
  lastTalkedEstimate?: string | null;
  /** When the person was archived; null: not archived. Set by archive/restore and the sync. */
  archivedAt?: string | null;
}

/** A person with nothing but a name: what every field is until someone fills it. */
export const EMPTY_PERSON_FIELDS: Omit<PersonFields, 'name'> = {
  kind: 'coworker',
  key: false,
  team: null,
  company: null,
  title: null,
  email: null,
  phone: null,
  city: null,
  country: null,
  office: null,
  timeZone: null,
  workingHours: null,
  tags: [],
  facts: [],
  links: [],
  notes: null,
  cadenceDays: null,
  snoozedUntil: null,
  paused: false,
  officeDays: [],
  newSince: null,
  lastTalkedEstimate: null,
};

export interface PersonRecord extends PersonFields {
  id: string;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  office: string | null;
  newSince: string | null;
  lastTalkedEstimate: string | null;
  archivedAt: string | null;
  dates: PersonDateRecord[];
  lastInteractionId: string | null;
  lastInteractionAt: string | null;
  interactionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface PersonFilter {
  kind?: string;
  tag?: string;
  team?: string;
  /** Case-insensitive: the name, or any word of it, starts with this. */
  match?: string;
  /** Archived people: left out (the default), the only ones listed, or listed with the rest. */
  archived?: ArchivedFilter;
}

export type ArchivedFilter = 'hide' | 'only' | 'include';

export type NewDate = Omit<PersonDateRecord, 'id'>;

/** What a person's working schedule is made of (app/schedules personSchedule). */
export type PersonScheduleFields = Pick<
  PersonRecord,
  'id' | 'kind' | 'timeZone' | 'workingHours' | 'officeDays' | 'country'
>;

export interface AgendaRow {
  id: string;
  name: string;
  kind: string;
  key: boolean;
  timeZone: string | null;
  tags: string[];
  facts: string[];
  cadenceDays: number | null;
  snoozedUntil: string | null;
  paused: boolean;
  createdAt: string;
  newSince: string | null;
  lastTalkedEstimate: string | null;
  interactionCount: number;
  last: { at: string; note: string | null; about: string; initiator: string } | null;
}

export class PersonRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async create(ownerId: string, fields: PersonFields, dates: NewDate[], now: string) {
    const id = newId();
    await this.db
      .insertInto('people')
      .values({
        id,
        owner_id: ownerId,
        ...toColumns(fields),
        last_interaction_id: null,
        last_interaction_at: null,
        last_note: null,
        last_about: null,
        last_initiator: null,
        interaction_count: 0,
        created_at: now,
        updated_at: now,
      } as PersonRow)
      .execute();
    const values = resolveValues(NO_CONTACT_VALUES, fields);
    if (values) await writeValues(this.db, ownerId, id, values);
    await this.replaceDates(ownerId, id, dates);
    return (await this.findById(ownerId, id))!;
  }

  async update(
    ownerId: string,
    id: string,
    fields: Partial<PersonFields>,
    dates: NewDate[] | undefined,
    now: string,
  ): Promise<PersonRecord | undefined> {
    const result = await this.db
      .updateTable('people')
      .set({ ...toColumns(fields), updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const values = resolveValues(
      (await this.valuesOf(ownerId, [id])).get(id) ?? NO_CONTACT_VALUES,
      fields,
    );
    if (values) await writeValues(this.db, ownerId, id, values);
    if (dates) await this.replaceDates(ownerId, id, dates);
    return this.findById(ownerId, id);
  }

  async findById(ownerId: string, id: string): Promise<PersonRecord | undefined> {
    const row = await this.db
      .selectFrom('people')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [dates, values] = await Promise.all([
      this.datesOf(ownerId, [id]),
      this.valuesOf(ownerId, [id]),
    ]);
    return toRecord(row, dates.get(id) ?? [], values.get(id));
  }

  /** The owner's people among these ids (others are left out). */
  async findMany(ownerId: string, ids: string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    // The three reads side by side (on PostgreSQL each is a round trip): the dates and values
    // of an id that is not the owner's person are the owner's none.
    const [rows, dates, values] = await Promise.all([
      this.db
        .selectFrom('people')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', 'in', ids)
        .execute(),
      this.datesOf(ownerId, ids),
      this.valuesOf(ownerId, ids),
    ]);
    return rows.map((row) => toRecord(row, dates.get(row.id) ?? [], values.get(row.id)));
  }

  /**
   * The schedules' fields of the owner's people among these ids: six columns, where findMany
   * reads every column with the dates and contact values (Today asks for its people's windows
   * and holidays after every write: 0.55 of its 0.9 ms of SQLite reads went to that).
   */
  async schedulesOf(ownerId: string, ids: string[]): Promise<PersonScheduleFields[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'kind', 'time_zone', 'working_hours', 'office_days', 'country'])
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .execute();
    return rows.map(scheduleFields);
  }

  /** Which of these ids are the owner's people; the others do not exist for this owner. */
  async existing(ownerId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The owner's people among these ids, as an interaction lists them (by name; others are left
   * out): logging a conversation checks its people and names them in its answer with this one
   * read.
   */
  async namesByName(ownerId: string, ids: string[]): Promise<{ id: string; name: string }[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('owner_id', '=', ownerId)
      .where('id', 'in', ids)
      .orderBy('name_key')
      .execute();
  }

  async list(ownerId: string, filter: PersonFilter = {}): Promise<PersonRecord[]> {
    let query = this.db.selectFrom('people').selectAll().where('owner_id', '=', ownerId);
    const archived = filter.archived ?? 'hide';
    if (archived === 'hide') query = query.where('archived_at', 'is', null);
    if (archived === 'only') query = query.where('archived_at', 'is not', null);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.team) query = query.where('team', '=', filter.team);
    if (filter.match) {
      const prefix = stripLikeWildcards(filter.match.trim().toLowerCase());
      query = query.where((eb) =>
        eb.or([eb('name_key', 'like', `${prefix}%`), eb('name_key', 'like', `% ${prefix}%`)]),
      );
    }
    // By id among equal names, so the order is one (people-list.ts keeps it across writes).
    const rows = await query.orderBy('name_key').orderBy('id').execute();
    const wanted = filter.tag?.toLowerCase();
    const kept = wanted
      ? rows.filter((r) => fromJsonArray(r.tags).some((t) => t.toLowerCase() === wanted))
      : rows;
    const ids = kept.length > 500 ? null : kept.map((r) => r.id);
    const [dates, values] = await Promise.all([
      this.datesOf(ownerId, ids),
      this.valuesOf(ownerId, ids),
    ]);
    return kept.map((row) => toRecord(row, dates.get(row.id) ?? [], values.get(row.id)));
  }

  /**
   * Today's columns of every person of the owner, or of only these (Today's cache re-reading).
   * Archived people are left out here, once, for every agenda source built on it.
   */
  async listForAgenda(ownerId: string, personIds?: string[]): Promise<AgendaRow[]> {
    if (personIds?.length === 0) return [];
    let query = this.db
      .selectFrom('people')
      .select([
        'id',
        'name',
        'kind',
        'is_key',
        'time_zone',
        'tags',
        'facts',
        'cadence_days',
        'snoozed_until',
        'paused',
        'created_at',
        'new_since',
        'last_talked_estimate',
        'interaction_count',
        'last_interaction_at',
        'last_note',
        'last_about',
        'last_initiator',
      ])
      .where('owner_id', '=', ownerId)
      .where('archived_at', 'is', null);
    if (personIds) query = query.where('id', 'in', personIds);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      key: Boolean(row.is_key),
      timeZone: row.time_zone,
      tags: fromJsonArray(row.tags),
      facts: fromJsonArray(row.facts),
      cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
      snoozedUntil: row.snoozed_until,
      paused: Boolean(row.paused),
      createdAt: row.created_at,
      newSince: row.new_since,
      lastTalkedEstimate: row.last_talked_estimate,
      interactionCount: Number(row.interaction_count),
      last: row.last_interaction_at
        ? {
            at: row.last_interaction_at,
            note: row.last_note,
            about: row.last_about ?? 'both',
            initiator: row.last_initiator ?? 'me',
          }
        : null,
    }));
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('people')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Recomputes last contact and count from the interactions, after any interaction write.
   * Both reads walk the index (person_id, at) and nothing else: the latest instant is the
   * index's last entry, then only the links at that instant are sorted by id (ordering every
   * link by (at, id) sorted the person's whole history on each write). The count is of the
   * person's links alone, an index-only count; they are all the owner's, since links are made
   * only to the owner's own people, and the update below writes only the owner's row.
   */
  async refreshContactStats(ownerId: string, personIds: string[], now: string): Promise<void> {
    for (const personId of new Set(personIds)) {
      // On PostgreSQL the person's row is locked before anything is counted: a write holding it
      // (another instance logging or capturing a conversation with them) commits first, and the
      // reads below, each with a snapshot of its own, see its links. Counted first, a count read
      // before that commit was written after it, over it (two syncs on two instances: 20 of 40).
      if (this.dialect === 'postgres') {
        await this.db
          .selectFrom('people')
          .select('id')
          .where('owner_id', '=', ownerId)
          .where('id', '=', personId)
          .forUpdate()
          .execute();
      }
      const latest = await this.db
        .selectFrom('interaction_people as ip')
        .innerJoin('interactions as i', 'i.id', 'ip.interaction_id')
        .select(['ip.interaction_id', 'ip.at', 'i.note', 'i.about', 'i.initiator'])
        .where('ip.person_id', '=', personId)
        .where('ip.owner_id', '=', ownerId)
        .where('ip.at', '=', (eb) =>
          eb
            .selectFrom('interaction_people')
            .select('at')
            .where('person_id', '=', personId)
            .where('owner_id', '=', ownerId)
            .orderBy('at', 'desc')
            .limit(1),
        )
        .orderBy('ip.interaction_id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const count = await this.db
        .selectFrom('interaction_people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      await this.db
        .updateTable('people')
        .set({
          last_interaction_id: latest?.interaction_id ?? null,
          last_interaction_at: latest?.at ?? null,
          last_note: latest?.note ?? null,
          last_about: latest?.about ?? null,
          last_initiator: latest?.initiator ?? null,
          interaction_count: Number(count.n),
          updated_at: now,
        })
        .where('owner_id', '=', ownerId)
        .where('id', '=', personId)
        .execute();
    }
  }

  /** A logged conversation replaces the user's guess of the last one: one update for all. */
  async clearEstimates(ownerId: string, personIds: string[], now: string): Promise<void> {
    if (personIds.length === 0) return;
    await this.db
      .updateTable('people')
      .set({ last_talked_estimate: null, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', 'in', [...new Set(personIds)])
      .where('last_talked_estimate', 'is not', null)
      .execute();
  }

  // Editing a person rewrites their dates; a date that stays the same keeps what the user did
  // about this year's occurrence, so saving the person on their birthday does not bring it back.
  private async replaceDates(ownerId: string, personId: string, dates: NewDate[]) {
    const handled = new Map<string, Pick<PersonDateRow, 'handled_on' | 'handled_as'>>();
    if (dates.length > 0) {
      const before = await this.db
        .selectFrom('person_dates')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .where('handled_on', 'is not', null)
        .execute();
      for (const row of before) handled.set(dateKey(toDate(row)), row);
    }
    await this.db.deleteFrom('person_dates').where('person_id', '=', personId).execute();
    if (dates.length === 0) return;
    await this.db
      .insertInto('person_dates')
      .values(
        dates.map((d) => ({
          id: newId(),
          owner_id: ownerId,
          person_id: personId,
          type: d.type,
          label: d.label,
          month: d.month,
          day: d.day,
          year: d.year,
          handled_on: handled.get(dateKey(d))?.handled_on ?? null,
          handled_as: handled.get(dateKey(d))?.handled_as ?? null,
        })),
      )
      .execute();
  }

  /** One of the owner's dates and whose it is; another user's id is not found. */
  async findDate(ownerId: string, dateId: string) {
    const row = await this.db
      .selectFrom('person_dates')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', dateId)
      .executeTakeFirst();
    return row && { personId: row.person_id, date: toDate(row) };
  }

  /** Marks one occurrence of a date done or skipped; false when the owner has no such date. */
  async setDateHandled(
    ownerId: string,
    dateId: string,
    occurrence: string,
    as: DateHandling,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('person_dates')
      .set({ handled_on: occurrence, handled_as: as })
      .where('owner_id', '=', ownerId)
      .where('id', '=', dateId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** E-mails, phones and addresses of the given people (all of the owner's when null). */
  valuesOf(ownerId: string, personIds: string[] | null): Promise<Map<string, ContactValues>> {
    return readValues(this.db, ownerId, personIds);
  }

  /** Replaces one person's e-mails, phones and addresses; false when the owner has no such person. */
  async replaceValues(
    ownerId: string,
    personId: string,
    values: Partial<ContactValues>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('people')
      .set({ updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', personId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    const current = (await this.valuesOf(ownerId, [personId])).get(personId) ?? NO_CONTACT_VALUES;
    const next = resolveValues(current, values);
    if (next) await writeValues(this.db, ownerId, personId, next);
    return true;
  }

  /**
   * Lower-cased e-mail → person id, every e-mail of every person the owner keeps (not archived):
   * capture recognises people by it. `withArchived`: archived people's addresses too.
   */
  emailIndex(ownerId: string, withArchived = false): Promise<Map<string, string>> {
    return emailIndex(this.db, ownerId, withArchived);
  }

  /** Value key (lower-cased e-mail, or a number's digits) → ids of the owner's people having it. */
  peopleWithValues(
    ownerId: string,
    kind: 'email' | 'phone',
    values: string[],
  ): Promise<Map<string, string[]>> {
    return peopleWithValues(this.db, ownerId, kind, values);
  }

  /** Rows for `email`/`phone` values that have none (a restore of an export made before 0015). */
  fillMissingValues(ownerId: string): Promise<number> {
    return fillMissingValues(this.db, ownerId);
  }

  /** Dates of the given people (all of the owner's when null), grouped by person. */
  async datesOf(ownerId: string, personIds: string[] | null) {
    const byPerson = new Map<string, PersonDateRecord[]>();
    if (personIds?.length === 0) return byPerson;
    let query = this.db.selectFrom('person_dates').selectAll().where('owner_id', '=', ownerId);
    if (personIds) query = query.where('person_id', 'in', personIds);
    for (const row of await query.execute()) {
      const list = byPerson.get(row.person_id) ?? [];
      list.push(toDate(row));
      byPerson.set(row.person_id, list);
    }
    return byPerson;
  }
}

/**
 * Drops LIKE's wildcards (and backslash) from typed text rather than escaping them: SQLite has no
 * default escape character, and a name search never needs a literal % or _.
 */
export function stripLikeWildcards(text: string): string {
  return text.replace(/[\\%_]/g, '');
}

function toColumns(fields: Partial<PersonFields>): Partial<PersonRow> {
  const columns: Partial<PersonRow> = {};
  const set = <K extends keyof PersonRow>(key: K, value: PersonRow[K]) => {
    columns[key] = value;
  };
  if (fields.name !== undefined) {
    set('name', fields.name);
    set('name_key', fields.name.toLowerCase());
  }
  if (fields.kind !== undefined) set('kind', fields.kind);
  if (fields.key !== undefined) set('is_key', fields.key ? 1 : 0);
  for (const key of [
    'team',
    'company',
    'title',
    'email',
    'phone',
    'city',
    'country',
    'office',
    'notes',
  ] as const) {
    if (fields[key] !== undefined) set(key, fields[key]);
  }
  if (fields.timeZone !== undefined) set('time_zone', fields.timeZone);
  if (fields.workingHours !== undefined) {
    set('working_hours', fields.workingHours === null ? null : JSON.stringify(fields.workingHours));
  }
  if (fields.tags !== undefined) set('tags', toJson(fields.tags));
  if (fields.facts !== undefined) set('facts', toJson(fields.facts));
  if (fields.links !== undefined) set('links', toJson(fields.links));
  if (fields.cadenceDays !== undefined) set('cadence_days', fields.cadenceDays);
  if (fields.snoozedUntil !== undefined) set('snoozed_until', fields.snoozedUntil);
  if (fields.paused !== undefined) set('paused', fields.paused ? 1 : 0);
  if (fields.officeDays !== undefined) set('office_days', toJson(fields.officeDays));
  if (fields.newSince !== undefined) set('new_since', fields.newSince);
  if (fields.lastTalkedEstimate !== undefined) {
    set('last_talked_estimate', fields.lastTalkedEstimate);
  }
  if (fields.archivedAt !== undefined) set('archived_at', fields.archivedAt);
  return columns;
}

export function toDate(row: PersonDateRow): PersonDateRecord {
  return {
    id: row.id,
    // The column holds only what the date schema let in.
    type: row.type as ImportantDateType,
    label: row.label,
    month: Number(row.month),
    day: Number(row.day),
    year: row.year === null ? null : Number(row.year),
    handledOn: row.handled_on ?? null,
    handledAs: (row.handled_as as DateHandling | null | undefined) ?? null,
  };
}

function dateKey(date: Pick<PersonDateRecord, 'type' | 'label' | 'month' | 'day'>): string {
  return `${date.type}|${date.label ?? ''}|${date.month}|${date.day}`;
}

function scheduleFields(
  row: Pick<
    Selectable<PersonRow>,
    'id' | 'kind' | 'time_zone' | 'working_hours' | 'office_days' | 'country'
  >,
): PersonScheduleFields {
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    timeZone: row.time_zone,
    workingHours: workingHoursOf(row),
    officeDays: fromJsonArray(row.office_days),
  };
}

function workingHoursOf(row: Pick<Selectable<PersonRow>, 'working_hours'>): unknown {
  return row.working_hours ? JSON.parse(row.working_hours) : null;
}

export function toRecord(
  row: Selectable<PersonRow>,
  dates: PersonDateRecord[],
  values: ContactValues = NO_CONTACT_VALUES,
): PersonRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    key: Boolean(row.is_key),
    team: row.team,
    company: row.company,
    title: row.title,
    email: row.email,
    phone: row.phone,
    emails: values.emails,
    phones: values.phones,
    addresses: values.addresses,
    city: row.city,
    country: row.country,
    office: row.office ?? null,
    timeZone: row.time_zone,
    workingHours: workingHoursOf(row),
    tags: fromJsonArray(row.tags),
    facts: fromJsonArray(row.facts),
    links: fromJsonArray(row.links),
    notes: row.notes,
    cadenceDays: row.cadence_days === null ? null : Number(row.cadence_days),
    snoozedUntil: row.snoozed_until,
    paused: Boolean(row.paused),
    officeDays: fromJsonArray(row.office_days),
    newSince: row.new_since,
    lastTalkedEstimate: row.last_talked_estimate,
    archivedAt: row.archived_at ?? null,
    dates,
    lastInteractionId: row.last_interaction_id,
    lastInteractionAt: row.last_interaction_at,
    interactionCount: Number(row.interaction_count),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What loggedChanges is told of a logged conversation. */
export interface LoggedInteraction {
  id: string;
  at: string;
  note: string | null;
  about: string;
  initiator: string;
}

/**
 * What the people a new interaction is linked to get: what refreshContactStats would give, in
 * one statement for all of them instead of three per person (logging a conversation is the
 * write the app makes most). The new interaction becomes the last one where it is the latest
 * by the refresh's own order (the latest instant, then the greatest id, compared by the
 * database as the refresh's ORDER BY compares them); the count goes up by one (the interaction
 * is new, and links each person once); and, as clearEstimates, the user's guess of the last
 * conversation goes.
 */
export function loggedChanges(
  logged: LoggedInteraction,
  now: string,
): UpdateObject<Database, 'people'> {
  const newer = sql<boolean>`(last_interaction_at is null or ${logged.at} > last_interaction_at
      or (${logged.at} = last_interaction_at and ${logged.id} > last_interaction_id))`;
  const latest = <T>(value: T, column: string) =>
    sql<T>`case when ${newer} then ${value} else ${sql.ref(column)} end`;
  return {
    last_interaction_id: latest(logged.id, 'last_interaction_id'),
    last_interaction_at: latest(logged.at, 'last_interaction_at'),
    last_note: latest(logged.note, 'last_note'),
    last_about: latest(logged.about, 'last_about'),
    last_initiator: latest(logged.initiator, 'last_initiator'),
    // One more link each: an expression of the row, which PostgreSQL evaluates again on the
    // latest version when this update waited for another's (a count of links would be of the
    // statement's snapshot, from before that other write committed).
    interaction_count: sql<number>`interaction_count + 1`,
    last_talked_estimate: null,
    updated_at: now,
  };
}
