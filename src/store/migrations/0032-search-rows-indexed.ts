import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * On SQLite the search index was one FTS5 table that also held each row's owner, record and
 * person, as unindexed columns. Every write that replaces a record's row (editing a person,
 * logging a conversation) deleted it by ref_id, which FTS5 can only do by reading every row of
 * every user: 26 ms per write with 100,000 rows, growing with everyone's notes.
 *
 * The rows now live in an ordinary table under the same name, with indexes on (owner_id,
 * ref_id) and (owner_id, person_id), and their words in an FTS5 table over it (`search_fts`,
 * external content: FTS5's own pattern, where triggers on the table keep the words in step). So
 * every write keeps going to search_index, on both databases; only SQLite's search joins the
 * words. Every row is kept (copied, then the words rebuilt from the copy). PostgreSQL's table
 * already has its keys: nothing changes there.
 */
export const searchRowsIndexed: Migration = {
  name: '0032-search-rows-indexed',
  async up(db, dialect) {
    if (dialect !== 'sqlite') return;
    await sql`create table search_rows (
      id integer primary key,
      ref_id text not null,
      owner_id text not null,
      ref_type text not null,
      person_id text not null,
      body text not null
    )`.execute(db);
    await sql`insert into search_rows (ref_id, owner_id, ref_type, person_id, body)
      select ref_id, owner_id, ref_type, person_id, body from search_index`.execute(db);
    await sql`drop table search_index`.execute(db);
    await sql`alter table search_rows rename to search_index`.execute(db);
    await sql`create index search_index_owner_ref on search_index (owner_id, ref_id)`.execute(db);
    await sql`create index search_index_owner_person on search_index (owner_id, person_id)`.execute(
      db,
    );
    await sql`create virtual table search_fts using fts5(
      body, content = 'search_index', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
    await sql`insert into search_fts (search_fts) values ('rebuild')`.execute(db);
    await sql`create trigger search_index_words_in after insert on search_index begin
      insert into search_fts (rowid, body) values (new.id, new.body);
    end`.execute(db);
    await sql`create trigger search_index_words_out after delete on search_index begin
      insert into search_fts (search_fts, rowid, body) values ('delete', old.id, old.body);
    end`.execute(db);
    await sql`create trigger search_index_words_changed after update on search_index begin
      insert into search_fts (search_fts, rowid, body) values ('delete', old.id, old.body);
      insert into search_fts (rowid, body) values (new.id, new.body);
    end`.execute(db);
  },
};
