// Fresh, migrated databases for tests: a temp SQLite file, and a PostgreSQL database of its own
// that is dropped afterwards, so runs (and files within a run) never see each other's rows.
// Migrated ones are copies of the run's templates (global-setup.ts), not migrated anew.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type DialectName, openPostgres, openSqlite, type Store } from '../../src/store/database';
import { migrate } from '../../src/store/migrator';
import { adminQuery } from './global-setup';

export interface TestDatabase {
  store: Store;
  /** The URL a separate process can use (PostgreSQL), or the data folder (SQLite). */
  databaseUrl: string | null;
  dataDir: string;
  dispose(): Promise<void>;
}

/** The dialects this run can test: SQLite always, PostgreSQL when reachable (always on CI). */
export function dialects(): DialectName[] {
  return inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createTestDatabase(
  dialect: DialectName,
  { migrated = true } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
  if (dialect === 'sqlite') {
    const file = join(dataDir, 'rapport.sqlite');
    if (migrated) copyFileSync(inject('sqliteTemplate'), file);
    const store = await openSqlite(file);
    return {
      store,
      databaseUrl: null,
      dataDir,
      async dispose() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('pgUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available to this run');
  const name = `rapport_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const template = inject('pgTemplate');
  await adminQuery(
    adminUrl,
    migrated && template
      ? `create database ${name} template ${template}`
      : `create database ${name}`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openPostgres(url.toString(), 5);
  if (migrated && !template) await migrate(store);
  return {
    store,
    databaseUrl: url.toString(),
    dataDir,
    async dispose() {
      await store.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
