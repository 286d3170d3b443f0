import type { Migration } from './migration';

/**
 * Blockers and needs for status updates: something in the user's way, or something they need
 * from someone (`person_id`, optional), from `since` until `resolved_on` (both YYYY-MM-DD).
 */
export const blockers: Migration = {
  name: '0011-blockers',
  async up(db) {
    await db.schema
      .createTable('blockers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('resolved_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('blockers_owner_since')
      .on('blockers')
      .columns(['owner_id', 'since'])
      .execute();
  },
};
