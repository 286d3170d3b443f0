// Two write transactions of one user can deadlock on PostgreSQL (see src/store/transient-errors):
// it aborts one of them, and that write must not be lost to the user. Here two transactions
// lock two users' rows in opposite orders, so PostgreSQL must abort one; both must land.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inTransaction } from '../../src/app/context';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const onPostgres = dialects().includes('postgres');
let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  if (!onPostgres) return;
  db = await createTestDatabase('postgres');
  api = testApi(db);
});
afterAll(() => db?.dispose());

it.runIf(onPostgres)('runs a transaction PostgreSQL aborted in a deadlock again', async () => {
  const owner = await api.setupOwner();
  const member = await api.addMember(owner);
  const now = new Date().toISOString();
  // Each transaction holds its first row until the other holds its own: then both want the
  // other's, and PostgreSQL aborts one (after deadlock_timeout, one second by default).
  let arrived = 0;
  let bothHold: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    bothHold = resolve;
  });
  let runs = 0;
  const renameBoth = (first: string, second: string, name: string) =>
    inTransaction(api.ctx, async (repos) => {
      runs += 1;
      await repos.users.update(first, { name }, now);
      if (++arrived === 2) bothHold();
      await held;
      await repos.users.update(second, { name }, now);
    });
  const results = await Promise.allSettled([
    renameBoth(owner.userId, member.userId, 'First'),
    renameBoth(member.userId, owner.userId, 'Second'),
  ]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  // One ran twice: the deadlock happened and was overcome, not avoided.
  expect(runs).toBe(3);
  const names = new Set([
    (await api.ctx.repos.users.findById(owner.userId))!.name,
    (await api.ctx.repos.users.findById(member.userId))!.name,
  ]);
  // The transaction run again ran last, whole: both rows carry its name.
  expect(names.size).toBe(1);
});
