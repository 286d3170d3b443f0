// Migrations on both databases: applied once, in order, each all-or-nothing.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index';
import type { Migration } from '../../src/store/migrations/migration';
import { migrate, migrationStatus } from '../../src/store/migrator';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('migrations on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
  });
  afterEach(() => db.dispose());

  it('applies every migration once and reports them', async () => {
    const pending = await migrationStatus(db.store);
    expect(pending.every((m) => m.appliedAt === null)).toBe(true);
    expect(await migrate(db.store)).toEqual(migrations.map((m) => m.name));
    expect(await migrate(db.store)).toEqual([]);
    const status = await migrationStatus(db.store);
    expect(status.map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    expect(status.every((m) => m.appliedAt)).toBe(true);
  });

  it('rolls a failing migration back whole and keeps the ones before it', async () => {
    const broken: Migration = {
      name: '9999-broken',
      async up(trx) {
        await trx.schema.createTable('half_made').addColumn('id', 'text').execute();
        await sql`insert into no_such_table values (1)`.execute(trx);
      },
    };
    await expect(migrate(db.store, [...migrations, broken])).rejects.toThrow();
    const status = await migrationStatus(db.store, [...migrations, broken]);
    expect(status.at(-1)).toEqual({ name: '9999-broken', appliedAt: null });
    expect(status.slice(0, -1).every((m) => m.appliedAt)).toBe(true);
    await expect(sql`select * from half_made`.execute(db.store.db)).rejects.toThrow();
  });

  it('lets two processes start at once without applying anything twice', async () => {
    const results = await Promise.all([migrate(db.store), migrate(db.store)]);
    expect(results.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
  });
});
