import type { Migration } from './migration';

/**
 * Accounts at an OpenID provider that sign in to a Rapport account: the provider's issuer and
 * its stable subject id (`sub`) name one person there, whatever their e-mail becomes. The e-mail
 * is the one the provider gave when the link was made, shown to the user.
 */
export const oidcIdentities: Migration = {
  name: '0023-oidc-identities',
  async up(db) {
    await db.schema
      .createTable('oidc_identities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('issuer', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('oidc_identities_issuer_subject', ['issuer', 'subject'])
      .execute();
    await db.schema
      .createIndex('oidc_identities_user')
      .on('oidc_identities')
      .column('user_id')
      .execute();
  },
};
