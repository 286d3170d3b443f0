import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration';

/**
 * On PostgreSQL, the data_version bump (0002, 0006) becomes one update per statement instead of
 * one per row. Row-level triggers made a 10,000-card import update the same users row ~20,000
 * times in one transaction, each update a new row version PostgreSQL had to walk past (13 s);
 * statement-level triggers read the statement's transition tables (the rows it inserted,
 * updated or deleted) and bump each owner they name once. Today's cache only compares the
 * version for equality, so one bump per statement is as good as one per row.
 *
 * SQLite keeps its row-level triggers: it has no statement-level ones, and an update of the same
 * row inside one transaction costs it nothing comparable (the import measured 1.3 s there).
 * The row-level function stays, for any table that still uses it.
 */
export const statementTriggers: Migration = {
  name: '0019-statement-triggers',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    for (const [name, changed] of [
      ['rapport_bump_data_version_new', 'select owner_id from new_rows'],
      ['rapport_bump_data_version_old', 'select owner_id from old_rows'],
      [
        'rapport_bump_data_version_both',
        'select owner_id from new_rows union select owner_id from old_rows',
      ],
    ] as const) {
      await sql`create function ${sql.raw(name)}() returns trigger language plpgsql as $$
        begin
          update users set data_version = data_version + 1
            where id in (${sql.raw(changed)});
          return null;
        end $$`.execute(db);
    }
    for (const table of ['people', 'person_dates', 'person_items', 'welcome_items']) {
      await sql`drop trigger if exists ${sql.raw(`${table}_data_version`)} on ${sql.table(table)}`.execute(
        db,
      );
      await createStatementTriggers(db, table);
    }
  },
};

/**
 * Transition tables need one trigger per event: an insert has no old rows, a delete no new ones.
 * An update can move a row to another owner (a merge), so it bumps both.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was then
async function createStatementTriggers(db: Kysely<any>, table: string) {
  for (const [event, referencing, fn] of [
    ['insert', 'new table as new_rows', 'rapport_bump_data_version_new'],
    ['update', 'old table as old_rows new table as new_rows', 'rapport_bump_data_version_both'],
    ['delete', 'old table as old_rows', 'rapport_bump_data_version_old'],
  ] as const) {
    await sql`create trigger ${sql.raw(`${table}_${event}_data_version`)} after ${sql.raw(event)}
      on ${sql.table(table)} referencing ${sql.raw(referencing)}
      for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }
}
