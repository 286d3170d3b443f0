import type { Migration } from './migration';

/**
 * One occurrence of a routine (office visit, household routine, agreement, date night) marked
 * done or skipped by the user: that date's item leaves Today and, when skipped, the calendar
 * feed; the routine's other dates are untouched. The user's office city, country and named
 * office live in the user's preferences beside the office days, so they need no column.
 */
export const routineMarks: Migration = {
  name: '0009-routine-marks',
  async up(db) {
    await db.schema
      .createTable('routine_marks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('routine_id', 'text', (c) =>
        c.notNull().references('routines.id').onDelete('cascade'),
      )
      // YYYY-MM-DD: the occurrence's local date.
      .addColumn('occurrence_date', 'text', (c) => c.notNull())
      // 'done' | 'skipped'
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('routine_marks_occurrence')
      .on('routine_marks')
      .columns(['routine_id', 'occurrence_date'])
      .unique()
      .execute();
    await db.schema
      .createIndex('routine_marks_owner_date')
      .on('routine_marks')
      .columns(['owner_id', 'occurrence_date'])
      .execute();
  },
};
