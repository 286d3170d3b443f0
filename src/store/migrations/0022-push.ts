import type { Migration } from './migration';

/**
 * Web Push. `push_subscriptions`: one row per browser (device) a user subscribed, with the push
 * service's endpoint and the browser's keys (p256dh, auth) that encrypt each message, a name the
 * user gave the device, and when the last push went to it. An endpoint belongs to one browser, so
 * it is unique: subscribing it again (another sign-in on the same phone) moves it.
 * `push_nudges`: what was pushed to a user on their day (card key), so an item is pushed at most
 * once a day and the day's count is known on every instance.
 * `server_keys`: keys the whole fleet must share and no operator set (the VAPID key pair on
 * PostgreSQL), sealed under RAPPORT_SECRET; the first instance to insert one wins.
 */
export const push: Migration = {
  name: '0022-push',
  async up(db) {
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('endpoint', 'text', (c) => c.notNull().unique())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('device_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_push_at', 'text')
      .execute();
    await db.schema
      .createIndex('push_subscriptions_owner')
      .on('push_subscriptions')
      .column('owner_id')
      .execute();
    await db.schema
      .createTable('push_nudges')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('card_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('push_nudges_pk', ['owner_id', 'day', 'card_key'])
      .execute();
    await db.schema
      .createTable('server_keys')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
