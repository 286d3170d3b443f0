// Migration 0031 (PostgreSQL: a person's dates and values are checked against their person once
// per statement, by triggers, instead of by foreign keys row by row) keeps every row, and the
// triggers do what the keys did: a date or value for a person that does not exist is refused,
// also when moved to one; removing a person or an account removes their dates and values; and
// a person removed while another transaction adds to them leaves nothing behind either way.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personChecksPerStatement } from '../../src/store/migrations/0031-person-checks-per-statement';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { PERSON_TABLES, peopleAcrossMigration, rowsOf } from '../support/people-across-migration';

const value = (id: string, owner: string, personId: string) => ({
  id,
  owner_id: owner,
  person_id: personId,
  kind: 'email',
  position: 9,
  preferred: 0,
  value: `${id}@example.com`,
  value_key: `${id}@example.com`,
});

describe.each(dialects())('the person-checks migration on %s', (dialect) => {
  let db: TestDatabase;
  // The schema as the migrations leave it: untyped.
  let raw: any;
  const before: Record<string, unknown[]> = {};
  const rows = (table: string) => rowsOf(raw, table);
  const count = async (table: string, where: [string, string]) =>
    (await raw.selectFrom(table).select('id').where(where[0], '=', where[1]).execute()).length;
  const idOf = async (name: string): Promise<string> =>
    (await raw.selectFrom('people').select('id').where('name', '=', name).executeTakeFirst()).id;

  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    Object.assign(
      before,
      await peopleAcrossMigration(db, dialect, personChecksPerStatement, {
        ann: ['Ada', 'Ben', 'Cat'],
        bo: ['Cy', 'Dot', 'Eli'],
      }),
    );
    raw = db.store.db;
  });
  afterAll(() => db.dispose());

  it('keeps every person, date and value as it was', async () => {
    expect(before.person_dates).toHaveLength(6);
    expect(before.person_values).toHaveLength(12);
    for (const table of PERSON_TABLES) {
      expect(await rows(table)).toEqual(before[table]);
    }
  });

  it('refuses a date or value for a person that does not exist, or moved to one', async () => {
    const ada = await idOf('Ada');
    await expect(
      raw
        .insertInto('person_values')
        .values([value('v-ok', 'ann', ada), value('v-orphan', 'ann', 'nobody')])
        .execute(),
    ).rejects.toThrow();
    await expect(
      raw
        .insertInto('person_dates')
        .values({
          id: 'd-orphan',
          owner_id: 'ann',
          person_id: 'nobody',
          type: 'birthday',
          month: 1,
          day: 1,
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      raw
        .updateTable('person_dates')
        .set({ person_id: 'nobody' })
        .where('person_id', '=', ada)
        .execute(),
    ).rejects.toThrow();
    expect(await count('person_values', ['person_id', ada])).toBe(2);
    expect(await count('person_dates', ['person_id', ada])).toBe(1);
    // Moving them to a person who exists (as merging two people does) is fine.
    const ben = await idOf('Ben');
    await raw
      .updateTable('person_dates')
      .set({ person_id: ben })
      .where('person_id', '=', ada)
      .execute();
    expect(await count('person_dates', ['person_id', ben])).toBe(2);
  });

  it("removes a person's dates and values with the person, and an account's with it", async () => {
    const ben = await idOf('Ben');
    await raw.deleteFrom('people').where('id', '=', ben).execute();
    expect([
      await count('person_dates', ['person_id', ben]),
      await count('person_values', ['person_id', ben]),
    ]).toEqual([0, 0]);
    await sql`delete from users where id = 'ann'`.execute(raw);
    expect([
      await count('person_dates', ['owner_id', 'ann']),
      await count('person_values', ['owner_id', 'ann']),
    ]).toEqual([0, 0]);
    expect([
      await count('person_dates', ['owner_id', 'bo']),
      await count('person_values', ['owner_id', 'bo']),
    ]).toEqual([3, 6]);
  });

  it('leaves nothing behind when a person is removed while another transaction adds to them', async () => {
    // Whichever reaches the database first, the other waits for it, then does the right thing.
    const cy = await idOf('Cy');
    let added: Promise<unknown> = Promise.resolve();
    await raw.transaction().execute(async (trx: any) => {
      await trx.deleteFrom('people').where('id', '=', cy).execute();
      added = raw
        .insertInto('person_values')
        .values(value('v-late', 'bo', cy))
        .execute();
      added.catch(() => {});
    });
    await expect(added).rejects.toThrow();
    const dot = await idOf('Dot');
    let removed: Promise<unknown> = Promise.resolve();
    await raw.transaction().execute(async (trx: any) => {
      await trx
        .insertInto('person_values')
        .values(value('v-early', 'bo', dot))
        .execute();
      removed = raw.deleteFrom('people').where('id', '=', dot).execute();
      removed.catch(() => {});
    });
    await removed;
    expect(await count('person_values', ['person_id', dot])).toBe(0);
    expect(await count('person_values', ['owner_id', 'bo'])).toBe(2);
  });

  it("keeps a person's id while dates or values name it", async () => {
    const eli = await idOf('Eli');
    await expect(
      raw.updateTable('people').set({ id: 'eli-2' }).where('id', '=', eli).execute(),
    ).rejects.toThrow();
    expect(await count('person_dates', ['person_id', eli])).toBe(1);
  });
});
