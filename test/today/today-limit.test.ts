// How many cards Today shows is the user's choice (3–30); bad values are refused and change
// nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('the Today limit on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  // Wednesday 2 December 2026, 10:00 in Berlin: a working day.
  const now = new Date('2026-12-02T09:00:00Z');

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
    for (let i = 0; i < 12; i++) {
      const person = await api.call('POST', '/api/people', {
        session: me,
        body: { name: `Friend ${i}`, kind: 'friend', cadenceDays: 7 },
      });
      await api.call('POST', '/api/interactions', {
        session: me,
        body: {
          personIds: [person.body.person.id],
          channel: 'call',
          at: new Date(now.getTime() - (10 + i) * 86_400_000).toISOString(),
        },
      });
    }
  });
  afterEach(() => db.dispose());

  const today = async () => (await api.call('GET', '/api/today', { session: me })).body;
  // Raw: the limits out of range are part of the test.
  const setLimit = (todayLimit: unknown) =>
    api.raw('PATCH', '/api/me/preferences', { session: me, body: { todayLimit } });

  it('shows 7 cards by default, and as many as the user chose', async () => {
    const before = await today();
    expect(before.cards).toHaveLength(7);
    expect(before.more).toBe(5);
    expect(before.items).toHaveLength(12);

    const changed = await setLimit(3);
    expect(changed.status).toBe(200);
    expect(changed.body.preferences.todayLimit).toBe(3);
    const after = await today();
    expect(after.cards.map((card: { key: string }) => card.key)).toEqual(
      before.cards.slice(0, 3).map((card: { key: string }) => card.key),
    );
    expect(after.later).toHaveLength(9);
  });

  it('refuses a limit out of range, and keeps the one it had', async () => {
    for (const bad of [2, 31, 7.5, '7']) {
      const response = await setLimit(bad);
      expect(response.status).toBe(400);
      expect(response.body.error?.message).toMatch(/todayLimit|number/i);
    }
    const read = await api.call('GET', '/api/me/preferences', { session: me });
    expect(read.body.preferences.todayLimit).toBe(7);
    expect((await today()).cards).toHaveLength(7);
  });
});
