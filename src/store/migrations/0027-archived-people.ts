import type { Migration } from './migration';

/** The tag and pause the address-book sync used to stand for "archived" before this column. */
const OLD_ARCHIVED_TAG = 'archived';

/**
 * People really archived: `people.archived_at` (null: kept in touch with) hides a person from the
 * People list, Today, search and capture while keeping everything known about them.
 *
 * Until now a card deleted on the phone paused its person, appended the tag `archived` and kept
 * the pause as it was in `contact_sync_links.was_paused`. Those people move to the new state:
 * archived since their card went (the earliest, when several address books lost it), paused as
 * they were before (the earliest link recorded it; a later one saw the sync's own pause), and
 * the tag dropped only where the sync put it — last in the list, as it appended it; a tag the
 * user had placed elsewhere stays. `was_paused` is then spent: the sync no longer pauses anyone.
 */
export const archivedPeople: Migration = {
  name: '0027-archived-people',
  async up(db) {
    await db.schema.alterTable('people').addColumn('archived_at', 'text').execute();

    const links: { person_id: string; removed_at: string; was_paused: number | null }[] = await db
      .selectFrom('contact_sync_links')
      .select(['person_id', 'removed_at', 'was_paused'])
      .where('removed_at', 'is not', null)
      .orderBy('removed_at')
      .execute();
    const earliest = new Map<string, (typeof links)[number]>();
    for (const link of links) if (!earliest.has(link.person_id)) earliest.set(link.person_id, link);

    for (const link of earliest.values()) {
      const person: { tags: string; paused: number } | undefined = await db
        .selectFrom('people')
        .select(['tags', 'paused'])
        .where('id', '=', link.person_id)
        .executeTakeFirst();
      if (!person) continue;
      const tags: string[] = JSON.parse(person.tags || '[]');
      const keptTags = tags.at(-1) === OLD_ARCHIVED_TAG ? tags.slice(0, -1) : tags;
      await db
        .updateTable('people')
        .set({
          archived_at: link.removed_at,
          paused: link.was_paused === null ? person.paused : Number(link.was_paused),
          tags: JSON.stringify(keptTags),
        })
        .where('id', '=', link.person_id)
        .execute();
    }
    await db
      .updateTable('contact_sync_links')
      .set({ was_paused: null })
      .where('removed_at', 'is not', null)
      .execute();
    await db.schema
      .createIndex('people_owner_archived')
      .on('people')
      .columns(['owner_id', 'archived_at'])
      .execute();
  },
};
