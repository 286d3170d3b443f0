// Rows built in JavaScript (store/sqlite-rows.ts) are the rows better-sqlite3 builds: same keys
// in the same order, same values, for reads through Kysely, streamed reads and single rows;
// writes still report their changes.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { rowsBuiltInJs } from '../../src/store/sqlite-rows';
import { cachingStatements } from '../../src/store/statement-cache';

function open() {
  const sqlite = new SQLite(':memory:');
  sqlite.exec(`
    create table t (id integer primary key, name text, score real, data blob, note text);
    insert into t values (1, 'Ada', 1.5, x'0102', null), (2, 'Grace', null, null, 'hi');
    create table u (id integer primary key, t_id integer, name text);
    insert into u values (10, 1, 'other');`);
  return { sqlite, fast: rowsBuiltInJs(sqlite) };
}

const queries = [
  'select * from t order by id',
  // A repeated name keeps the last column's value, as better-sqlite3 does.
  'select t.*, u.* from t left join u on u.t_id = t.id order by t.id',
  'select id as "toString", name as "constructor", 1 + 1 as "two words" from t',
  'select * from t where id = 99',
];

describe('rows built in JavaScript', () => {
  it('gives the rows better-sqlite3 gives, with keys in the same order', () => {
    const { sqlite, fast } = open();
    for (const query of queries) {
      const expected = sqlite.prepare(query).all();
      const actual = fast.prepare(query).all();
      expect(actual).toEqual(expected);
      expect(actual.map((row) => Object.keys(row as object))).toEqual(
        expected.map((row) => Object.keys(row as object)),
      );
      expect(fast.prepare(query).get()).toEqual(sqlite.prepare(query).get());
      expect([...fast.prepare(query).iterate()]).toEqual([...sqlite.prepare(query).iterate()]);
    }
  });

  it('keeps a column named __proto__ as data (better-sqlite3 made it the prototype)', () => {
    const { fast } = open();
    const row = fast.prepare('select id as "__proto__", name from t where id = 1').get() as object;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.entries(row)).toEqual([
      ['__proto__', 1],
      ['name', 'Ada'],
    ]);
  });

  it('serves Kysely through the statement cache: reads, parameters, writes and streams', async () => {
    const { fast } = open();
    const db = new Kysely<any>({
      dialect: new SqliteDialect({ database: cachingStatements(fast) }),
    });
    const inserted = await db.insertInto('t').values({ id: 3, name: 'Linus' }).executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    const updated = await db.updateTable('t').set({ note: 'x' }).where('id', '>', 1).execute();
    expect(updated[0]!.numUpdatedRows).toBe(2n);
    expect(await db.selectFrom('t').select(['id', 'note']).where('id', '>', 1).execute()).toEqual([
      { id: 2, note: 'x' },
      { id: 3, note: 'x' },
    ]);
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom('t').select('name').orderBy('id').stream()) {
      streamed.push(row);
    }
    expect(streamed).toEqual([{ name: 'Ada' }, { name: 'Grace' }, { name: 'Linus' }]);
    const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(db);
    expect(rows).toEqual([{ n: 3 }]);
    await db.destroy();
  });
});
