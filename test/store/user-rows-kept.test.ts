// The user row is kept per process while nothing is written (store/users): what a caller does
// with the record it gets must not reach the next caller, and a write, in this process or
// through another connection, is seen by the next read.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type Store } from '../../src/store/database';
import { type Repositories, repositories } from '../../src/store/repositories';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('the kept user row on %s', (dialect) => {
  let db: TestDatabase;
  let repos: Repositories;
  let userId: string;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    repos = repositories(db.store.db, db.store.dialect, db.store.changeStamp);
    const user = await repos.users.create({
      email: 'kept@example.com',
      name: 'Kept',
      timeZone: 'Europe/Berlin',
      workingHours: { days: [1, 2, 3] },
      role: 'owner',
      passwordHash: 'x',
      now: '2026-12-07T09:00:00.000Z',
    });
    userId = user.id;
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('gives each caller a record of its own', async () => {
    const first = (await repos.users.findById(userId))!;
    first.name = 'Changed by a caller';
    (first.workingHours as { days: number[] }).days.push(7);
    first.preferences.theme = 'dark';
    const second = (await repos.users.findById(userId))!;
    expect(second.name).toBe('Kept');
    expect(second.workingHours).toEqual({ days: [1, 2, 3] });
    expect(second.preferences).toEqual({});
  });

  it('sees a write of this process, and of another connection, at the next read', async () => {
    await repos.users.findById(userId);
    await repos.users.update(userId, { name: 'Renamed here' }, '2026-12-07T09:01:00.000Z');
    expect((await repos.users.findById(userId))!.name).toBe('Renamed here');
    if (dialect !== 'sqlite') return;
    const other: Store = await openSqlite(join(db.dataDir, 'rapport.sqlite'));
    try {
      await repositories(other.db, other.dialect).users.update(
        userId,
        { timeZone: 'Asia/Tokyo' },
        '2026-12-07T09:02:00.000Z',
      );
    } finally {
      await other.close();
    }
    expect((await repos.users.findById(userId))!.timeZone).toBe('Asia/Tokyo');
  });
});
