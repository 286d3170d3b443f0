import type { Migration } from './migration';

/**
 * Idempotency keys: a write sent with `Idempotency-Key` (the web app's offline queue) claims
 * (owner, route, key) here before it runs, and stores its response after. The same request sent
 * again (a retry after a lost response, a queue flushed twice, another instance) gets the stored
 * response instead of a second write. The primary key makes two concurrent requests with one key
 * produce one claim; the loser is told `idempotency_in_progress` (409). `status` is null while the
 * first request runs. Rows are kept 48 hours (`created_at`).
 */
export const idempotencyKeys: Migration = {
  name: '0021-idempotency-keys',
  async up(db) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('route', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('response', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['owner_id', 'route', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_created')
      .on('idempotency_keys')
      .column('created_at')
      .execute();
  },
};
