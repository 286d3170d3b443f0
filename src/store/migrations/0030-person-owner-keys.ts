import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * On PostgreSQL, a person's dates and contact values keep their foreign key to the person and
 * lose the one to users. PostgreSQL checks a foreign key row by row (a query and a row lock
 * each): importing 10,000 vCards checked ~37,000 dates and values twice, and the owner checks
 * alone took ~0.24 s of the server's ~3 s. The owner check said nothing the person's does not:
 * the person exists, so its owner does (people.owner_id → users), and removing an account or a
 * person still removes their dates and values (people → users and these → people cascade, and
 * the account eraser deletes by owner_id first).
 *
 * One composite key, (person_id, owner_id) → people (id, owner_id), was tried and measured
 * first: its check queries people by id and owner_id, and on tables without statistics yet (a
 * new server's first import) PostgreSQL planned it once per connection on the (owner_id, …)
 * index, reading every person of the owner per row: the 10,000-card import took 44 s.
 *
 * SQLite keeps both keys: its checks are in-process index lookups with no lock to take, and
 * dropping a key there means rebuilding both tables.
 */
export const personOwnerKeys: Migration = {
  name: '0030-person-owner-keys',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    for (const table of ['person_dates', 'person_values']) {
      await sql`alter table ${sql.table(table)}
        drop constraint if exists ${sql.raw(`${table}_owner_id_fkey`)}`.execute(db);
    }
  },
};
