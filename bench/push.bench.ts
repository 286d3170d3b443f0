// The push-nudges tick for a fleet's worth of users: 200 users with 200 people each and a device,
// all at work. Measures one tick when every user gets a push (Today composed for each), a tick
// when every user has had the day's pushes (the cheap look), and one outside working hours.
// Delivery is a stand-in that answers "ok" at once: this measures Rapport's own work per tick,
// not the push service (the real sender is tested end to end in test/push).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '../src/app/context';
import type { PushSender } from '../src/app/ports/push';
import { sendPushNudges } from '../src/app/push/push-nudges';
import { openSqlite } from '../src/store/database';
import { migrate } from '../src/store/migrator';
import { writeResult } from './report';
import { SEED_NOW, seedUser } from './seed';

const USERS = 200;
const PEOPLE = 200;
const INTERACTIONS = 2_000;

const instantOk: PushSender = {
  checkEndpoint: async () => null,
  send: async () => ({ ok: true }),
  generateKeys: () => ({ publicKey: 'bench', privateKey: 'bench' }),
};

const dir = mkdtempSync(join(tmpdir(), 'rapport-push-bench-'));
const store = await openSqlite(join(dir, 'bench.sqlite'));
try {
  await migrate(store);
  const day = [{ start: '07:00', end: '20:00' }];
  const hours = JSON.stringify({
    mon: day,
    tue: day,
    wed: day,
    thu: day,
    fri: day,
    sat: [],
    sun: [],
  });
  for (let u = 0; u < USERS; u++) {
    const userId = await seedUser(store, PEOPLE, INTERACTIONS, `u${u}`);
    await store.db
      .updateTable('users')
      .set({ working_hours: hours })
      .where('id', '=', userId)
      .execute();
    await store.db
      .insertInto('push_subscriptions')
      .values({
        id: `sub${u}`,
        owner_id: userId,
        endpoint: `https://push.example/${u}`,
        p256dh: 'x',
        auth: 'x',
        device_name: 'Phone',
        created_at: SEED_NOW.toISOString(),
        last_push_at: null,
      })
      .execute();
  }
  let now = SEED_NOW; // Monday 23 November 2026, 09:00 in Berlin
  const ctx = createAppContext(
    store,
    { now: () => now },
    {
      secret: 'bench-secret',
      openSignup: false,
      publicUrl: null,
      vapid: { publicKey: 'b', privateKey: 'b' },
    },
  );
  ctx.push = instantOk;
  const tick = async (at: Date) => {
    now = at;
    const t = performance.now();
    const sent = await sendPushNudges(ctx, at);
    return { ms: Math.round(performance.now() - t), sent };
  };
  const minute = (m: number) => new Date(SEED_NOW.getTime() + m * 60_000);
  const first = await tick(minute(0));
  await tick(minute(1));
  await tick(minute(2));
  const exhausted = await tick(minute(3));
  const night = await tick(new Date('2026-11-23T22:00:00Z'));
  writeResult('push', {
    users: USERS,
    people_per_user: PEOPLE,
    tick_every_user_pushed: first,
    tick_day_limit_reached: exhausted,
    tick_outside_working_hours: night,
    per_user_ms_when_pushing: Math.round((first.ms / USERS) * 10) / 10,
  });
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
