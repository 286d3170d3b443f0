import type { Migration } from './migration';

/**
 * Suggested accomplishments from the user's commits (git sources): one row per repository and
 * day (`key`), open until the user accepts it (then `accomplishment_id`) or dismisses it. Kept
 * after either answer so a later sync does not suggest the same day again. `commits` is JSON
 * (sha, instant, first line): never diffs or file contents.
 */
export const workSuggestions: Migration = {
  name: '0018-work-suggestions',
  async up(db) {
    await db.schema
      .createTable('work_suggestions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('repository', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('commits', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('accomplishment_id', 'text', (c) =>
        c.references('accomplishments.id').onDelete('set null'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('work_suggestions_owner_key')
      .on('work_suggestions')
      .columns(['owner_id', 'key'])
      .unique()
      .execute();
    await db.schema
      .createIndex('work_suggestions_owner_status_date')
      .on('work_suggestions')
      .columns(['owner_id', 'status', 'date'])
      .execute();
  },
};
