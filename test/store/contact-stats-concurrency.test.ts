// A person's conversation count stays right when two instances write it at once on PostgreSQL
// (SQLite has one writer at a time). One transaction logs a conversation with Ann and holds her
// row; the other, on its own pool, logs one too or recounts her (as a capture sync's end
// does), and waits for that row. Once the first commits, the second must count its link: a
// count read from a snapshot taken before that commit lost it (capture-fleet saw 20 of 40).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Store } from '../../src/store/database';
import { EMPTY_PERSON_FIELDS } from '../../src/store/people/person-repository';
import { type Repositories, repositories } from '../../src/store/repositories';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const NOW = '2026-12-08T09:00:00.000Z';
const call = (at: string) => ({
  at,
  channel: 'call' as const,
  initiator: 'me' as const,
  about: 'work' as const,
  note: null,
});

describe.skipIf(!dialects().includes('postgres'))('counting conversations on two instances', () => {
  let db: TestDatabase;
  let second: Store;
  let ann: string;

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    second = await openPostgres(db.databaseUrl!, 2);
    await insertBareUser(db.store.db, 'owner');
    const repos = repositories(db.store.db, 'postgres');
    ann = (await repos.people.create('owner', { ...EMPTY_PERSON_FIELDS, name: 'Ann' }, [], NOW)).id;
  });
  afterAll(async () => {
    await second.close();
    await db.dispose();
  });

  const count = async () =>
    (
      await db.store.db
        .selectFrom('people')
        .select('interaction_count')
        .where('id', '=', ann)
        .executeTakeFirstOrThrow()
    ).interaction_count;
  const links = async () =>
    (await db.store.db.selectFrom('interaction_people').select('person_id').execute()).length;

  /** Until some backend of the test database waits for a lock (the second write, on Ann's row). */
  async function someoneWaits() {
    for (let i = 0; i < 200; i++) {
      const waiting = await db.store.db
        .selectFrom('pg_stat_activity' as never)
        .select('pid' as never)
        .where('datname' as never, '=', db.databaseUrl!.split('/').pop()!.split('?')[0] as never)
        .where('wait_event_type' as never, '=', 'Lock' as never)
        .execute();
      if (waiting.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the second write never waited for the first');
  }

  /** `first` runs in a transaction held open until `then`, on the second pool, waits for it. */
  async function overlapping(
    first: (repos: Repositories) => Promise<unknown>,
    then: (repos: Repositories) => Promise<unknown>,
  ) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started!: () => void;
    const firstWrote = new Promise<void>((resolve) => {
      started = resolve;
    });
    const one = db.store.db.transaction().execute(async (trx) => {
      await first(repositories(trx, 'postgres'));
      started();
      await held;
    });
    await firstWrote;
    const two = second.db.transaction().execute((trx) => then(repositories(trx, 'postgres')));
    await someoneWaits();
    release();
    await Promise.all([one, two]);
  }

  it('counts both of two conversations logged at once', async () => {
    const before = await count();
    await overlapping(
      (repos) => repos.interactions.create('owner', [ann], call('2026-12-08T08:00:00.000Z'), NOW),
      (repos) => repos.interactions.create('owner', [ann], call('2026-12-08T08:30:00.000Z'), NOW),
    );
    expect(await count()).toBe(before + 2);
    expect(await count()).toBe(await links());
  });

  it('recounts after a conversation another instance is logging', async () => {
    await overlapping(
      (repos) => repos.interactions.create('owner', [ann], call('2026-12-07T08:00:00.000Z'), NOW),
      (repos) => repos.people.refreshContactStats('owner', [ann], NOW),
    );
    expect(await count()).toBe(await links());
  });
});
