// Finds the PostgreSQL server and the session the tests may use. Locally a missing one is
// skipped with a note; with CI=true it fails the run, so CI can never pass by skipping.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPostgres, openSqlite } from '../../src/store/database';
import { migrate } from '../../src/store/migrator';

export const CHROMIUM_PATH = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    chromiumPath: string | null;
    /** A migrated SQLite file to copy. */
    sqliteTemplate: string;
    /** The name of a migrated PostgreSQL database to clone, when PostgreSQL is reachable. */
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const onCi = process.env.CI === 'true';
  const pgUrl = process.env.RAPPORT_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';
  const pgReachable = await canConnect(pgUrl);
  const chromium = existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : null;
  const missing = [
    !pgReachable && `PostgreSQL at ${pgUrl}`,
    !chromium && `Chromium at ${CHROMIUM_PATH}`,
  ].filter(Boolean);
  if (missing.length && onCi) {
    throw new Error(`CI=true but these are missing: ${missing.join(', ')}; refusing to skip`);
  }
  for (const what of missing) console.warn(`[rapport tests] skipping tests that need ${what}`);
  if (!existsSync('dist/cli.js')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  }
  project.provide('pgUrl', pgReachable ? pgUrl : null);
  project.provide('chromiumPath', chromium);
  // Migrated once per run, then copied for every test database: a PostgreSQL clone
  // (CREATE DATABASE … TEMPLATE) costs a third of migrating from scratch.
  const templates = await createTemplates(pgReachable ? pgUrl : null);
  project.provide('sqliteTemplate', templates.sqlite);
  project.provide('pgTemplate', templates.postgres);
  return templates.dispose;
}

async function canConnect(url: string): Promise<boolean> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createTemplates(pgUrl: string | null) {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-template-'));
  const sqlite = join(folder, 'rapport.sqlite');
  const sqliteStore = await openSqlite(sqlite);
  await migrate(sqliteStore);
  await sqliteStore.close();
  let postgres: string | null = null;
  if (pgUrl) {
    postgres = `rapport_tpl_${process.pid}_${Date.now().toString(36)}`;
    await adminQuery(pgUrl, `create database ${postgres}`);
    const url = new URL(pgUrl);
    url.pathname = `/${postgres}`;
    const store = await openPostgres(url.toString(), 2);
    await migrate(store);
    await store.close();
  }
  return {
    sqlite,
    postgres,
    async dispose() {
      rmSync(folder, { recursive: true, force: true });
      if (pgUrl && postgres) {
        await adminQuery(pgUrl, `drop database if exists ${postgres} with (force)`);
      }
    },
  };
}

/** One statement on the server's maintenance database. */
export async function adminQuery(adminUrl: string, statement: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
