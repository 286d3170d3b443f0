import type { Migration } from './migration';

/**
 * A person's named office ("Berlin HQ"), next to their city: two colleagues in the same city
 * may work from different offices, and the office-day planner proposes only those the user
 * would meet when the user's own office has a name.
 */
export const personOffice: Migration = {
  name: '0014-person-office',
  async up(db) {
    await db.schema.alterTable('people').addColumn('office', 'text').execute();
  },
};
