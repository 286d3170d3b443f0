// Opens Kysely on the embedded SQLite file or on PostgreSQL; the rest of the store sees one API.
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { checkpointInBackground } from './sqlite-checkpoints';
import { rowsBuiltInJs } from './sqlite-rows';
import { cachingStatements } from './statement-cache';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /**
   * Changes whenever anything is written to the database: at once for this process's writes,
   * within 1 ms for another process's (see openSqlite); costs no query to read. Absent where
   * there is no such thing (PostgreSQL). Caches of security decisions (app/auth-cache) and of
   * the user row stay valid only while it is the same.
   */
  changeStamp?(): string;
  /** Connections of the PostgreSQL pool, for /metrics; absent on SQLite (one connection). */
  poolStats?(): { total: number; idle: number; waiting: number };
}

/** A database that cannot be opened or reached; the message is meant for the person running it. */
export class DatabaseUnavailableError extends Error {}

export interface StoreOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
  /** SQLite: WAL checkpoints in a worker thread this often (a server's; see openSqlite). */
  checkpointEveryMs?: number;
}

/** A server's PostgreSQL pool unless told otherwise (Today alone reads up to nine at once). */
export const POSTGRES_POOL_SIZE = 10;

export async function openStore(options: StoreOptions): Promise<Store> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.maxConnections ?? POSTGRES_POOL_SIZE)
    : openSqlite(join(options.dataDir, 'rapport.sqlite'), {
        checkpointEveryMs: options.checkpointEveryMs,
      });
}

export async function openSqlite(
  file: string,
  options: {
    /** WAL checkpoints in a worker thread this often (sqlite-checkpoints.ts): a server's. */
    checkpointEveryMs?: number;
  } = {},
): Promise<Store> {
  const { default: SQLite } = await import('better-sqlite3');
  let sqlite: InstanceType<typeof SQLite>;
  try {
    sqlite = new SQLite(file);
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot open ${file}: ${(error as Error).message}`);
  }
  // WAL lets the CLI read while the server writes; busy_timeout waits out short write locks.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const stopOptimizing = keepStatistics(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(rowsBuiltInJs(sqlite)) }),
  });
  // data_version moves when another connection (process) commits; total_changes() when this
  // one writes (even in a transaction not yet committed, or rolled back: it only errs safe).
  // Two statements, not one select of pragma_data_version: that table-valued function prepares
  // a PRAGMA inside on every run, a third of the stamp's cost, and every request reads it.
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  const ownChanges = sqlite.prepare('select total_changes()').pluck();
  // data_version is the stamp's dear half (a look at the WAL index, a few µs, where
  // total_changes() is a tenth of that), and every request asks for the stamp two or three times
  // (its credentials, the user row, Today's input). So it is read again only after 1 ms: another
  // process's commit (the CLI, a second instance) is seen by every request that starts 1 ms
  // after it, as if it had landed that much later; a busy server reads it once per dozen
  // requests instead of once per request. This connection's own writes count at once.
  let version: unknown;
  let versionReadAt = Number.NEGATIVE_INFINITY;
  const otherCommits = () => {
    const now = performance.now();
    if (now - versionReadAt > VERSION_FRESH_MS) {
      version = dataVersion.get();
      versionReadAt = now;
    }
    return version;
  };
  const stopCheckpoints = options.checkpointEveryMs
    ? checkpointInBackground(sqlite, file, options.checkpointEveryMs)
    : async () => {};
  return {
    db,
    dialect: 'sqlite',
    close: async () => {
      stopOptimizing();
      await stopCheckpoints();
      await db.destroy();
    },
    changeStamp: () => `${otherCommits()}:${ownChanges.get()}`,
  };
}

/** How long a read of another connection's commits (data_version) stands for (see openSqlite). */
const VERSION_FRESH_MS = 1;

/** How often a long-lived connection lets SQLite refresh the planner's statistics. */
const OPTIMIZE_EVERY_MS = 3_600_000;

/**
 * Without statistics SQLite's planner guesses that an owner's rows are few, so a read of 29
 * people by id (`owner_id = ? and id in (…)`) walked all 5,000 of a heavy user's people through
 * the owner index: 12 ms instead of 0.3. SQLite's advice for long-lived connections is
 * `PRAGMA optimize=0x10002` at open, then `PRAGMA optimize` now and then; analysis_limit keeps
 * each ANALYZE to a sample. Statistics only steer plans: a failure (a read-only file) is ignored.
 */
function keepStatistics(sqlite: import('better-sqlite3').Database): () => void {
  const optimize = (pragma: string) => {
    try {
      sqlite.pragma(pragma);
    } catch {
      // Plans stay as they were.
    }
  };
  optimize('analysis_limit = 1000');
  optimize('optimize = 0x10002');
  const timer = setInterval(() => optimize('optimize'), OPTIMIZE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function openPostgres(url: string, max: number): Promise<Store> {
  const [{ default: pg }, { PostgresDialect }] = await Promise.all([
    import('pg'),
    import('kysely'),
  ]);
  // Counts come back as bigint strings by default; every count we take fits a JS number.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `Cannot reach PostgreSQL at ${describeUrl(url)}: ${(error as Error).message || String(error)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    close: () => db.destroy(),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    }),
  };
}

/** The URL without its password, for messages. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the configured DATABASE_URL';
  }
}
