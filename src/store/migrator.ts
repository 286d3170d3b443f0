// Applies pending migrations in order, each in its own transaction. On PostgreSQL an advisory
// lock makes concurrent server starts wait for each other instead of racing.
import { type Kysely, sql } from 'kysely';
import type { Store } from './database';
import { migrations as allMigrations } from './migrations/index';
import type { Migration } from './migrations/migration';
import type { Database } from './schema';

const LOCK_KEY = 727707;

export interface MigrationStatus {
  name: string;
  appliedAt: string | null;
}

export async function migrationStatus(
  store: Store,
  migrations: readonly Migration[] = allMigrations,
): Promise<MigrationStatus[]> {
  await ensureLedger(store.db);
  const applied = await store.db.selectFrom('rapport_migrations').selectAll().execute();
  const byName = new Map(applied.map((row) => [row.name, row.applied_at]));
  return migrations.map((m) => ({ name: m.name, appliedAt: byName.get(m.name) ?? null }));
}

/** Applies what is pending; returns the names applied now. */
export async function migrate(
  store: Store,
  migrations: readonly Migration[] = allMigrations,
): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    await ensureLedger(store.db);
    return applyPending(store, store.db, migrations);
  }
  return store.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(connection);
    try {
      await ensureLedger(connection);
      return await applyPending(store, connection, migrations);
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(connection);
    }
  });
}

async function applyPending(
  store: Store,
  db: Kysely<Database>,
  migrations: readonly Migration[],
): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      // Checked inside the transaction: another process may have applied it meanwhile.
      const existing = await trx
        .selectFrom('rapport_migrations')
        .select('name')
        .where('name', '=', migration.name)
        .executeTakeFirst();
      if (existing) return false;
      await migration.up(trx, store.dialect);
      await trx
        .insertInto('rapport_migrations')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}

async function ensureLedger(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('rapport_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
}
