import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Migration } from './migration';

/**
 * Several e-mail addresses, phone numbers and postal addresses per person, each with a label
 * and one preferred per kind. Today's single `email`/`phone` become the preferred values (and
 * the columns stay, kept in sync by the repository, for everything that reads them). The extra
 * addresses and numbers that imports and merges wrote into notes ("E-mail (work): …",
 * "Phone: …") move into the new rows and out of the note, so nothing is kept twice or lost.
 */
export const contactValues: Migration = {
  name: '0015-contact-values',
  async up(db) {
    await db.schema
      .createTable('person_values')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      // 'email', 'phone' or 'address'.
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('preferred', 'integer', (c) => c.notNull().defaultTo(0))
      // The e-mail or number as given; an address on one line.
      .addColumn('value', 'text', (c) => c.notNull())
      // What matching compares: a lower-cased e-mail, a number's digits, a lower-cased address.
      .addColumn('value_key', 'text', (c) => c.notNull())
      .addColumn('street', 'text')
      .addColumn('city', 'text')
      .addColumn('region', 'text')
      .addColumn('postcode', 'text')
      .addColumn('country', 'text')
      .execute();
    await db.schema
      .createIndex('person_values_person')
      .on('person_values')
      .columns(['person_id', 'kind', 'position'])
      .execute();
    await db.schema
      .createIndex('person_values_owner_key')
      .on('person_values')
      .columns(['owner_id', 'kind', 'value_key'])
      .execute();
    await moveValues(db);
  },
};

const PAGE = 500;

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was then
async function moveValues(db: Kysely<any>) {
  let after = '';
  for (;;) {
    const people: LegacyPerson[] = await db
      .selectFrom('people')
      .select(['id', 'owner_id', 'email', 'phone', 'notes'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (people.length === 0) return;
    after = people[people.length - 1]!.id;
    const rows: Record<string, unknown>[] = [];
    for (const person of people) {
      const moved = legacyValues(person);
      for (const [kind, list] of [
        ['email', moved.emails],
        ['phone', moved.phones],
      ] as const) {
        for (const [position, item] of list.entries()) {
          rows.push({
            id: newId(),
            owner_id: person.owner_id,
            person_id: person.id,
            kind,
            position,
            label: item.label,
            preferred: position === 0 ? 1 : 0,
            value: item.value,
            value_key: keyOf(kind, item.value),
          });
        }
      }
      const email = moved.emails[0]?.value ?? null;
      const phone = moved.phones[0]?.value ?? null;
      if (moved.notes !== person.notes || email !== person.email || phone !== person.phone) {
        await db
          .updateTable('people')
          .set({ notes: moved.notes, email, phone })
          .where('id', '=', person.id)
          .execute();
      }
    }
    for (let start = 0; start < rows.length; start += PAGE) {
      await db
        .insertInto('person_values')
        .values(rows.slice(start, start + PAGE))
        .execute();
    }
  }
}

interface LegacyPerson {
  id: string;
  owner_id: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
}

interface Moved {
  value: string;
  label: string | null;
}

// What the vCard/CSV import wrote ("E-mail (work): a@b.example", "Phone (mobile): +1 555 0100")
// and what a merge wrote ("E-mail: a@b.example", "Phone: +1 555 0100"), one per line.
const NOTE_LINE = /^(E-mail|Phone)(?: \(([^()\n]{1,40})\))?: (\S[^\n]*?)\s*$/;
const MERGED_HEADER = /^Merged from .+:$/;

/** The person's e-mails and phones (the column's value first) and the note without them. */
export function legacyValues(person: Pick<LegacyPerson, 'email' | 'phone' | 'notes'>) {
  const emails: Moved[] = [];
  const phones: Moved[] = [];
  const add = (kind: 'email' | 'phone', value: string | null, label: string | null) => {
    const text = value?.trim();
    if (!text) return;
    const list = kind === 'email' ? emails : phones;
    if (!list.some((m) => keyOf(kind, m.value) === keyOf(kind, text))) {
      list.push({ value: text, label: labelOf(label) });
    }
  };
  add('email', person.email, null);
  add('phone', person.phone, null);
  if (!person.notes) return { emails, phones, notes: person.notes };

  const kept: string[] = [];
  const lines = person.notes.split('\n');
  for (const line of lines) {
    const match = NOTE_LINE.exec(line.trim());
    const value = match?.[3];
    if (match && value && match[1] === 'E-mail' && /^[^\s@]+@[^\s@]+$/.test(value)) {
      add('email', value, match[2] ?? null);
      continue;
    }
    if (match && value && match[1] === 'Phone' && /\d/.test(value) && value.length <= 40) {
      add('phone', value, match[2] ?? null);
      continue;
    }
    kept.push(line);
  }
  return { emails, phones, notes: kept.length === lines.length ? person.notes : tidy(kept) };
}

/** The note once lines are gone: no "Merged from …:" header left alone, no empty blocks. */
function tidy(lines: string[]): string | null {
  const blocks = lines
    .join('\n')
    .split(/\n{2,}/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '' && !MERGED_HEADER.test(block.trim()));
  const text = blocks.join('\n\n');
  return text.trim() === '' ? null : text;
}

function keyOf(kind: 'email' | 'phone', value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/\D/g, '');
  return (value.trim().startsWith('+') ? `+${digits}` : digits) || value.trim();
}

// The labels as Rapport offers them, frozen here: a migration does not follow later code.
const LABELS: Record<string, string> = {
  work: 'work',
  business: 'work',
  home: 'home',
  personal: 'home',
  mobile: 'mobile',
  cell: 'mobile',
  iphone: 'mobile',
  other: 'other',
};

function labelOf(label: string | null): string | null {
  const text = label?.trim();
  if (!text) return null;
  return LABELS[text.toLowerCase()] ?? text;
}
