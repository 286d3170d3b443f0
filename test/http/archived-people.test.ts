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

  const call = (method: string, path: string, body?: unknown, as = me) =>
    api.untyped(method, path, { session: as, body });
  const names = async (path: string) =>
    ((await call('GET', path)).body.people as { name: string }[]).map((p) => p.name);
  const todayNames = async () =>
    ((await call('GET', '/api/today')).body.items as { person?: { name: string } }[]).map(
      (i) => i.person?.name,
    );

  /** Someone overdue, with a birthday today, a promise and a searchable note. */
  async function addDue(name: string) {
    const added = await call('POST', '/api/people', {
      name,
      cadenceDays: 7,
      email: `${name.toLowerCase()}@example.com`,
      notes: `Met ${name} at the harbour festival`,
      birthday: '1990-11-23',
    });
    expect(added.status).toBe(201);
    const id = added.body.person.id as string;
    const at = new Date(now.getTime() - 30 * DAY).toISOString();
    expect(
      (await call('POST', '/api/interactions', { personIds: [id], channel: 'call', at })).status,
    ).toBe(201);
    expect(
      (await call('POST', '/api/promises', { personId: id, text: 'the deck', due: '2026-11-22' }))
        .status,
    ).toBe(201);
    return id;
  }

  it('hides an archived person everywhere but their own page, and restores them', async () => {
    const ada = await addDue('Ada');
    await addDue('Bo');
    expect(await todayNames()).toContain('Ada');

    const archived = await call('POST', `/api/people/${ada}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.person.archivedAt).toBe(now.toISOString());

    expect(await names('/api/people')).toEqual(['Bo']);
    expect(await names('/api/people?archived=true')).toEqual(['Ada']);
    expect(await names('/api/people?archived=all')).toEqual(['Ada', 'Bo']);
    expect(await todayNames()).not.toContain('Ada');
    expect(await todayNames()).toContain('Bo');
    const items = (await call('GET', '/api/items')).body.items as { personName: string }[];
    expect(items.map((i) => i.personName)).toEqual(['Bo']);
    const hits = (await call('GET', '/api/search?q=harbour')).body.results as {
      personName: string;
    }[];
    expect(hits.map((h) => h.personName)).toEqual(['Bo']);
    const all = (await call('GET', '/api/search?q=harbour&includeArchived=true')).body.results;
    expect(all.map((h: { personName: string }) => h.personName).sort()).toEqual(['Ada', 'Bo']);
    const index = await api.ctx.repos.people.emailIndex(me.userId);
    expect([...index.keys()]).toEqual(['bo@example.com']);

    // Their own page still has everything.
    const page = (await call('GET', `/api/people/${ada}`)).body.person;
    expect(page).toMatchObject({ name: 'Ada', archivedAt: now.toISOString(), interactionCount: 1 });
    expect(page.notes).toContain('harbour festival');
    const timeline = (await call('GET', `/api/people/${ada}/timeline`)).body;
    expect(timeline.items.map((i: { text: string }) => i.text)).toEqual(['the deck']);
    expect(timeline.interactions).toHaveLength(1);

    // Archiving again keeps the first date; restoring brings them back everywhere.
    expect((await call('POST', `/api/people/${ada}/archive`)).body.person.archivedAt).toBe(
      now.toISOString(),
    );
    const restored = await call('POST', `/api/people/${ada}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.person.archivedAt).toBeNull();
    expect(await names('/api/people')).toEqual(['Ada', 'Bo']);
    expect(await names('/api/people?archived=true')).toEqual([]);
    expect(await todayNames()).toContain('Ada');
    expect((await call('GET', '/api/search?q=harbour')).body.results).toHaveLength(2);
  });

  it('refuses a bad filter and an unknown person, changing nothing', async () => {
    const ada = await addDue('Ada');
    const bad = await call('GET', '/api/people?archived=maybe');
    expect(bad.status).toBe(400);
    expect((await call('POST', '/api/people/nobody/archive')).status).toBe(404);
    expect((await call('POST', '/api/people/nobody/restore')).status).toBe(404);
    expect(await names('/api/people')).toEqual(['Ada']);
    expect((await call('GET', `/api/people/${ada}`)).body.person.archivedAt).toBeNull();
  });

  it('lets no other user archive, restore or list someone else’s people', async () => {
    const ada = await addDue('Ada');
    const other = await api.addMember(me);
    expect((await call('POST', `/api/people/${ada}/archive`, undefined, other)).status).toBe(404);
    expect(await names('/api/people')).toEqual(['Ada']);

    await call('POST', `/api/people/${ada}/archive`);
    expect((await call('POST', `/api/people/${ada}/restore`, undefined, other)).status).toBe(404);
    expect(await names('/api/people?archived=true')).toEqual(['Ada']);
    const theirs = await call('GET', '/api/people?archived=true', undefined, other);
    expect(theirs.body.people).toEqual([]);
  });
});
