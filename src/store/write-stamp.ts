// A value that changes whenever a write to the database becomes visible, by this process or any
// other: a cache of something computed from the database (Today) stays valid while it is the
// same. Read it BEFORE the reads it guards: a write that lands in between then changes the next
// stamp, and the kept value is only computed again once too often, never kept stale.
import { sql } from 'kysely';
import type { Store } from './database';

/**
 * SQLite: the store's change stamp (no query). PostgreSQL: the current snapshot
 * (`xmin:xmax:in-progress xids`), which moves when a writing transaction starts or ends
 * (read-only ones take no xid) — exactly what decides which rows a later read sees.
 * Undefined when there is no such value: nothing may be kept.
 */
export async function writeStamp(store: Store): Promise<string | undefined> {
  if (store.changeStamp) return store.changeStamp();
  if (store.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{
    stamp: string;
  }>`select pg_current_snapshot()::text as stamp`.execute(store.db);
  return rows[0]!.stamp;
}
