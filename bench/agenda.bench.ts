// Today for a heavy user: 5,000 people and 250,000 interactions, among 20 other users' data in
// the same database. Measures the whole use-case (queries + ranking) and the bare queries alone:
// warm (nothing written: the kept Today), after a write by the user, by someone else, and a
// minute later (see src/app/today/today.ts for what is kept and when).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createAppContext } from '../src/app/context';
import { logInteraction } from '../src/app/interactions/interactions';
import { AgendaSourceCache } from '../src/app/today/agenda-source';
import { today } from '../src/app/today/today';
import {
  type DialectName,
  openPostgres,
  openSqlite,
  POSTGRES_POOL_SIZE,
  type Store,
} from '../src/store/database';
import { migrate } from '../src/store/migrator';
import { benchDatabase } from './postgres';
import { percentile, writeResult } from './report';
import { SEED_NOW, seedUser } from './seed';

const PEOPLE = 5_000;
const INTERACTIONS = 250_000;
const OTHER_USERS = 20;
const OTHER_PEOPLE = 250;
const OTHER_INTERACTIONS = 5_000;
const RUNS = 60;
const NOW = SEED_NOW;
async function measure(store: Store) {
  const started = performance.now();
  const others: string[] = [];
  for (let u = 0; u < OTHER_USERS; u++)
    others.push(await seedUser(store, OTHER_PEOPLE, OTHER_INTERACTIONS, `other${u}`));
  const userId = await seedUser(store, PEOPLE, INTERACTIONS, 'heavy');
  const seedSeconds = (performance.now() - started) / 1000;
  // Statistics as a running server has them: SQLite's optimize at open and hourly, PostgreSQL's
  // autovacuum (see keepStatistics in src/store/database.ts).
  await sql`analyze`.execute(store.db);
  const ctx = createAppContext(
    store,
    { now: () => NOW },
    { secret: 'bench', openSignup: false, publicUrl: null },
  );

  // `before` runs untimed ahead of each timed run (the write whose Today is measured).
  const time = async (work: () => Promise<unknown>, before?: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) {
      await before?.();
      await work();
    }
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await before?.();
      const t = performance.now();
      await work();
      samples.push(performance.now() - t);
    }
    return { p50_ms: round(percentile(samples, 50)), p95_ms: round(percentile(samples, 95)) };
  };
  const agenda = await today(ctx, userId);
  let minute = NOW.getTime();
  return {
    today: await time(() => today(ctx, userId)),
    // Every run after a write to one person: Today re-reads that person only (agenda-source).
    today_after_a_write: await time(
      () => today(ctx, userId),
      () =>
        ctx.store.db
          .updateTable('people')
          .set({ paused: 0 })
          .where('owner_id', '=', userId)
          .where('name_key', '=', 'person heavy 1')
          .execute(),
    ),
    // The most common write: a conversation logged with someone.
    today_after_logging: await time(
      () => today(ctx, userId),
      async () => {
        const i = Math.floor(Math.random() * 200);
        const person = await ctx.store.db
          .selectFrom('people')
          .select('id')
          .where('owner_id', '=', userId)
          .where('name_key', '=', `person heavy ${i}`)
          .executeTakeFirstOrThrow();
        await logInteraction(ctx, userId, {
          personIds: [person.id],
          channel: 'call',
          initiator: 'me',
          about: 'work',
        });
      },
    ),
    // A busy server: someone else wrote. The database's write stamp moved, so the kept Today is
    // not given again, but this user's input is the same: its ranking is kept (agenda-source).
    today_after_another_users_write: await time(
      () => today(ctx, userId),
      () =>
        ctx.store.db
          .updateTable('people')
          .set({ paused: 0 })
          .where('owner_id', '=', others[0]!)
          .where('name_key', '=', 'person other0 1')
          .execute(),
    ),
    // The minute changed: everything is computed again from the kept input.
    today_next_minute: await time(() => {
      minute += 60_000;
      return today({ ...ctx, clock: { now: () => new Date(minute) } }, userId);
    }),
    // What every Today after a write cost before it was patched in place: a full read.
    today_cold_read: await time(() =>
      today({ ...ctx, agendaSources: new AgendaSourceCache() }, userId),
    ),
    raw: await time(() =>
      Promise.all([
        ctx.repos.people.listForAgenda(userId),
        ctx.repos.people.datesOf(userId, null),
        ctx.repos.personItems.list(userId, { open: true, types: ['reply', 'promise', 'event'] }),
      ]),
    ),
    agenda_items: agenda.total,
    seed_seconds: round(seedSeconds),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function onDialect(dialect: DialectName) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-agenda-'));
    const store = await openSqlite(join(dir, 'bench.sqlite'));
    try {
      await migrate(store);
      return await measure(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const database = await benchDatabase('agenda');
  if (!database) return null;
  // The pool a server has: Today's reads side by side each take a connection.
  const store = await openPostgres(database.url, POSTGRES_POOL_SIZE);
  try {
    await migrate(store);
    return await measure(store);
  } finally {
    await store.close();
    await database.drop();
  }
}

const sqlite = await onDialect('sqlite');
console.log('sqlite', sqlite);
const postgres = await onDialect('postgres');
writeResult('agenda', {
  load_average: loadavg().map((n) => Math.round(n * 100) / 100),
  description: `Today for one user with ${PEOPLE} people and ${INTERACTIONS} interactions, among ${OTHER_USERS} other users; ${RUNS} runs after 5 warm-ups`,
  sqlite,
  postgres,
});
