// Today's cache trusts users.data_version: any statement that inserts, changes or deletes a
// person, date or item moves its owner's version (once per statement on PostgreSQL, once per
// row on SQLite), and leaves other users' alone. Bulk writes, as an import makes them, included.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PERSON_FIELDS } from '../../src/store/people/person-repository';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const fields = (name: string) => ({ ...EMPTY_PERSON_FIELDS, name });

describe.each(dialects())('data_version on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    for (const id of ['ann', 'bo']) {
      await insertBareUser(db.store.db, id);
    }
  });
  afterEach(() => db.dispose());

  const version = async (id: string) =>
    (
      await db.store.db
        .selectFrom('users')
        .select('data_version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).data_version;

  it('moves on bulk inserts, updates and deletes, for their owner only', async () => {
    const bulk = new PeopleBulkRepository(db.store.db, db.store.dialect);
    const now = '2026-02-01T00:00:00.000Z';
    const people = Array.from({ length: 30 }, (_, i) => ({
      fields: fields(`Person ${i}`),
      dates: [{ type: 'birthday' as const, label: null, month: 1 + (i % 12), day: 1, year: null }],
    }));
    const seen = [await version('ann')];
    const records = await bulk.insert('ann', people, now);
    seen.push(await version('ann'));
    await db.store.db
      .updateTable('person_dates')
      .set({ day: 2 })
      .where('owner_id', '=', 'ann')
      .execute();
    seen.push(await version('ann'));
    await db.store.db.deleteFrom('person_dates').where('person_id', '=', records[0]!.id).execute();
    seen.push(await version('ann'));
    await db.store.db.deleteFrom('people').where('id', '=', records[0]!.id).execute();
    seen.push(await version('ann'));
    // Every step moved it forward.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
    expect(await version('bo')).toBe(0);
  });

  it('stays put when a statement changes no row', async () => {
    const before = await version('ann');
    await db.store.db.updateTable('people').set({ paused: 1 }).where('id', '=', 'none').execute();
    await db.store.db.deleteFrom('person_items').where('owner_id', '=', 'ann').execute();
    expect(await version('ann')).toBe(before);
  });
});
