// Finds the PostgreSQL server and the browser the tests may use. Locally a missing one is
// skipped with a note; with CI=true it fails the run, so CI can never pass by skipping.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const CHROMIUM_PATH = '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    chromiumPath: string | null;
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
