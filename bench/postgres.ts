// A database of its own for a benchmark on the PostgreSQL server the tests use
// (RAPPORT_TEST_PG), dropped when it is done.
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  name: string;
  /** A connection to the server (not to the database), for catalog questions. */
  admin: pg.Client;
  drop(): Promise<void>;
}

/** A new, empty database, or null (said on stdout) when no server answers. */
export async function benchDatabase(label: string): Promise<BenchDatabase | null> {
  const server = process.env.RAPPORT_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log(`PostgreSQL not reachable at ${server}; skipped`);
    return null;
  }
  const name = `rapport_bench_${label}_${process.pid}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    admin,
    async drop() {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
