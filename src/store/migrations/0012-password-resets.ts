import type { Migration } from './migration';

/**
 * One-time links that set a new password: mailed after "Forgot password?", or made by the owner
 * (Settings, `rapport password reset`). Only the SHA-256 of the link's secret is stored.
 * `created_by` is the owner who made it, or null when the user asked by e-mail.
 */
export const passwordResets: Migration = {
  name: '0012-password-resets',
  async up(db) {
    await db.schema
      .createTable('password_resets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('password_resets_user')
      .on('password_resets')
      .column('user_id')
      .execute();
  },
};
