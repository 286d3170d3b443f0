// Migration 0030 (PostgreSQL: a person's dates and values keep their key to the person, not a
// second one to users; a statement changing many people logs them as one '-') keeps every row,
// removing a person or an account still removes their dates and values, a date or value for a
// person that does not exist is still refused, and the agenda log still names, for any version,
// everyone changed after it or says "read everything again".
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkWriteChecks, MANY_CHANGED } from '../../src/store/migrations/0030-bulk-write-checks';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import {
  AT,
  PERSON_TABLES,
  peopleAcrossMigration,
  person,
  rowsOf,
} from '../support/people-across-migration';

describe.each(dialects())('the bulk-write-checks migration on %s', (dialect) => {
  let db: TestDatabase;
  // The schema as the migrations leave it: untyped.
  let raw: any;
  const before: Record<string, unknown[]> = {};
  const rows = (table: string) => rowsOf(raw, table);
  const count = async (table: string, owner: string) =>
    (await raw.selectFrom(table).select('id').where('owner_id', '=', owner).execute()).length;

  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    Object.assign(
      before,
      await peopleAcrossMigration(db, dialect, bulkWriteChecks, {
        ann: ['Ada', 'Ben'],
        bo: ['Cy'],
      }),
    );
    raw = db.store.db;
  });
  afterAll(() => db.dispose());

  it('keeps every person, date and value as it was', async () => {
    expect(before.person_dates).toHaveLength(3);
    expect(before.person_values).toHaveLength(6);
    for (const table of PERSON_TABLES) {
      expect(await rows(table)).toEqual(before[table]);
    }
  });

  it('still refuses a date or value for a person that does not exist', async () => {
    const value = {
      id: 'v-orphan',
      owner_id: 'ann',
      person_id: 'nobody',
      kind: 'email',
      position: 0,
      preferred: 1,
      value: 'x@example.com',
      value_key: 'x@example.com',
    };
    await expect(raw.insertInto('person_values').values(value).execute()).rejects.toThrow();
    const date = { id: 'd-orphan', owner_id: 'ann', person_id: 'nobody', type: 'birthday' };
    await expect(
      raw
        .insertInto('person_dates')
        .values({ ...date, month: 1, day: 1 })
        .execute(),
    ).rejects.toThrow();
    expect(await count('person_values', 'ann')).toBe(4);
  });

  it("removes a person's dates and values with the person, and an account's with it", async () => {
    const ada = before.people!.find((p: any) => p.name === 'Ada') as { id: string };
    await raw.deleteFrom('people').where('id', '=', ada.id).execute();
    expect([await count('person_dates', 'ann'), await count('person_values', 'ann')]).toEqual([
      1, 2,
    ]);
    await sql`delete from users where id = 'ann'`.execute(raw);
    expect([await count('person_dates', 'ann'), await count('person_values', 'ann')]).toEqual([
      0, 0,
    ]);
    expect([await count('person_dates', 'bo'), await count('person_values', 'bo')]).toEqual([1, 2]);
  });

  const version = async (owner: string) =>
    Number(
      (
        await raw
          .selectFrom('users')
          .select('data_version')
          .where('id', '=', owner)
          .executeTakeFirst()
      ).data_version,
    );
  const changedSince = async (owner: string, since: number): Promise<string[]> =>
    (
      await raw
        .selectFrom('agenda_changes')
        .select('person_id')
        .where('owner_id', '=', owner)
        .where('version', '>', since)
        .execute()
    ).map((r: { person_id: string }) => r.person_id);

  it('logs a few people written together one by one', async () => {
    const since = await version('bo');
    const records = await new PeopleBulkRepository(raw, dialect).insert(
      'bo',
      [person('Dee', 4), person('Eve', 5)],
      AT,
    );
    expect((await changedSince('bo', since)).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('logs many people written in one statement so that readers read everything again', async () => {
    const since = await version('bo');
    const many = Array.from({ length: MANY_CHANGED + 1 }, (_, i) => person(`P${i}`, (i % 9) + 1));
    const records = await new PeopleBulkRepository(raw, dialect).insert('bo', many, AT);
    const changed = await changedSince('bo', since);
    // PostgreSQL logs '-' once; SQLite's row-level triggers log everyone. Either way a reader
    // (Today, the people list: MAX_PATCHED ≤ 500) reads everything again.
    if (dialect === 'postgres') expect(changed).toEqual(['-']);
    else expect(changed.length).toBe(records.length);
    // A later change of one of them is logged on its own, above the '-'.
    const after = await version('bo');
    await raw
      .updateTable('people')
      .set({ notes: 'later' })
      .where('id', '=', records[0]!.id)
      .execute();
    expect(await changedSince('bo', after)).toEqual([records[0]!.id]);
  });
});
