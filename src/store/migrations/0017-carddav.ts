import type { Migration } from './migration';

/**
 * Two-way CardDAV sync. `contact_sync_accounts`: one address book of the user's (URL, user,
 * sealed password, the chosen book), whether Rapport's new people are pushed to it, the sync
 * cursor (sync-token or ctag, JSON) and how the last sync went. `contact_sync_links`: which
 * person each card is (remote UID, path, etag) and the card as last agreed by both sides (the
 * merge base: contact fields only, never Rapport's private knowledge); `removed_at` is set while
 * the card is gone from the address book and the person archived (`was_paused`: as before).
 * `contact_sync_conflicts`: fields both sides changed, with both values, for the user to see.
 */
export const carddav: Migration = {
  name: '0017-carddav',
  async up(db) {
    await db.schema
      .createTable('contact_sync_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('credentials', 'text', (c) => c.notNull())
      .addColumn('book_url', 'text', (c) => c.notNull())
      .addColumn('book_name', 'text', (c) => c.notNull())
      .addColumn('push_new', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('paused', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cursor', 'text')
      .addColumn('last_sync_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contact_sync_accounts_owner')
      .on('contact_sync_accounts')
      .column('owner_id')
      .execute();

    await db.schema
      .createTable('contact_sync_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('contact_sync_accounts.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('uid', 'text', (c) => c.notNull())
      .addColumn('href', 'text', (c) => c.notNull())
      .addColumn('etag', 'text')
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text')
      .addColumn('was_paused', 'integer')
      .addColumn('synced_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contact_sync_links_account_href')
      .on('contact_sync_links')
      .columns(['account_id', 'href'])
      .unique()
      .execute();
    await db.schema
      .createIndex('contact_sync_links_person')
      .on('contact_sync_links')
      .column('person_id')
      .execute();

    await db.schema
      .createTable('contact_sync_conflicts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) =>
        c.notNull().references('contact_sync_accounts.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('local_value', 'text', (c) => c.notNull())
      .addColumn('remote_value', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('contact_sync_conflicts_owner')
      .on('contact_sync_conflicts')
      .columns(['owner_id', 'created_at'])
      .execute();
  },
};
