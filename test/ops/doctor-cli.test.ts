// `rapport doctor` as a health check: exit 1 when the scheduler has not ticked for 5 minutes
// (a server that stopped running scheduled work sends no reminder, silently), 0 once it ticks
// again; and a log level that is not one is refused at start with a clear line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

describe('rapport doctor and the scheduler', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapport-doctor-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const tickedAgo = (ms: number) => {
    const db = new Database(join(dataDir, 'rapport.sqlite'));
    const at = new Date(Date.now() - ms).toISOString();
    db.prepare(
      `insert into task_runs (task, last_tick_at, last_success_at, runs) values ('outbox', ?, ?, 1)
       on conflict (task) do update set last_tick_at = excluded.last_tick_at, last_success_at = excluded.last_success_at`,
    ).run(at, at);
    db.close();
  };

  it('exits 1 when the scheduler has not ticked for 5 minutes, 0 when it just did', async () => {
    const env = { RAPPORT_DATA: dataDir, RAPPORT_JOBS: '1' };
    expect((await runCli(['db', 'migrate'], env)).code).toBe(0);
    const never = await runCli(['doctor'], env);
    expect(never.code).toBe(1);
    expect(never.stdout).toMatch(/^FAIL {2}scheduler +has never run/m);

    tickedAgo(6 * 60_000);
    const stale = await runCli(['doctor'], env);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^FAIL {2}scheduler +has not ticked for 6 min/m);

    tickedAgo(30_000);
    const healthy = await runCli(['doctor'], env);
    expect(healthy.code, healthy.stdout).toBe(0);
    expect(healthy.stdout).toMatch(/^ok {4}scheduler +last ticked/m);
  });

  it('refuses a log level that is not one, before starting', async () => {
    const result = await runCli(['serve'], { RAPPORT_DATA: dataDir, RAPPORT_LOG_LEVEL: 'loud' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('RAPPORT_LOG_LEVEL must be one of fatal, error, warn, info');
  });
});
