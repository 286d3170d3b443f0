// The SQLite statement cache: every query reuses its prepared statement, the cache stays
// bounded, and a statement still streaming rows never gets run again underneath its reader.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from '../../src/store/statement-cache';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(max?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-stmt-'));
  dirs.push(dir);
  const sqlite = new SQLite(join(dir, 'db.sqlite'));
  const database = cachingStatements(sqlite, max);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database }) });
  return { sqlite, database, db };
}

describe('statement cache', () => {
  it('prepares each distinct SQL text once and reuses it', async () => {
    const { database, db } = open();
    await sql`create table t (id integer primary key, name text)`.execute(db);
    for (let i = 0; i < 20; i++) {
      await db
        .insertInto('t')
        .values({ id: i, name: `n${i}` })
        .execute();
      await db.selectFrom('t').selectAll().where('id', '=', i).execute();
    }
    expect(database.prepare('select 1')).toBe(database.prepare('select 1'));
    // create table, the insert, the select, and 'select 1'.
    expect(database.cached()).toBe(4);
    const rows = await db.selectFrom('t').select('name').where('id', '=', 7).execute();
    expect(rows).toEqual([{ name: 'n7' }]);
    await db.destroy();
  });

  it('keeps only the most recently used statements', async () => {
    const { database, db } = open(3);
    for (let i = 0; i < 10; i++) await sql.raw(`select ${i} as n`).execute(db);
    expect(database.cached()).toBe(3);
    const recent = database.prepare('select 9 as n');
    expect(database.prepare('select 9 as n')).toBe(recent);
    await db.destroy();
  });

  it('runs the same query while an earlier one is still streaming', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (id integer primary key); insert into t values (1), (2), (3)');
    const cached = cachingStatements(sqlite);
    const query = 'select id from t order by id';
    const seen: unknown[] = [];
    for (const row of cached.prepare(query).iterate([])) {
      seen.push(row, cached.prepare(query).all([]).length);
    }
    expect(seen).toEqual([{ id: 1 }, 3, { id: 2 }, 3, { id: 3 }, 3]);
    cached.close();
  });

  it('stops being usable once closed, with the database', async () => {
    const { sqlite, database } = open();
    database.prepare('select 1').all([]);
    database.close();
    expect(sqlite.open).toBe(false);
    expect(database.cached()).toBe(0);
  });
});
