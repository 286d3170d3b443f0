// Prepared statements kept per distinct SQL text, for better-sqlite3 under Kysely.
//
// Kysely's SqliteDialect calls `db.prepare(sql)` for every query, and preparing (parsing and
// planning) cost about as much as running the small queries of a request: a CPU profile of
// `GET /api/today` showed `prepare` at ~10% self time. Rather than a driver of our own, the
// Database handed to Kysely is wrapped: Kysely keeps its connection mutex, transactions and
// savepoints, and only `prepare` changes. Compiled SQL texts repeat (values are bound
// parameters), so a bounded LRU by text reuses almost every statement.
//
// A statement still iterating (a streamed select) is `busy` and cannot run again until it ends;
// such a text gets a fresh statement instead. Very long texts (multi-row inserts of an import)
// are not kept: they are few, large, and prepared rarely.
import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 500;
const MAX_CACHED_SQL_LENGTH = 16_384;

export function cachingStatements(
  sqlite: SQLiteDatabase,
  max = MAX_STATEMENTS,
): SqliteDatabase & { cached(): number } {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      if (sql.length > MAX_CACHED_SQL_LENGTH) return sqlite.prepare(sql);
      const kept = statements.get(sql);
      if (kept && !kept.busy) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      if (kept) return statement;
      statements.set(sql, statement);
      if (statements.size > max) statements.delete(statements.keys().next().value!);
      return statement;
    },
    cached: () => statements.size,
  };
}
