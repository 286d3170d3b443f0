// Archiving a person by hand, through the API on SQLite and PostgreSQL: they leave the People
// list, Today (reach-outs, dates, items), the items list, search and capture's address index, and
// everything about them stays on their own page until they are restored. Another user can
// neither archive nor restore them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const DAY = 86_400_000;

describe.each(dialects())('archived people on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  const now = new Date('2026-11-23T16:00:00Z');
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  const names = async (archived?: 'true' | 'all') =>
    (
      await api.call('GET', archived ? `/api/people?archived=${archived}` : '/api/people', {
        session: me,
      })
    ).body.people.map((p) => p.name);
  const todayNames = async () =>
    (await api.call('GET', '/api/today', { session: me })).body.items.map((i) => i.person?.name);

  /** Someone overdue, with a birthday today, a promise and a searchable note. */
  async function addDue(name: string) {
    const added = await api.call('POST', '/api/people', {
      session: me,
      body: {
        name,
        cadenceDays: 7,
        email: `${name.toLowerCase()}@example.com`,
        notes: `Met ${name} at the harbour festival`,
        birthday: '1990-11-23',
      },
    });
    expect(added.status).toBe(201);
    const id = added.body.person.id;
    const at = new Date(now.getTime() - 30 * DAY).toISOString();
    expect(
      (
        await api.call('POST', '/api/interactions', {
          session: me,
          body: { personIds: [id], channel: 'call', at },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api.call('POST', '/api/promises', {
          session: me,
          body: { personId: id, text: 'the deck', due: '2026-11-22' },
        })
      ).status,
    ).toBe(201);
    return id;
  }

  it('hides an archived person everywhere but their own page, and restores them', async () => {
    const ada = await addDue('Ada');
    await addDue('Bo');
    expect(await todayNames()).toContain('Ada');

    const archived = await api.call('POST', `/api/people/${ada}/archive`, { session: me });
    expect(archived.status).toBe(200);
    expect(archived.body.person.archivedAt).toBe(now.toISOString());

    expect(await names()).toEqual(['Bo']);
    expect(await names('true')).toEqual(['Ada']);
    expect(await names('all')).toEqual(['Ada', 'Bo']);
    expect(await todayNames()).not.toContain('Ada');
    expect(await todayNames()).toContain('Bo');
    const items = (await api.call('GET', '/api/items', { session: me })).body.items;
    expect(items.map((i) => i.personName)).toEqual(['Bo']);
    const hits = (await api.call('GET', '/api/search?q=harbour', { session: me })).body.results;
    expect(hits.map((h) => h.personName)).toEqual(['Bo']);
    const all = (
      await api.call('GET', '/api/search?q=harbour&includeArchived=true', { session: me })
    ).body.results;
    expect(all.map((h) => h.personName).sort()).toEqual(['Ada', 'Bo']);
    const index = await api.ctx.repos.people.emailIndex(me.userId);
    expect([...index.keys()]).toEqual(['bo@example.com']);

    // Their own page still has everything.
    const page = (await api.call('GET', `/api/people/${ada}`, { session: me })).body.person;
    expect(page).toMatchObject({ name: 'Ada', archivedAt: now.toISOString(), interactionCount: 1 });
    expect(page.notes).toContain('harbour festival');
    const timeline = (await api.call('GET', `/api/people/${ada}/timeline`, { session: me })).body;
    expect(timeline.items.map((i) => i.text)).toEqual(['the deck']);
    expect(timeline.interactions).toHaveLength(1);

    // Archiving again keeps the first date; restoring brings them back everywhere.
    expect(
      (await api.call('POST', `/api/people/${ada}/archive`, { session: me })).body.person
        .archivedAt,
    ).toBe(now.toISOString());
    const restored = await api.call('POST', `/api/people/${ada}/restore`, { session: me });
    expect(restored.status).toBe(200);
    expect(restored.body.person.archivedAt).toBeNull();
    expect(await names()).toEqual(['Ada', 'Bo']);
    expect(await names('true')).toEqual([]);
    expect(await todayNames()).toContain('Ada');
    expect(
      (await api.call('GET', '/api/search?q=harbour', { session: me })).body.results,
    ).toHaveLength(2);
  });

  it('refuses a bad filter and an unknown person, changing nothing', async () => {
    const ada = await addDue('Ada');
    const bad = await api.raw('GET', '/api/people?archived=maybe', { session: me });
    expect(bad.status).toBe(400);
    expect((await api.call('POST', '/api/people/nobody/archive', { session: me })).status).toBe(
      404,
    );
    expect((await api.call('POST', '/api/people/nobody/restore', { session: me })).status).toBe(
      404,
    );
    expect(await names()).toEqual(['Ada']);
    expect(
      (await api.call('GET', `/api/people/${ada}`, { session: me })).body.person.archivedAt,
    ).toBeNull();
  });

  it('lets no other user archive, restore or list someone else’s people', async () => {
    const ada = await addDue('Ada');
    const other = await api.addMember(me);
    expect((await api.call('POST', `/api/people/${ada}/archive`, { session: other })).status).toBe(
      404,
    );
    expect(await names()).toEqual(['Ada']);

    await api.call('POST', `/api/people/${ada}/archive`, { session: me });
    expect((await api.call('POST', `/api/people/${ada}/restore`, { session: other })).status).toBe(
      404,
    );
    expect(await names('true')).toEqual(['Ada']);
    const theirs = await api.call('GET', '/api/people?archived=true', { session: other });
    expect(theirs.body.people).toEqual([]);
  });
});
