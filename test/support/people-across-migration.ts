// For tests of a migration that changes how people's dates and contact values are checked:
// owners with people (each with a birthday, an e-mail and a phone) written by the schema as it
// was just before the migration, the rows of people, dates and values read then, and the
// migration and every later one run. The tests then hold the rows to what was read.
import type { Kysely } from 'kysely';
import type { DialectName } from '../../src/store/database';
import { migrations } from '../../src/store/migrations/index';
import type { Migration } from '../../src/store/migrations/migration';
import { migrate } from '../../src/store/migrator';
import { EMPTY_PERSON_FIELDS } from '../../src/store/people/person-repository';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { insertBareUser } from './bare-user';
import type { TestDatabase } from './databases';

export const AT = '2026-01-01T00:00:00.000Z';
export const PERSON_TABLES = ['people', 'person_dates', 'person_values'] as const;

/** A person with a birthday on day `day` of May, an e-mail and a phone. */
export const person = (name: string, day: number) => ({
  fields: { ...EMPTY_PERSON_FIELDS, name, email: `${name}@example.com`, phone: `+1 555 010${day}` },
  dates: [{ type: 'birthday' as const, label: null, month: 5, day, year: null }],
});

/** The rows of a table, by id, as the schema of the moment has them (untyped). */
export const rowsOf = (raw: Kysely<any>, table: string): Promise<unknown[]> =>
  raw.selectFrom(table).selectAll().orderBy('id').execute();

/** Writes `peopleByOwner` before `migration`, then migrates; the rows as they were before. */
export async function peopleAcrossMigration(
  db: TestDatabase,
  dialect: DialectName,
  migration: Migration,
  peopleByOwner: Record<string, string[]>,
): Promise<Record<string, unknown[]>> {
  await migrate(db.store, migrations.slice(0, migrations.indexOf(migration)));
  const raw = db.store.db as Kysely<any>;
  for (const [owner, names] of Object.entries(peopleByOwner)) {
    await insertBareUser(raw, owner);
    await new PeopleBulkRepository(raw, dialect).insert(
      owner,
      names.map((name, i) => person(name, i + 1)),
      AT,
    );
  }
  const before: Record<string, unknown[]> = {};
  for (const table of PERSON_TABLES) before[table] = await rowsOf(raw, table);
  await migrate(db.store);
  return before;
}
