import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * A person is logged in agenda_changes once per transaction on PostgreSQL. An import of 10,000
 * people inserted their rows (logging each person) and then their dates, whose trigger logged
 * every one of them again: 10,000 more upserts, each a new row version with two index entries
 * (about 10 MB of the import's 110 MB of WAL). The log's meaning is unchanged for every reader: Today reads
 * it outside any write transaction, so it only ever sees committed versions, and a person logged
 * earlier in the same transaction already carries a version above any version committed before
 * it. `xmin` is the transaction that wrote the log row; a row written under a savepoint carries
 * the savepoint's id and is simply logged again, as before.
 *
 * The functions of 0025 are rewritten from their own text (pg_proc), adding that condition to
 * their one upsert; nothing else in them changes. SQLite's row-level triggers stay as they are.
 */
export const agendaChangesOnce: Migration = {
  name: '0029-agenda-changes-once',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    const functions = await sql<{ name: string; body: string }>`
      select proname as name, prosrc as body from pg_proc
      where proname like 'rapport_agenda_changes_%'`.execute(db);
    for (const { name, body } of functions.rows) {
      if (!body.includes(UPSERT)) throw new Error(`${name} has no agenda upsert to change`);
      const changed = body.replace(UPSERT, `${UPSERT} ${ONCE}`);
      await sql`create or replace function ${sql.raw(name)}() returns trigger language plpgsql
        as ${sql.raw(`$$${changed}$$`)}`.execute(db);
    }
  },
};

const UPSERT = 'on conflict (owner_id, person_id) do update set version = excluded.version';
const ONCE = 'where agenda_changes.xmin <> pg_current_xact_id()::xid';
