import type { Migration } from './migration';

/** Office days, trips, recurring office visits, and household routines and agreements. */
export const timeAndPlace: Migration = {
  name: '0004-time-and-place',
  async up(db) {
    await db.schema
      .alterTable('people')
      .addColumn('office_days', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    await db.schema
      .createTable('trips')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      // Null: the user's own trip; otherwise a trip of one of the user's people.
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('zone', 'text', (c) => c.notNull())
      .addColumn('from_date', 'text', (c) => c.notNull())
      .addColumn('to_date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('trips_owner_dates')
      .on('trips')
      .columns(['owner_id', 'to_date'])
      .execute();

    // Office visits, household routines, agreements and date nights: a title, a recurrence rule,
    // and the people it concerns.
    await db.schema
      .createTable('routines')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('person_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('assignee', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('routines_owner').on('routines').column('owner_id').execute();
  },
};
