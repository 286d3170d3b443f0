// Migration 0030 (PostgreSQL: a person's dates and values keep their key to the person, not a
// second one to users) keeps every row, and removing a person or an account still removes their
// dates and values; a date or value for a person that does not exist is still refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personOwnerKeys } from '../../src/store/migrations/0030-person-owner-keys';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { EMPTY_PERSON_FIELDS } from '../../src/store/people/person-repository';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const AT = '2026-01-01T00:00:00.000Z';

const person = (name: string, day: number) => ({
  fields: { ...EMPTY_PERSON_FIELDS, name, email: `${name}@example.com`, phone: `+1 555 010${day}` },
  dates: [{ type: 'birthday' as const, label: null, month: 5, day, year: null }],
});

describe.each(dialects())('the person-owner-keys migration on %s', (dialect) => {
  let db: TestDatabase;
  // The schema as the migrations leave it: untyped.
  let raw: any;
  const before: Record<string, unknown[]> = {};
  const rows = (table: string) => raw.selectFrom(table).selectAll().orderBy('id').execute();
  const count = async (table: string, owner: string) =>
    (await raw.selectFrom(table).select('id').where('owner_id', '=', owner).execute()).length;

  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(personOwnerKeys)));
    raw = db.store.db;
    for (const id of ['ann', 'bo']) await insertBareUser(raw, id);
    for (const [owner, names] of [
      ['ann', ['Ada', 'Ben']],
      ['bo', ['Cy']],
    ] as const) {
      await new PeopleBulkRepository(raw, dialect).insert(
        owner,
        names.map((name, i) => person(name, i + 1)),
        AT,
      );
    }
    for (const table of ['people', 'person_dates', 'person_values'])
      before[table] = await rows(table);
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  it('keeps every person, date and value as it was', async () => {
    expect(before.person_dates).toHaveLength(3);
    expect(before.person_values).toHaveLength(6);
    for (const table of ['people', 'person_dates', 'person_values']) {
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
});
