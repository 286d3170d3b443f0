import { sql } from 'kysely';
import type { Migration } from './migration';

/**
 * On PostgreSQL, a person's dates and contact values are checked against their person once per
 * statement instead of once per row; SQLite, whose per-row checks are in-process and cheap,
 * keeps its foreign keys.
 *
 * A foreign key is checked row by row, each check a query of its own: a 10,000-card import
 * wrote ~37,000 dates and values, and their checks were about a fifth of the server's CPU
 * (a profile of the import: 26 % in the deferred checks, of the three keys left). The foreign
 * keys of person_dates and person_values to people become triggers doing what the keys did:
 *
 * - An insert, or an update that moves rows to another person, locks the persons named (FOR KEY
 *   SHARE, as the key's check does: a concurrent removal of one of them waits for this
 *   transaction, and this one waits for a removal in progress) and fails, as the key did
 *   (SQLSTATE 23503), when one of them does not exist.
 * - Removing people removes their dates and values (the keys' ON DELETE CASCADE), in one
 *   statement per table. Named so as to run before the people's agenda log (triggers of one
 *   event run in name order); the dates' log skips people already removed, as with the cascade.
 * - A person's id cannot change while dates or values name it (the keys' NO ACTION).
 *
 * The checks read the latest committed rows (each statement of a trigger function takes its own
 * snapshot at READ COMMITTED, the isolation every write of Rapport uses).
 */
export const personChecksPerStatement: Migration = {
  name: '0031-person-checks-per-statement',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    await sql`create function rapport_person_exists_insert() returns trigger language plpgsql as $$
      begin
        perform rapport_person_exists_check(tg_table_name,
          array(select distinct person_id from new_rows));
        return null;
      end $$`.execute(db);
    // The statements reading both transition tables run through EXECUTE, planned for each
    // statement: a plan cached by the first (a few rows) would compare each row with each row
    // of a large update, or scan everyone's dates to remove one person's.
    await sql`create function rapport_person_exists_update() returns trigger language plpgsql as $$
      declare
        moved text[];
      begin
        execute 'select array(select distinct n.person_id from new_rows n
          where not exists (select 1 from old_rows o
            where o.id = n.id and o.person_id = n.person_id))' into moved;
        perform rapport_person_exists_check(tg_table_name, moved);
        return null;
      end $$`.execute(db);
    // Planned anew for each array (a generic plan does not know its size). The ids compare in
    // the columns' collation: the function's would be "C", from the table's name (a `name`),
    // and a comparison in another collation than the key's cannot use it: every check scanned
    // everyone's people. A statement of one row pays ~40 µs more than its key's check did (the
    // call and the planning); a plan kept for the session was cheaper for one row but, made
    // for a small table, compared each person with each id of later imports (5 s instead of 1).
    await sql`create function rapport_person_exists_check(child text, wanted text[])
      returns void language plpgsql set plan_cache_mode = force_custom_plan as $$
      declare
        found int;
      begin
        if cardinality(wanted) = 0 then return; end if;
        with locked as (select p.id from people p where p.id = any(wanted collate "default")
          for key share of p)
        select count(*) into found from locked;
        if found < cardinality(wanted) then
          raise foreign_key_violation using message = format(
            'insert or update on table "%s" violates foreign key constraint "%s_person_id_fkey"',
            child, child);
        end if;
      end $$`.execute(db);
    await sql`create function rapport_person_children_delete() returns trigger
      language plpgsql as $$
      begin
        execute 'delete from person_dates where person_id in (select id from old_rows)';
        execute 'delete from person_values where person_id in (select id from old_rows)';
        return null;
      end $$`.execute(db);
    await sql`create function rapport_person_id_kept() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from person_dates where person_id = old.id)
          or exists (select 1 from person_values where person_id = old.id) then
          raise foreign_key_violation using message =
            'update on table "people" would leave dates or values without their person';
        end if;
        return new;
      end $$`.execute(db);
    for (const table of ['person_dates', 'person_values']) {
      await sql`alter table ${sql.table(table)}
        drop constraint ${sql.raw(`${table}_person_id_fkey`)}`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_person_insert`)} after insert on ${sql.table(table)}
        referencing new table as new_rows
        for each statement execute function rapport_person_exists_insert()`.execute(db);
      await sql`create trigger ${sql.raw(`${table}_person_update`)} after update on ${sql.table(table)}
        referencing old table as old_rows new table as new_rows
        for each statement execute function rapport_person_exists_update()`.execute(db);
    }
    await sql`create trigger people_delete_children after delete on people
      referencing old table as old_rows
      for each statement execute function rapport_person_children_delete()`.execute(db);
    await sql`create trigger people_id_kept before update of id on people
      for each row when (old.id is distinct from new.id)
      execute function rapport_person_id_kept()`.execute(db);
  },
};
