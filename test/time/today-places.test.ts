// What time and place add to Today: reach-out windows, visits, routines, trips, end of day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('Today with time and place on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  // Today is read with a token: these tests move the clock past a session's 7-day idle limit.
  let token: string;
  let now: Date;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-24T08:00:00Z'); // Tuesday 09:00 in Berlin
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
    token = await api.tokenFor(me);
  });
  afterEach(() => db.dispose());

  const items = async () => (await api.call('GET', '/api/today', { token })).body.items;
  const add = async (body: BodyOf<'POST', '/api/people'>) =>
    (await api.call('POST', '/api/people', { session: me, body })).body.person;

  it('says when a due person in another zone can be reached', async () => {
    // New York works 09:00–17:00 there: 15:00–17:00 in Berlin overlaps the user's 09:00–17:00.
    const bo = await add({ name: 'Bo', timeZone: 'America/New_York', cadenceDays: 7 });
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [bo.id], channel: 'call', at: '2026-11-10T15:00:00Z' },
    });
    const due = (await items()).find((i) => i.kind === 'due');
    expect(due?.window?.text).toBe('Best between 15:00 and 17:00 your time');
    // Kolkata (+05:30) works 09:00–17:00 there = 04:30–12:30 in Berlin: now is inside it.
    const ravi = await add({ name: 'Ravi', timeZone: 'Asia/Kolkata', cadenceDays: 7 });
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [ravi.id], channel: 'call', at: '2026-11-10T08:00:00Z' },
    });
    const raviItem = (await items()).find((i) => i.person.id === ravi.id);
    expect(raviItem?.window?.text).toBe('Best between 09:00 and 12:30 your time');
  });

  it('shows today’s office visit, household routine and an upcoming trip', async () => {
    const bo = await add({ name: 'Bo', city: 'Lisbon' });
    const pixel = await add({ name: 'Pixel', kind: 'pet' });
    await api.call('POST', '/api/routines', {
      session: me,
      body: {
        kind: 'visit',
        title: 'Office',
        rule: 'every second tuesday',
        personIds: [bo.id],
        start: '2026-11-10',
      },
    });
    await api.call('POST', '/api/routines', {
      session: me,
      body: {
        kind: 'routine',
        title: 'Walk Pixel',
        rule: 'weekdays at 12:30',
        personIds: [pixel.id],
        assignee: 'me',
      },
    });
    await api.call('POST', '/api/trips', {
      session: me,
      body: { city: 'lisbon', zone: 'Europe/Lisbon', from: '2026-11-27', to: '2026-11-29' },
    });
    const byKind = Object.fromEntries((await items()).map((i) => [i.kind, i]));
    expect(byKind.visit?.why).toBe('You planned to see Bo');
    expect(byKind.routine?.title).toBe('Walk Pixel at 12:30');
    expect(byKind.routine?.why).toBe('Your turn today');
    expect(byKind.trip?.why).toMatch(/^Bo lives there/);
    // A week later the fortnightly visit is not on.
    now = new Date('2026-12-01T08:00:00Z');
    expect((await items()).map((i) => i.kind)).not.toContain('visit');
  });

  it('prompts to wrap up in the last minutes of the working day', async () => {
    now = new Date('2026-11-24T15:50:00Z'); // 16:50 in Berlin
    const kinds = (await items()).map((i) => i.kind);
    expect(kinds).toContain('end-of-day');
    now = new Date('2026-11-24T13:00:00Z');
    expect((await items()).map((i) => i.kind)).not.toContain('end-of-day');
  });
});
