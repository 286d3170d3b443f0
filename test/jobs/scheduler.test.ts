// Two server instances on one database tick the same minute: each task runs exactly once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppContext, createAppContext } from '../../src/app/context';
import { localScheduler } from '../../src/jobs/local-scheduler';
import { pgBossScheduler } from '../../src/jobs/pg-boss-scheduler';
import type { ScheduledTask, Scheduler } from '../../src/jobs/scheduler';
import { openPostgres, openSqlite } from '../../src/store/database';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const settings = { secret: 's', openSignup: false, publicUrl: null };

describe.each(dialects())('the scheduler on %s', (dialect) => {
  let db: TestDatabase;
  let instances: { ctx: AppContext; scheduler: Scheduler }[];
  let runs: { instance: number; at: string }[];

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    runs = [];
    instances = [];
    for (const instance of [1, 2]) {
      // Each instance has its own connection pool, as separate processes would.
      const store = db.databaseUrl
        ? await openPostgres(db.databaseUrl, 3)
        : await openSqlite(`${db.dataDir}/rapport.sqlite`);
      const ctx = createAppContext(store, { now: () => new Date() }, settings);
      const task: ScheduledTask = {
        name: 'record',
        async run(_ctx, now) {
          runs.push({ instance, at: now.toISOString() });
        },
      };
      const scheduler = db.databaseUrl
        ? await pgBossScheduler(ctx, [task], db.databaseUrl)
        : localScheduler(ctx, [task]);
      await scheduler.start();
      instances.push({ ctx, scheduler });
    }
  });

  afterEach(async () => {
    for (const { ctx, scheduler } of instances) {
      await scheduler.stop();
      await ctx.store.close();
    }
    await db.dispose();
  });

  it('runs a task once per minute however many instances tick', async () => {
    const minute = new Date('2026-11-27T14:00:10Z');
    await Promise.all(instances.map(({ scheduler }) => scheduler.tick(minute)));
    await Promise.all(
      instances.map(({ scheduler }) => scheduler.tick(new Date('2026-11-27T14:00:40Z'))),
    );
    await until(() => runs.length >= 1);
    const next = new Date('2026-11-27T14:01:05Z');
    await Promise.all(instances.map(({ scheduler }) => scheduler.tick(next)));
    await until(() => runs.length >= 2);
    // Give a duplicate the time it would need to show up.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // The instances' own minute timers may also tick the real current minute: that is correct,
    // so only the minutes this test ticked are counted.
    const minutes = runs.map((r) => r.at.slice(0, 16));
    expect(minutes.filter((m) => m === '2026-11-27T14:00')).toHaveLength(1);
    expect(minutes.filter((m) => m === '2026-11-27T14:01')).toHaveLength(1);
  });
});

async function until(condition: () => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
