import type { Migration } from './migration';

/**
 * Administering accounts: an owner or admin can disable an account (`disabled_at`), which stops
 * its sessions and API tokens at once and refuses its sign-in until it is enabled again. The
 * 'admin' role needs no change: users.role is text, checked by the app.
 */
export const admin: Migration = {
  name: '0024-admin',
  async up(db) {
    await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  },
};
