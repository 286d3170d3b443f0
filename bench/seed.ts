// Seeding for benchmarks: one user with N people (a tenth of them key, half with a birthday),
// M interactions spread over two years, and 200 open or done items, written in batches.
import type { Store } from '../src/store/database';
import { newId } from '../src/store/ids';

/** The instant the seeded data is relative to. */
export const SEED_NOW = new Date('2026-11-23T08:00:00Z');
const NOW = SEED_NOW;
const KINDS = [
  'coworker',
  'coworker',
  'coworker',
  'manager',
  'report',
  'network',
  'friend',
  'family',
];
const FACTS = [
  'dog: Pixel',
  'training for a half-marathon',
  'ask me about: sourdough',
  'two kids',
  'climbs on weekends',
];

/** Seeds one user; returns its id. */
export async function seedUser(store: Store, people: number, interactions: number, label: string) {
  const userId = newId();
  const iso = NOW.toISOString();
  await store.db
    .insertInto('users')
    .values({
      id: userId,
      email: `${label}@example.com`,
      email_key: `${label}@example.com`,
      display_name: label,
      time_zone: 'Europe/Berlin',
      working_hours: '{}',
      role: 'member',
      password_hash: 'x',
      preferences: '{}',
      data_version: 0,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
  const personIds = Array.from({ length: people }, () => newId());
  const last = new Map<string, { id: string; at: string; note: string | null; count: number }>();
  await store.db.transaction().execute(async (trx) => {
    const personRows = personIds.map((id, i) => ({
      id,
      owner_id: userId,
      name: `Person ${label} ${i}`,
      name_key: `person ${label} ${i}`,
      kind: KINDS[i % KINDS.length]!,
      is_key: i % 10 === 0 ? 1 : 0,
      team: `team ${i % 12}`,
      company: null,
      title: null,
      email: null,
      phone: null,
      city: null,
      country: null,
      time_zone: ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland'][i % 4]!,
      working_hours: null,
      tags: '[]',
      facts: JSON.stringify(FACTS.slice(0, (i % 4) + 1)),
      links: '[]',
      notes: null,
      cadence_days: null,
      snoozed_until: null,
      paused: 0,
      last_interaction_id: null,
      last_interaction_at: null,
      last_note: null,
      last_about: null,
      last_initiator: null,
      interaction_count: 0,
      office_days: '[]',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: iso,
    }));
    for (let i = 0; i < personRows.length; i += 500) {
      await trx
        .insertInto('people')
        .values(personRows.slice(i, i + 500))
        .execute();
    }
    const dates = personIds
      .filter((_, i) => i % 2 === 0)
      .map((personId, i) => ({
        id: newId(),
        owner_id: userId,
        person_id: personId,
        type: 'birthday',
        label: null,
        month: (i % 12) + 1,
        day: (i % 28) + 1,
        year: i % 3 ? 1985 + (i % 20) : null,
      }));
    for (let i = 0; i < dates.length; i += 500)
      await trx
        .insertInto('person_dates')
        .values(dates.slice(i, i + 500))
        .execute();

    for (let i = 0; i < interactions; i += 1000) {
      const batch = [];
      const links = [];
      for (let j = i; j < Math.min(i + 1000, interactions); j++) {
        const id = newId();
        const personId = personIds[(j * 7919) % people]!;
        const at = new Date(NOW.getTime() - ((j * 104729) % (730 * 86_400)) * 1000).toISOString();
        batch.push({
          id,
          owner_id: userId,
          at,
          channel: 'call',
          initiator: 'me',
          about: j % 3 ? 'work' : 'both',
          note: j % 5 ? null : 'Talked about the launch next week',
          created_at: at,
          updated_at: at,
        });
        links.push({ interaction_id: id, person_id: personId, owner_id: userId, at });
        const seen = last.get(personId);
        const note = batch.at(-1)!.note;
        if (!seen || seen.at < at)
          last.set(personId, { id, at, note, count: (seen?.count ?? 0) + 1 });
        else seen.count += 1;
      }
      await trx.insertInto('interactions').values(batch).execute();
      await trx.insertInto('interaction_people').values(links).execute();
    }
    for (const [personId, info] of last) {
      await trx
        .updateTable('people')
        .set({
          last_interaction_id: info.id,
          last_interaction_at: info.at,
          last_note: info.note,
          last_about: 'work',
          last_initiator: 'me',
          interaction_count: info.count,
        })
        .where('id', '=', personId)
        .execute();
    }
    const items = personIds.slice(0, 200).map((personId, i) => ({
      id: newId(),
      owner_id: userId,
      person_id: personId,
      type: ['reply', 'promise', 'event', 'favor'][i % 4]!,
      text: 'the deck',
      kind: i % 4 === 2 ? 'promotion' : null,
      direction: null,
      date: i % 4 === 0 ? '2026-11-20T10:00:00.000Z' : '2026-11-25',
      done_at: i % 3 ? null : iso,
      created_at: iso,
      updated_at: iso,
    }));
    await trx.insertInto('person_items').values(items).execute();
  });
  return userId;
}
