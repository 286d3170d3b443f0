import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DialectName } from '../database';
import type { Migration } from './migration';

/** People, conversations with them, what is owed and promised, and a search index over them. */
export const people: Migration = {
  name: '0002-people',
  async up(db, dialect) {
    await db.schema
      .alterTable('users')
      .addColumn('preferences', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
    // Bumped by triggers on every change to what Today reads, so a cached copy can be checked
    // with one lookup, from any process or server instance.
    await db.schema
      .alterTable('users')
      .addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('is_key', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('team', 'text')
      .addColumn('company', 'text')
      .addColumn('title', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addColumn('time_zone', 'text')
      .addColumn('working_hours', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('facts', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('notes', 'text')
      .addColumn('cadence_days', 'integer')
      .addColumn('snoozed_until', 'text')
      .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
      // Kept up to date on every interaction write, so Today never scans interactions.
      .addColumn('last_interaction_id', 'text')
      .addColumn('last_interaction_at', 'text')
      .addColumn('last_note', 'text')
      .addColumn('last_about', 'text')
      .addColumn('last_initiator', 'text')
      .addColumn('interaction_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('people_owner_name')
      .on('people')
      .columns(['owner_id', 'name_key'])
      .execute();

    await db.schema
      .createTable('person_dates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('month', 'integer', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer')
      .execute();
    await db.schema
      .createIndex('person_dates_person')
      .on('person_dates')
      .column('person_id')
      .execute();
    await db.schema
      .createIndex('person_dates_owner_day')
      .on('person_dates')
      .columns(['owner_id', 'month', 'day'])
      .execute();

    await db.schema
      .createTable('interactions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('initiator', 'text', (c) => c.notNull())
      .addColumn('about', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('interactions_owner_at')
      .on('interactions')
      .columns(['owner_id', 'at'])
      .execute();

    await db.schema
      .createTable('interaction_people')
      .addColumn('interaction_id', 'text', (c) =>
        c.notNull().references('interactions.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('owner_id', 'text', (c) => c.notNull())
      // A copy of interactions.at, so a person's history is read from one index.
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('interaction_people_pk', ['interaction_id', 'person_id'])
      .execute();
    await db.schema
      .createIndex('interaction_people_person_at')
      .on('interaction_people')
      .columns(['person_id', 'at'])
      .execute();

    await db.schema
      .createTable('person_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('direction', 'text')
      .addColumn('date', 'text')
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('person_items_owner_open')
      .on('person_items')
      .columns(['owner_id', 'done_at', 'type'])
      .execute();
    await db.schema
      .createIndex('person_items_person')
      .on('person_items')
      .column('person_id')
      .execute();

    await createVersionTriggers(db, dialect, ['people', 'person_dates', 'person_items']);

    if (dialect === 'sqlite') {
      await sql`create virtual table search_index using fts5(
        body, owner_id unindexed, ref_type unindexed, ref_id unindexed, person_id unindexed,
        tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
    } else {
      await sql`create table search_index (
        ref_id text primary key,
        owner_id text not null references users(id) on delete cascade,
        ref_type text not null,
        person_id text not null,
        body text not null,
        tsv tsvector generated always as (to_tsvector('simple', body)) stored
      )`.execute(db);
      await sql`create index search_index_tsv on search_index using gin (tsv)`.execute(db);
      await sql`create index search_index_owner on search_index (owner_id)`.execute(db);
    }
  },
};

// biome-ignore lint/suspicious/noExplicitAny: migrations see the schema as it was then
async function createVersionTriggers(db: Kysely<any>, dialect: DialectName, tables: string[]) {
  if (dialect === 'postgres') {
    await sql`create function rapport_bump_data_version() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          update users set data_version = data_version + 1 where id = old.owner_id;
          return old;
        end if;
        update users set data_version = data_version + 1 where id = new.owner_id;
        return new;
      end $$`.execute(db);
  }
  for (const table of tables) {
    if (dialect === 'postgres') {
      await sql`create trigger ${sql.raw(`${table}_data_version`)} after insert or update or delete
        on ${sql.table(table)} for each row execute function rapport_bump_data_version()`.execute(
        db,
      );
      continue;
    }
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql`create trigger ${sql.raw(`${table}_${event}_data_version`)} after ${sql.raw(event)}
        on ${sql.table(table)} begin
          update users set data_version = data_version + 1 where id = ${sql.raw(row)}.owner_id;
        end`.execute(db);
    }
  }
}
