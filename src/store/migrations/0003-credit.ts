import type { Migration } from './migration';

/** Accomplishments, the flexibility log, status updates, proposals, and scheduled-run claims. */
export const credit: Migration = {
  name: '0003-credit',
  async up(db) {
    await db.schema
      .createTable('accomplishments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('project', 'text')
      .addColumn('impact', 'text')
      .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('accomplishments_owner_date')
      .on('accomplishments')
      .columns(['owner_id', 'date'])
      .execute();

    await db.schema
      .createTable('accomplishment_people')
      .addColumn('accomplishment_id', 'text', (c) =>
        c.notNull().references('accomplishments.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('accomplishment_people_pk', [
        'accomplishment_id',
        'person_id',
        'role',
      ])
      .execute();
    await db.schema
      .createIndex('accomplishment_people_person')
      .on('accomplishment_people')
      .column('person_id')
      .execute();

    await db.schema
      .createTable('flex_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('flex_entries_owner_date')
      .on('flex_entries')
      .columns(['owner_id', 'date'])
      .execute();

    await db.schema
      .createTable('status_updates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period_start', 'text', (c) => c.notNull())
      .addColumn('period_end', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('markdown', 'text', (c) => c.notNull())
      .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('status_updates_owner_created')
      .on('status_updates')
      .columns(['owner_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('revisit_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('proposals_owner').on('proposals').column('owner_id').execute();

    // A scheduled piece of work claims its key here first; the unique key makes it run once
    // however many server instances try at the same moment.
    await db.schema
      .createTable('job_runs')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('ran_at', 'text', (c) => c.notNull())
      .execute();
  },
};
