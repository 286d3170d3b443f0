// A birthday (or any yearly date) done or skipped for this occurrence, on SQLite and PostgreSQL:
// it leaves Today at once (the data_version triggers reach Today's cache), comes back next year,
// survives editing the person, and a call logged on the day clears it too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('date occurrences on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  beforeEach(async () => {
    token = undefined;
    db = await createTestDatabase(dialect);
    // Monday 23 November 2026, 10:00 in Berlin.
    now = new Date('2026-11-23T09:00:00Z');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  let token: string | undefined;
  const tokenOnce = async () => {
    token ??= await api.tokenFor(me);
    return token;
  };
  const addPerson = async (body: BodyOf<'POST', '/api/people'>) => {
    const response = await api.call('POST', '/api/people', { session: me, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.person;
  };
  // A token, not the session: the clock moves a year on, past the session's life.
  const dateTitles = async () =>
    (await api.call('GET', '/api/today', { token: await tokenOnce() })).body.items
      .filter((item) => item.kind === 'date')
      .map((item) => item.title);

  it('marks today’s birthday done: gone from Today, back next year', async () => {
    const ann = await addPerson({ name: 'Ann', birthday: '11-23' });
    const items = (await api.call('GET', '/api/today', { session: me })).body.items;
    const item = items.find((i) => i.kind === 'date')!;
    expect(item.title).toBe('Wish Ann a happy birthday');
    expect(item.refId).toBe(ann.dates[0]!.id);

    const done = await api.call('POST', `/api/dates/${item.refId}/done`, { session: me });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      personName: 'Ann',
      occurrence: '2026-11-23',
      date: { id: item.refId, handledOn: '2026-11-23', handledAs: 'done' },
    });
    expect(await dateTitles()).toEqual([]);

    // Editing the person (same birthday) keeps it handled.
    const edited = await api.call('PATCH', `/api/people/${ann.id}`, {
      session: me,
      body: { notes: 'likes tea', birthday: '11-23' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.person.dates[0]).toMatchObject({ handledOn: '2026-11-23' });
    expect(await dateTitles()).toEqual([]);

    now = new Date('2027-11-23T09:00:00Z');
    expect(await dateTitles()).toEqual(['Wish Ann a happy birthday']);
  });

  it('skips an upcoming date for this year only', async () => {
    const bo = await addPerson({ name: 'Bo', birthday: '11-26' });
    expect(await dateTitles()).toEqual(["Bo's birthday is coming up"]);
    const skipped = await api.call('POST', `/api/dates/${bo.dates[0]!.id}/skip`, { session: me });
    expect(skipped.status).toBe(200);
    expect(skipped.body.date).toMatchObject({ handledOn: '2026-11-26', handledAs: 'skipped' });
    expect(await dateTitles()).toEqual([]);
    now = new Date('2027-11-22T09:00:00Z');
    expect(await dateTitles()).toEqual(["Bo's birthday is coming up"]);
  });

  it('answers 404 for an unknown id and changes nothing', async () => {
    await addPerson({ name: 'Cy', birthday: '11-23' });
    for (const action of ['done', 'skip']) {
      const response = await api.raw('POST', `/api/dates/nope/${action}`, { session: me });
      expect(response.status).toBe(404);
      expect(response.body.error?.message).toBe('Date not found');
    }
    expect(await dateTitles()).toEqual(['Wish Cy a happy birthday']);
  });

  it('clears today’s birthday once a call with them is logged', async () => {
    const dee = await addPerson({ name: 'Dee', birthday: '11-23' });
    expect(await dateTitles()).toEqual(['Wish Dee a happy birthday']);
    const logged = await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [dee.id], channel: 'call', note: 'Sang happy birthday' },
    });
    expect(logged.status).toBe(201);
    expect(await dateTitles()).toEqual([]);
  });
});
