// Sessions end: an absolute lifetime from sign-in and an idle limit, and their owner can see
// them by device and sign out any one of them. On SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDevice } from '../../src/app/sessions/device';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const DAY = 24 * 3600_000;
const FIREFOX_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

describe('describeDevice', () => {
  it('names session and system', () => {
    expect(describeDevice(FIREFOX_MAC)).toBe('Firefox on macOS');
    expect(describeDevice(SAFARI_IPHONE)).toBe('Safari on iPhone');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
      ),
    ).toBe('Edge on Windows');
    expect(describeDevice(null)).toBe('Unknown device');
  });
});

describe.each(dialects())('session lifetime on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let now: number;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = Date.parse('2026-03-02T09:00:00Z');
    api = testApi(db, { now: () => new Date(now) });
  });
  afterEach(() => db.dispose());

  const me = (session: Session) => api.call('GET', '/api/me', { session });
  const signIn = async (owner: Session, userAgent: string): Promise<Session> => {
    const response = await api.call('POST', '/api/auth/signin', {
      body: { email: owner.email, password: owner.password },
      headers: { 'user-agent': userAgent },
    });
    expect(response.status).toBe(200);
    const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie')!)![1]!;
    return { ...owner, cookie, csrfToken: response.body.csrfToken };
  };

  it('ends a session used every day after 30 days, and an unused one after 7', async () => {
    const owner = await api.setupOwner();
    const daily = await signIn(owner, FIREFOX_MAC);
    const idle = await signIn(owner, SAFARI_IPHONE);
    for (let day = 1; day <= 29; day++) {
      now += DAY;
      expect((await me(daily)).status, `day ${day}`).toBe(200);
      if (day === 6) expect((await me(idle)).status).toBe(200);
    }
    // Day 29: idle since day 6, past its 7 idle days.
    expect((await me(idle)).status).toBe(401);
    now += DAY;
    expect((await me(daily)).status).toBe(401);
  });

  it('follows RAPPORT_SESSION_DAYS and RAPPORT_SESSION_IDLE_DAYS', async () => {
    api.ctx.settings.sessionDays = 2;
    api.ctx.settings.sessionIdleDays = 1;
    const owner = await api.setupOwner();
    now += DAY - 60_000;
    expect((await me(owner)).status).toBe(200);
    now += DAY - 60_000;
    expect((await me(owner)).status).toBe(200);
    now += 2 * 60_000;
    expect((await me(owner)).status).toBe(401);
  });

  it('lists sessions by device and signs out one of them, only for their owner', async () => {
    const owner = await api.setupOwner();
    now += 60_000;
    const laptop = await signIn(owner, FIREFOX_MAC);
    now += 60_000;
    const phone = await signIn(owner, SAFARI_IPHONE);
    const listed = await api.call('GET', '/api/me/sessions', { session: laptop });
    expect(listed.status).toBe(200);
    expect(listed.body.sessions.map((s) => [s.device, s.current])).toEqual([
      ['Safari on iPhone', false],
      ['Firefox on macOS', true],
      ['Unknown device', false],
    ]);
    const phoneId = listed.body.sessions[0]!.id;
    expect(JSON.stringify(listed.body)).not.toContain(phone.cookie);

    const other = await api.addMember(owner);
    const foreign = await api.call('DELETE', `/api/me/sessions/${phoneId}`, { session: other });
    expect(foreign.status).toBe(404);
    expect((await me(phone)).status).toBe(200);

    const removed = await api.call('DELETE', `/api/me/sessions/${phoneId}`, { session: laptop });
    expect(removed.status).toBe(204);
    expect((await me(phone)).status).toBe(401);
    expect((await me(laptop)).status).toBe(200);
    const again = await api.call('DELETE', `/api/me/sessions/${phoneId}`, { session: laptop });
    expect(again.status).toBe(404);
  });
});
