import type { Migration } from './migration';

/**
 * Address books sync on their own (src/jobs/tasks/contacts-sync.ts): `next_sync_at` says when,
 * `failures` how many syncs in a row failed (the wait doubles), and `lease_until` lets one sync
 * of an account run at a time — a user's "sync" and the scheduler's, on any instance. A lease
 * left by a crashed process expires by itself.
 */
export const contactSyncSchedule: Migration = {
  name: '0026-contact-sync-schedule',
  async up(db) {
    await db.schema.alterTable('contact_sync_accounts').addColumn('next_sync_at', 'text').execute();
    await db.schema
      .alterTable('contact_sync_accounts')
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('contact_sync_accounts').addColumn('lease_until', 'text').execute();
  },
};
