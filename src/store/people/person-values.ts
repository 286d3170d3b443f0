// A person's e-mails, phones and postal addresses (table person_values), read and written for
// the person and bulk repositories. Writing a person's list also sets `people.email`/`phone` to
// the preferred value: the columns stay, in sync, so the many readers of a person's one address
// (status updates, team matching, capture, old scripts) need no join.
import type { Kysely } from 'kysely';
import {
  addressLine,
  type ContactValue,
  type ContactValues,
  normalizeAddresses,
  normalizeValues,
  type PostalAddress,
  preferredValue,
  valueKey,
  withPreferred,
} from '../../domain/people/contact-values';
import { newId } from '../ids';
import type { Database, PersonValueRow } from '../schema';

export type ValueKind = 'email' | 'phone' | 'address';

const IDS_PER_QUERY = 500;

/** The values of the given people (all of the owner's when null), by person. */
export async function readValues(
  db: Kysely<Database>,
  ownerId: string,
  personIds: string[] | null,
): Promise<Map<string, ContactValues>> {
  const byPerson = new Map<string, ContactValues>();
  if (personIds?.length === 0) return byPerson;
  const slices = personIds
    ? Array.from({ length: Math.ceil(personIds.length / IDS_PER_QUERY) }, (_, i) =>
        personIds.slice(i * IDS_PER_QUERY, (i + 1) * IDS_PER_QUERY),
      )
    : [null];
  for (const slice of slices) {
    let query = db.selectFrom('person_values').selectAll().where('owner_id', '=', ownerId);
    if (slice) query = query.where('person_id', 'in', slice);
    const rows = await query.orderBy('person_id').orderBy('kind').orderBy('position').execute();
    for (const row of rows) {
      let values = byPerson.get(row.person_id);
      if (!values) {
        values = { emails: [], phones: [], addresses: [] };
        byPerson.set(row.person_id, values);
      }
      if (row.kind === 'email') values.emails.push(contactValue(row));
      else if (row.kind === 'phone') values.phones.push(contactValue(row));
      else if (row.kind === 'address') values.addresses.push(postalAddress(row));
    }
  }
  return byPerson;
}

/** What a person's lists become after a create or an edit; undefined: that list is unchanged. */
export interface ValueChanges {
  emails?: ContactValue[];
  phones?: ContactValue[];
  addresses?: PostalAddress[];
  /** `email`/`phone` alone, as old scripts set them: the preferred value (null removes it). */
  email?: string | null;
  phone?: string | null;
}

/**
 * The lists after the changes, or undefined when nothing in them changes. A list given replaces
 * the old one; a plain `email`/`phone` then becomes the preferred value (a null one is ignored
 * when the list itself is given: the list says what is kept).
 */
export function resolveValues(
  current: ContactValues,
  changes: ValueChanges,
): ContactValues | undefined {
  const list = (kind: 'email' | 'phone') => {
    const given = kind === 'email' ? changes.emails : changes.phones;
    const single = kind === 'email' ? changes.email : changes.phone;
    const base = given ?? (kind === 'email' ? current.emails : current.phones);
    const apply = single !== undefined && !(given !== undefined && single === null);
    return normalizeValues(kind, apply ? withPreferred(kind, base, single ?? null) : base);
  };
  if (
    changes.emails === undefined &&
    changes.phones === undefined &&
    changes.addresses === undefined &&
    changes.email === undefined &&
    changes.phone === undefined
  ) {
    return undefined;
  }
  return {
    emails: list('email'),
    phones: list('phone'),
    addresses: normalizeAddresses(changes.addresses ?? current.addresses),
  };
}

/** Replaces a person's values; the caller has checked the person is the owner's. */
export async function writeValues(
  db: Kysely<Database>,
  ownerId: string,
  personId: string,
  values: ContactValues,
): Promise<void> {
  await db
    .deleteFrom('person_values')
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', personId)
    .execute();
  await insertValueRows(db, valueRows(ownerId, personId, values));
  await db
    .updateTable('people')
    .set({ email: preferredValue(values.emails), phone: preferredValue(values.phones) })
    .where('owner_id', '=', ownerId)
    .where('id', '=', personId)
    .execute();
}

export async function insertValueRows(db: Kysely<Database>, rows: PersonValueRow[]) {
  for (let start = 0; start < rows.length; start += IDS_PER_QUERY) {
    await db
      .insertInto('person_values')
      .values(rows.slice(start, start + IDS_PER_QUERY))
      .execute();
  }
}

/** The rows of one person's (normalized) values. */
export function valueRows(
  ownerId: string,
  personId: string,
  values: ContactValues,
): PersonValueRow[] {
  const rows: PersonValueRow[] = [];
  values.emails.forEach((v, position) => {
    rows.push(
      valueRow(ownerId, personId, 'email', position, v, v.value, valueKey('email', v.value)),
    );
  });
  values.phones.forEach((v, position) => {
    rows.push(
      valueRow(ownerId, personId, 'phone', position, v, v.value, valueKey('phone', v.value)),
    );
  });
  values.addresses.forEach((a, position) => {
    const line = addressLine(a);
    rows.push(valueRow(ownerId, personId, 'address', position, a, line, line.toLowerCase(), a));
  });
  return rows;
}

