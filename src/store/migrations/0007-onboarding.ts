import type { Migration } from './migration';

/**
 * Honest onboarding. `new_since` (YYYY-MM-DD) marks someone new to the user's work life (a new
 * hire, a colleague who just joined): only they get first-contact items. `last_talked_estimate`
 * (YYYY-MM-DD) is the user's guess of the last conversation, given on import or when adding by
 * hand, so cadences start sensibly; the first logged conversation takes its place.
 */
export const onboarding: Migration = {
  name: '0007-onboarding',
  async up(db) {
    await db.schema.alterTable('people').addColumn('new_since', 'text').execute();
    await db.schema.alterTable('people').addColumn('last_talked_estimate', 'text').execute();
  },
};
