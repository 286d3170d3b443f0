import type { Migration } from './migration';

/**
 * Capture: sources (calendars, mailboxes, repositories) a user connects, and what Rapport keeps
 * of what it read there: only who, when, how, direction and external ids (subjects only when the
 * user turned them on), never a body. Captured interactions carry their source and external id,
 * so a second sync changes nothing and removing a source can take back what it captured.
 *
 * - `sources`: settings as JSON without secrets; `credentials` sealed (AES-256-GCM); `cursor`
 *   opaque to the app; scheduling (`next_sync_at`, `failures`, `failing_since`) and a lease
 *   (`lease_until`) so one instance syncs a source at a time across a fleet.
 * - `capture_noticed`: the review inbox ("Rapport noticed"); rows stay after accept/ignore so a
 *   re-sync does not bring an ignored item back.
 * - `capture_seen`: a person was in a large meeting (seen, without restarting the cadence).
 * - `capture_threads`: mail threads in which a kept person awaits the user's answer.
 * - `capture_pending_events`: occurrences that have not ended yet, captured once they have.
 * - `capture_unknowns` / `capture_sightings`: addresses seen that match nobody kept.
 * - `capture_ignored_people`: "never from this person".
 */
export const capture: Migration = {
  name: '0016-capture',
  async up(db) {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('keep_subjects', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('large_meeting_size', 'integer', (c) => c.notNull().defaultTo(8))
      .addColumn('count_large_meetings', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reach_back_months', 'integer', (c) => c.notNull().defaultTo(12))
      .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(15))
      .addColumn('reply_delay_hours', 'integer', (c) => c.notNull().defaultTo(24))
      .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('credentials', 'text')
      .addColumn('cursor', 'text')
      .addColumn('window_from', 'text', (c) => c.notNull())
      .addColumn('last_sync_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('failing_since', 'text')
      .addColumn('next_sync_at', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lease_until', 'text')
      .addColumn('seen_last', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('captured_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sources_owner').on('sources').column('owner_id').execute();
    await db.schema
      .createIndex('sources_due')
      .on('sources')
      .columns(['paused', 'next_sync_at'])
      .execute();

    // Typed interactions keep nulls here; nulls never collide in a unique index on either database.
    await db.schema.alterTable('interactions').addColumn('source_id', 'text').execute();
    await db.schema.alterTable('interactions').addColumn('external_id', 'text').execute();
    await db.schema.alterTable('interactions').addColumn('object_key', 'text').execute();
    await db.schema
      .createIndex('interactions_captured')
      .on('interactions')
      .columns(['owner_id', 'source_id', 'external_id'])
      .unique()
      .execute();
    await db.schema.alterTable('person_items').addColumn('source_id', 'text').execute();
    await db.schema.alterTable('person_items').addColumn('external_id', 'text').execute();

    await db.schema
      .createTable('capture_noticed')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('object_key', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('initiator', 'text', (c) => c.notNull())
      .addColumn('seen_only', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('subject', 'text')
      .addColumn('person_ids', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('capture_noticed_external')
      .on('capture_noticed')
      .columns(['source_id', 'external_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('capture_noticed_owner_state')
      .on('capture_noticed')
      .columns(['owner_id', 'state'])
      .execute();

    await db.schema
      .createTable('capture_seen')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('object_key', 'text')
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('capture_seen_pk', ['source_id', 'external_id', 'person_id'])
      .execute();
    await db.schema
      .createIndex('capture_seen_person')
      .on('capture_seen')
      .columns(['person_id', 'at'])
      .execute();

    await db.schema
      .createTable('capture_threads')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('thread_key', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('message_ids', 'text', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('item_id', 'text')
      .addPrimaryKeyConstraint('capture_threads_pk', ['source_id', 'thread_key', 'person_id'])
      .execute();

    await db.schema
      .createTable('capture_pending_events')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('object_key', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('capture_pending_events_pk', ['source_id', 'external_id'])
      .execute();

    await db.schema
      .createTable('capture_unknowns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('dismissed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('capture_unknowns_email')
      .on('capture_unknowns')
      .columns(['owner_id', 'email'])
      .unique()
      .execute();
    await db.schema
      .createTable('capture_sightings')
      .addColumn('unknown_id', 'text', (c) =>
        c.notNull().references('capture_unknowns.id').onDelete('cascade'),
      )
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('conversation_key', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('capture_sightings_pk', ['unknown_id', 'conversation_key'])
      .execute();

    await db.schema
      .createTable('capture_ignored_people')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('capture_ignored_people_pk', ['owner_id', 'person_id'])
      .execute();
  },
};
