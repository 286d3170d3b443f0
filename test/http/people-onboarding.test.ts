// Honest onboarding, bulk changes and replies closed by a logged conversation, through the API
// on SQLite and PostgreSQL: "new" is what the user says, a last-talked estimate is kept until a
// real conversation replaces it, bulk changes are all or nothing and owner-scoped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('people onboarding and bulk changes on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let other: Session;
  // 23:30 UTC is already the next day in Auckland, the user's zone.
  const now = new Date('2026-11-23T23:30:00Z');

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Pacific/Auckland' });
    other = await api.addMember(me);
  });
  afterAll(() => db.dispose());

  const add = async (body: BodyOf<'POST', '/api/people'>, session = me) => {
    const response = await api.call('POST', '/api/people', { session, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.person;
  };
  const get = async (id: string, session = me) =>
    (await api.call('GET', `/api/people/${id}`, { session })).body.person;
  // Raw: some of the bodies are the bad requests the route must refuse.
  const bulk = (body: unknown, session = me) =>
    api.raw('POST', '/api/people/bulk', { session, body });

  it('marks a person new from the user’s today, and only when asked', async () => {
    const plain = await add({ name: 'Plain Person', kind: 'coworker' });
    expect(plain).toMatchObject({ newSince: null, lastTalkedEstimate: null });
    const hire = await add({ name: 'New Hire', kind: 'coworker', isNew: true });
    expect(hire.newSince).toBe('2026-11-24');

    const again = await api.call('PATCH', `/api/people/${hire.id}`, {
      session: me,
      body: { isNew: true },
    });
    expect(again.body.person.newSince).toBe('2026-11-24');
    const ended = await api.call('PATCH', `/api/people/${hire.id}`, {
      session: me,
      body: { isNew: false },
    });
    expect(ended.body.person.newSince).toBeNull();
  });

  it('keeps a last-talked estimate until a conversation is logged, and refuses one ahead', async () => {
    const ana = await add({ name: 'Ana Estimate', lastTalkedEstimate: '2026-10-30' });
    expect(ana.lastTalkedEstimate).toBe('2026-10-30');
    for (const bad of ['2026-11-25', '2026-02-30', 'last week', 20261030]) {
      const refused = await api.raw('PATCH', `/api/people/${ana.id}`, {
        session: me,
        body: { lastTalkedEstimate: bad },
      });
      expect(refused.status, String(bad)).toBe(400);
    }
    expect((await get(ana.id)).lastTalkedEstimate).toBe('2026-10-30');
    // Today in Auckland is the 24th: an estimate of "today" is fine.
    const today = await api.call('PATCH', `/api/people/${ana.id}`, {
      session: me,
      body: { lastTalkedEstimate: '2026-11-24' },
    });
    expect(today.status).toBe(200);

    const logged = await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [ana.id], channel: 'call' },
    });
    expect(logged.status).toBe(201);
    expect(logged.body.closed).toEqual([]);
    const after = await get(ana.id);
    expect(after.lastTalkedEstimate).toBeNull();
    expect(after.lastInteractionAt).toBe(now.toISOString());
  });

  it('changes many people in one request and says how many changed', async () => {
    const a = await add({ name: 'Bulk A', kind: 'other', tags: ['conf'] });
    const b = await add({ name: 'Bulk B', kind: 'friend', tags: ['Conf', 'x'] });
    const c = await add({ name: 'Bulk C', kind: 'coworker', cadenceDays: 30 });
    const response = await bulk({
      ids: [a.id, b.id, c.id],
      set: { kind: 'coworker', cadenceDays: 14, paused: true, isNew: true },
      addTags: ['berlin'],
      removeTags: ['conf'],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ changed: 3, deleted: 0 });
    for (const id of [a.id, b.id, c.id]) {
      expect(await get(id)).toMatchObject({
        kind: 'coworker',
        cadenceOverride: 14,
        paused: true,
        newSince: '2026-11-24',
      });
    }
    expect((await get(a.id)).tags).toEqual(['berlin']);
    expect((await get(b.id)).tags).toEqual(['x', 'berlin']);
    // The tag search finds them by the new tag.
    const tagged = await api.call('GET', '/api/people?tag=berlin', { session: me });
    expect(tagged.body.people).toHaveLength(3);

    const resumed = await bulk({ ids: [a.id, b.id], set: { paused: false, cadenceDays: null } });
    expect(resumed.body.changed).toBe(2);
    expect(await get(a.id)).toMatchObject({ paused: false, cadenceOverride: null });
    const noop = await bulk({ ids: [a.id], set: { paused: false } });
    expect(noop.body.changed).toBe(0);
  });

  it('changes nothing when one id is another user’s, or the request is bad', async () => {
    const mine = await add({ name: 'Mine Only', kind: 'friend' });
    const theirs = await add({ name: 'Theirs', kind: 'friend' }, other);
    const refused = await bulk({ ids: [mine.id, theirs.id], set: { kind: 'family' } });
    expect(refused.status).toBe(404);
    expect((await get(mine.id)).kind).toBe('friend');
    const gone = await bulk({ ids: [mine.id, theirs.id], delete: true });
    expect(gone.status).toBe(404);
    expect(await get(mine.id)).toBeTruthy();
    expect((await get(theirs.id, other)).kind).toBe('friend');

    const bad: unknown[] = [
      { ids: [], set: { kind: 'family' } },
      { ids: [mine.id] },
      { ids: [mine.id], set: { kind: 'alien' } },
      { ids: [mine.id], set: { cadenceDays: 0 } },
      { ids: [mine.id], set: { name: 'x' } },
      { ids: [mine.id], delete: true, set: { paused: true } },
      { ids: 'x' },
      { ids: [mine.id], addTags: [''] },
    ];
    for (const body of bad) {
      const response = await bulk(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await get(mine.id)).kind).toBe('friend');
  });

  it('removes many people with their conversations', async () => {
    const a = await add({ name: 'Gone A' });
    const b = await add({ name: 'Gone B' });
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [a.id, b.id], channel: 'video', note: 'together' },
    });
    const response = await bulk({ ids: [a.id, b.id], delete: true });
    expect(response.body).toMatchObject({ changed: 2, deleted: 2 });
    expect((await api.call('GET', `/api/people/${a.id}`, { session: me })).status).toBe(404);
    const search = await api.call('GET', '/api/search?q=together', { session: me });
    if (search.status === 200) expect(JSON.stringify(search.body)).not.toContain(a.id);
  });

  describe('closing replies owed when a conversation is logged', () => {
    const owe = async (personId: string, text: string, session = me) =>
      (await api.call('POST', '/api/replies', { session, body: { personId, text } })).body.item;
    const openReplies = async (personId: string) =>
      (
        await api.call('GET', `/api/items?type=reply&open=true&personId=${personId}`, {
          session: me,
        })
      ).body.items.map((i: { text: string }) => i.text);
    const log = (body: Partial<BodyOf<'POST', '/api/interactions'>>, session = me) =>
      api.call('POST', '/api/interactions', {
        session,
        body: { channel: 'email', personIds: [], ...body },
      });

    it('closes the replies named, or all of them, and says which', async () => {
      const kim = await add({ name: 'Kim Reply' });
      const lou = await add({ name: 'Lou Reply' });
      const slides = await owe(kim.id, 'the slides');
      await owe(kim.id, 'the budget');
      await owe(lou.id, 'the invite');

      const one = await log({ personIds: [kim.id], closes: [slides.id] });
      expect(one.status, JSON.stringify(one.body)).toBe(201);
      expect(one.body.closed).toEqual([
        { id: slides.id, personId: kim.id, personName: 'Kim Reply', text: 'the slides' },
      ]);
      expect(await openReplies(kim.id)).toEqual(['the budget']);

      const all = await log({ personIds: [kim.id], closesReplies: true });
      expect(all.body.closed.map((c: { text: string }) => c.text)).toEqual(['the budget']);
      expect(await openReplies(kim.id)).toEqual([]);
      // Lou was not in the conversation: still owed.
      expect(await openReplies(lou.id)).toEqual(['the invite']);
      const today = (await api.call('GET', '/api/today', { session: me })).body.items;
      expect(JSON.stringify(today)).not.toContain('the budget');
    });

    it('refuses a reply that is not one owed to the people logged, and logs nothing', async () => {
      const max = await add({ name: 'Max Reply' });
      const ned = await add({ name: 'Ned Reply' });
      const nedsReply = await owe(ned.id, 'the contract');
      const stranger = await add({ name: 'Stranger' }, other);
      const theirs = await owe(stranger.id, 'their reply', other);

      const wrongPerson = await log({ personIds: [max.id], closes: [nedsReply.id] });
      expect(wrongPerson.status).toBe(400);
      expect(wrongPerson.body.error?.message).toMatch(/not an open reply owed/);
      const foreign = await log({ personIds: [max.id], closes: [theirs.id] });
      expect(foreign.status).toBe(404);
      expect((await get(max.id)).interactionCount).toBe(0);
      expect(await openReplies(ned.id)).toEqual(['the contract']);
    });
  });
});
