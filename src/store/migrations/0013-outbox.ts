import type { Migration } from './migration';

/**
 * The outbox: a message a scheduled job decided to send, written in the same transaction as the
 * job's claim, and delivered by the sender (app/outbox). `channel` says how ('email', 'slack';
 * 'push' later), `recipient` where (addresses as JSON, or a workspace id for Slack), `payload`
 * what (JSON). A sender leases a row (`leased_until`) before sending, so a row whose sender died
 * is taken again once the lease runs out; `message_id` stays the same across attempts so the
 * receiving side can recognise a retry. Failures back off (`next_attempt_at`) and keep
 * `last_error`; `status` is pending, sent, or failed (gave up). A message may wait for its time
 * (`next_attempt_at` in the future: team mail held for the recipient's working hours), and
 * `topic` groups what can be withdrawn together (`team:<workspace id>` when a member leaves).
 */
export const outbox: Migration = {
  name: '0013-outbox',
  async up(db) {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('topic', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('leased_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema
      .createIndex('outbox_due')
      .on('outbox')
      .columns(['status', 'next_attempt_at'])
      .execute();
  },
};
