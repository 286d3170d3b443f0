import type { Migration } from './migration';

/**
 * How each scheduled task last went, one row per task: when the fleet last ticked it, when it
 * last succeeded and failed (with the error), so `rapport doctor` can say whether reminders are
 * really going out (a server without a running scheduler sends nothing, silently).
 */
export const taskRuns: Migration = {
  name: '0020-task-runs',
  async up(db) {
    await db.schema
      .createTable('task_runs')
      .addColumn('task', 'text', (c) => c.primaryKey())
      .addColumn('last_tick_at', 'text', (c) => c.notNull())
      .addColumn('last_success_at', 'text')
      .addColumn('last_failure_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('runs', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
