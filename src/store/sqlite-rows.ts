// Result rows of better-sqlite3 built in JavaScript instead of by the addon.
//
// better-sqlite3 makes each row object through V8's C++ API, one property at a time: a profile
// of `GET /api/people` (300 people, 35 columns) spent about 2.6 ms of CPU in `select * from
// people`, of which 1.1 ms was reading the values and the rest making the objects. Read in
// `raw` mode (an array per row) and turned into objects by a function compiled once per
// statement (an object literal with the statement's column names), the same rows cost 1.1 ms.
// The rows are the same plain objects with the same keys in the same order (a repeated column
// name keeps its last value, as before), so nothing above the store sees a difference.
import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';

type Row = Record<string, unknown>;

/**
 * The database with `prepare` giving statements whose reads build rows in JavaScript; what
 * Kysely's SqliteDialect and the statement cache use of a statement (`reader`, `busy`, `all`,
 * `run`, `iterate`) is all there is.
 */
export function rowsBuiltInJs(sqlite: SQLiteDatabase): SQLiteDatabase {
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return (sql: string) => fastRows(target.prepare(sql));
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function fastRows(statement: Statement): Statement {
  if (!statement.reader) return statement;
  const raw = statement.raw(true);
  const toRow = rowMaker(raw.columns().map((c) => c.name));
  return {
    reader: true,
    get busy() {
      return raw.busy;
    },
    all: (...parameters: unknown[]) => (raw.all(...parameters) as unknown[][]).map(toRow),
    get: (...parameters: unknown[]) => {
      const values = raw.get(...parameters) as unknown[] | undefined;
      return values && toRow(values);
    },
    *iterate(...parameters: unknown[]) {
      for (const values of raw.iterate(...parameters)) yield toRow(values as unknown[]);
    },
    run: (...parameters: unknown[]) => raw.run(...parameters),
    columns: () => raw.columns(),
    source: raw.source,
  } as unknown as Statement;
}

/**
 * `(values) => ({ [name0]: values[0], … })`: one shape for every row of a statement, which V8
 * builds much faster than keys added one by one. Computed keys, so that even a column named
 * `__proto__` is an own property.
 */
function rowMaker(names: string[]): (values: unknown[]) => Row {
  const fields = names.map((name, i) => `[${JSON.stringify(name)}]: v[${i}]`).join(', ');
  return new Function('v', `return { ${fields} };`) as (values: unknown[]) => Row;
}
