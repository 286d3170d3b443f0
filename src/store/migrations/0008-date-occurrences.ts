import type { Migration } from './migration';

/**
 * A yearly date's occurrence can be marked done (greeted) or skipped for this year: `handled_on`
 * is the occurrence (YYYY-MM-DD, the person's calendar) and `handled_as` says which ('done' or
 * 'skipped'). Only that occurrence leaves Today; next year's comes back by itself, so one
 * column pair is enough and there is no history to prune. The update triggers of 0002 already
 * bump the owner's data_version on any change to person_dates, so Today's cache sees it.
 */
export const dateOccurrences: Migration = {
  name: '0008-date-occurrences',
  async up(db) {
    await db.schema.alterTable('person_dates').addColumn('handled_on', 'text').execute();
    await db.schema.alterTable('person_dates').addColumn('handled_as', 'text').execute();
  },
};
