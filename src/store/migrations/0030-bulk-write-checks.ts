import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration';

/**
 * Less server work per row when thousands of people are written at once (an import, a restore),
 * on PostgreSQL; SQLite, whose per-row work is in-process and cheap, keeps its schema.
 *
 * 1. A person's dates and contact values keep their foreign key to the person and lose the one
 *    to users. PostgreSQL checks a foreign key row by row (a query and a row lock each): a
 *    10,000-card import checked ~37,000 dates and values twice, and the owner checks took
 *    ~0.24 s of the server's ~2 s for nothing the person key does not say: the person exists,
 *    so its owner does (people.owner_id → users), and removing a person or an account still
 *    removes their dates and values (cascade, and the account eraser deletes by owner_id).
 *    A composite key, (person_id, owner_id) → people (id, owner_id), was tried first: its check
 *    queries people by id and owner_id, and on tables without statistics yet (a new server's
 *    first import) PostgreSQL planned it on the (owner_id, …) index once per connection, reading
 *    every person of the owner for each row: the import took 44 s.
 *
 * 2. A statement that changes more than 500 rows of one owner (people, or their dates or items)
 *    logs '-' for that owner in agenda_changes ("read everything again", as for a removal)
 *    instead of one row per person: each row was an upsert, two index entries and a foreign-key
 *    check (~40 ms per 1,000 people, about a tenth of the import's server time). The readers
 *    (Today's input, the people list) read everything again past 500 changed people anyway, so
 *    they do as before (501 dates of fewer people now make them read everything too). The log's
 *    promise holds: whoever changed after version v, a row above v says so.
 *
 * 3. An insert of dates or items no longer asks whether their person still exists before logging
 *    them (0025 asks so that a removal's cascade logs nothing): the rows' foreign key has just
 *    said so. The question was planned as a scan of everyone's people, twice per statement
 *    (~7 ms each per 30,000 people on the server).
 */
export const bulkWriteChecks: Migration = {
  name: '0030-bulk-write-checks',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    for (const table of ['person_dates', 'person_values']) {
      await sql`alter table ${sql.table(table)}
        drop constraint if exists ${sql.raw(`${table}_owner_id_fkey`)}`.execute(db);
    }
    await logManyAsOne(db);
  },
};

/** More rows of one owner than this changed by one statement are logged as one '-'. */
export const MANY_CHANGED = 500;

// The log's insert as 0025 wrote it (0029 added to its conflict clause, not to this part).
const LOGGED =
  /select distinct c\.owner_id, c\.person_id, u\.data_version\s+from \(([\s\S]*)\) c join users u on u\.id = c\.owner_id\s+where c\.logged/;

const PERSON_EXISTS = 'exists (select 1 from people p where p.id = new_rows.person_id)';

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was then
async function logManyAsOne(db: Kysely<any>) {
  const functions = await sql<{ name: string; body: string }>`
    select proname as name, prosrc as body from pg_proc
    where proname like 'rapport_agenda_changes_%'`.execute(db);
  for (const { name, body } of functions.rows) {
    const match = LOGGED.exec(body);
    if (!match) throw new Error(`${name} has no agenda log to change`);
    const changed = `select distinct c.owner_id,
          case when c.many then '-' else c.person_id end, u.data_version
        from (select l.owner_id, l.person_id,
                count(*) over (partition by l.owner_id) > ${MANY_CHANGED} as many
              from (${match[1]}) l where l.logged) c
          join users u on u.id = c.owner_id`;
    let rewritten = body.replace(LOGGED, changed);
    // An insert's rows had their key to people checked before this statement trigger runs.
    if (name.endsWith('_insert')) rewritten = rewritten.replaceAll(PERSON_EXISTS, 'true');
    await sql`create or replace function ${sql.raw(name)}() returns trigger language plpgsql
      as ${sql.raw(`$$${rewritten}$$`)}`.execute(db);
  }
}