/**
 * One row, every column written out in one order. Rows built by spreading shared parts into
 * each left ~70 MB of garbage that outlived the young generation in a 5,000-card first contacts
 * sync (heap sampling profile), growing the process by as much; written out, under 10 MB.
 */
function valueRow(
  ownerId: string,
  personId: string,
  kind: 'email' | 'phone' | 'address',
  position: number,
  given: { label: string | null; preferred: boolean },
  value: string,
  key: string,
  postal?: PostalAddress,
): PersonValueRow {
  return {
    id: newId(),
    owner_id: ownerId,
    person_id: personId,
    kind,
    position,
    label: given.label,
    preferred: given.preferred ? 1 : 0,
    value,
    value_key: key,
    street: postal?.street ?? null,
    city: postal?.city ?? null,
    region: postal?.region ?? null,
    postcode: postal?.postcode ?? null,
    country: postal?.country ?? null,
  };
}

/**
 * Lower-cased e-mail → person id, for every e-mail of every person the owner keeps: how capture
 * recognises a person. Archived people leave the index here, so mail from them logs nothing
 * (`withArchived`: the addresses the user already has, archived or not, which "people you might
 * add" leaves out). An address two people share goes to the one who has it as preferred, else
 * the one created first.
 */
export async function emailIndex(
  db: Kysely<Database>,
  ownerId: string,
  withArchived = false,
): Promise<Map<string, string>> {
  let query = db
    .selectFrom('person_values as v')
    .innerJoin('people as p', 'p.id', 'v.person_id')
    .select(['v.value_key', 'v.person_id'])
    .where('v.owner_id', '=', ownerId)
    .where('p.owner_id', '=', ownerId)
    .where('v.kind', '=', 'email');
  if (!withArchived) query = query.where('p.archived_at', 'is', null);
  const rows = await query
    .orderBy('v.preferred', 'desc')
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  const index = new Map<string, string>();
  for (const row of rows) if (!index.has(row.value_key)) index.set(row.value_key, row.person_id);
  return index;
}

/** Ids of the owner's people having any of these values of a kind (compared by their keys). */
export async function peopleWithValues(
  db: Kysely<Database>,
  ownerId: string,
  kind: 'email' | 'phone',
  values: string[],
): Promise<Map<string, string[]>> {
  const keys = [...new Set(values.map((v) => valueKey(kind, v)))];
  const byKey = new Map<string, string[]>();
  if (keys.length === 0) return byKey;
  for (let start = 0; start < keys.length; start += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('person_values')
      .select(['value_key', 'person_id'])
      .where('owner_id', '=', ownerId)
      .where('kind', '=', kind)
      .where('value_key', 'in', keys.slice(start, start + IDS_PER_QUERY))
      .execute();
    for (const row of rows) {
      const ids = byKey.get(row.value_key) ?? [];
      if (!ids.includes(row.person_id)) ids.push(row.person_id);
      byKey.set(row.value_key, ids);
    }
  }
  return byKey;
}

function contactValue(row: PersonValueRow): ContactValue {
  return { value: row.value, label: row.label, preferred: Boolean(Number(row.preferred)) };
}

function postalAddress(row: PersonValueRow): PostalAddress {
  return {
    street: row.street,
    city: row.city,
    region: row.region,
    postcode: row.postcode,
    country: row.country,
    label: row.label,
    preferred: Boolean(Number(row.preferred)),
  };
}

/**
 * Gives people whose `email`/`phone` has no row yet (restored from an export made before
 * person_values existed) that value as their preferred one.
 */
export async function fillMissingValues(db: Kysely<Database>, ownerId: string): Promise<number> {
  const people = await db
    .selectFrom('people')
    .select(['id', 'email', 'phone'])
    .where('owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('email', 'is not', null), eb('phone', 'is not', null)]))
    .execute();
  if (people.length === 0) return 0;
  // All of the owner's values in one read: a restore brings thousands of people, whose ids in
  // slices of 500 took 20 queries.
  const have = await readValues(db, ownerId, null);
  const rows: PersonValueRow[] = [];
  for (const person of people) {
    const values = have.get(person.id);
    const missing = {
      emails:
        person.email && !values?.emails.length
          ? [{ value: person.email, label: null, preferred: true }]
          : [],
      phones:
        person.phone && !values?.phones.length
          ? [{ value: person.phone, label: null, preferred: true }]
          : [],
      addresses: [],
    };
    rows.push(...valueRows(ownerId, person.id, missing));
  }
  await insertValueRows(db, rows);
  return rows.length;
}
