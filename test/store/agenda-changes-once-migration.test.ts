// Migration 0029 (PostgreSQL logs a person in agenda_changes once per transaction) keeps every
// row, and the log keeps its meaning for Today: after any committed write, every person it
// touched carries a version above the version before it; a later transaction logs them again.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaChangesOnce } from '../../src/store/migrations/0029-agenda-changes-once';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { EMPTY_PERSON_FIELDS } from '../../src/store/people/person-repository';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const AT = '2026-01-01T00:00:00.000Z';

const fields = (name: string) => ({ ...EMPTY_PERSON_FIELDS, name });

describe.each(dialects())('the agenda-changes-once migration on %s', (dialect) => {
  let db: TestDatabase;
  // The schema as it was before the migration: untyped.
  let raw: any;
  let logBefore: unknown[];
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(agendaChangesOnce)));
    raw = db.store.db;
    for (const id of ['ann', 'bo']) {
      await insertBareUser(raw, id);
    }
    await new PeopleBulkRepository(db.store.db, dialect).insert(
      'ann',
      [{ fields: fields('Old'), dates: [dateOn(3)] }],
      AT,
    );
    logBefore = await log();
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  const dateOn = (day: number) => ({
    type: 'birthday' as const,
    label: null,
    month: 5,
    day,
    year: null,
  });
  const log = () =>
    raw
      .selectFrom('agenda_changes')
      .select(['owner_id', 'person_id', 'version'])
      .orderBy('person_id')
      .execute();
  const version = async (id: string) =>
    Number(
      (await raw.selectFrom('users').select('data_version').where('id', '=', id).executeTakeFirst())
        .data_version,
    );
  const loggedVersion = async (personId: string) =>
    Number(
      (
        await raw
          .selectFrom('agenda_changes')
          .select('version')
          .where('person_id', '=', personId)
          .executeTakeFirst()
      )?.version ?? -1,
    );

  it('keeps the people, their dates and the log as they were', async () => {
    expect(await log()).toEqual(logBefore);
    const people = await raw.selectFrom('people').select(['name']).execute();
    expect(people).toEqual([{ name: 'Old' }]);
    expect(await raw.selectFrom('person_dates').select(['day']).execute()).toEqual([{ day: 3 }]);
  });

  it('logs people written with their dates in one transaction above the version before it', async () => {
    const before = await version('ann');
    const [record] = await db.store.db
      .transaction()
      .execute((trx) =>
        new PeopleBulkRepository(trx, dialect).insert(
          'ann',
          [{ fields: fields('New'), dates: [dateOn(4), dateOn(5)] }],
          AT,
        ),
      );
    const after = await version('ann');
    expect(after).toBeGreaterThan(before);
    const logged = await loggedVersion(record!.id);
    expect(logged).toBeGreaterThan(before);
    expect(logged).toBeLessThanOrEqual(after);
    // PostgreSQL bumps once per statement (people, then dates) and logs the person once, at the
    // first; SQLite's row-level triggers log every row.
    if (dialect === 'postgres') expect([after - before, logged]).toEqual([2, before + 1]);
    // A later write to the same person's dates logs them again, at the version it made.
    await db.store.db
      .updateTable('person_dates')
      .set({ day: 6 })
      .where('person_id', '=', record!.id)
      .execute();
    expect(await loggedVersion(record!.id)).toBe(await version('ann'));
    expect(await loggedVersion(record!.id)).toBeGreaterThan(after);
    expect(await version('bo')).toBe(0);
  });
});
