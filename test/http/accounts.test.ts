// Accounts through the API, on SQLite and PostgreSQL: first run, sign-in, sessions, invites.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { STRONG_PASSWORD } from '../support/passwords';

describe.each(dialects())('accounts on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
  });
  afterEach(() => db.dispose());

  it('first run creates the owner once, then refuses', async () => {
    expect((await api.call('GET', '/api/setup')).body).toEqual({
      needsSetup: true,
      openSignup: false,
      resetByMail: false,
      sso: null,
    });
    const owner = await api.setupOwner({ timeZone: 'Asia/Kolkata', email: 'Ann@Example.com' });
    const me = await api.call('GET', '/api/me', { session: owner });
    expect(me.body.user).toMatchObject({
      role: 'owner',
      timeZone: 'Asia/Kolkata',
      email: 'Ann@Example.com',
    });
    expect(me.body.user.workingHours.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(me.body.user.workingHours.sat).toEqual([]);
    expect(me.body.user).not.toHaveProperty('passwordHash');

    const again = await api.call('POST', '/api/setup', {
      body: { email: 'b@example.com', name: 'B', timeZone: 'UTC', password: STRONG_PASSWORD },
    });
    expect(again.status).toBe(409);
    expect((await api.call('GET', '/api/setup')).body.needsSetup).toBe(false);
  });

  it('refuses bad account input with a 400 naming the field, and saves nothing', async () => {
    const cases = [
      [{ email: 'not-an-email', name: 'A', timeZone: 'UTC', password: STRONG_PASSWORD }, 'email'],
      [{ email: 'a@example.com', name: '', timeZone: 'UTC', password: STRONG_PASSWORD }, 'name'],
      [
        { email: 'a@example.com', name: 'A', timeZone: 'Mars/Olympus', password: STRONG_PASSWORD },
        'timeZone',
      ],
      [
        { email: 'a@example.com', name: 'A', timeZone: '+01:00', password: STRONG_PASSWORD },
        'timeZone',
      ],
      [{ email: 'a@example.com', name: 'A', timeZone: 'UTC', password: 'short' }, 'password'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await api.call('POST', '/api/setup', { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error?.code).toBe('invalid_input');
      expect(response.body.error?.message).toContain(field);
    }
    expect((await api.call('GET', '/api/setup')).body.needsSetup).toBe(true);
  });

  it('signs in case-insensitively and tells a wrong password from nothing else', async () => {
    await api.setupOwner({ email: 'Ann@Example.com', password: 'right password' });
    const ok = await api.call('POST', '/api/auth/signin', {
      body: { email: 'ann@EXAMPLE.com', password: 'right password' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/rapport_session=.*HttpOnly.*SameSite=Lax/i);
    const wrong = await api.call('POST', '/api/auth/signin', {
      body: { email: 'ann@example.com', password: 'wrong password' },
    });
    const unknown = await api.call('POST', '/api/auth/signin', {
      body: { email: 'nobody@example.com', password: 'wrong password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error?.message).toBe(unknown.body.error?.message);
  });

  it('trips the sign-in limit per e-mail and per address', async () => {
    await api.setupOwner({ email: 'ann@example.com', password: 'right password' });
    const attempt = (email: string, password: string, ip: string) =>
      api.call('POST', '/api/auth/signin', {
        body: { email, password },
        headers: { 'x-forwarded-for': ip },
      });
    for (let i = 0; i < 5; i++)
      expect((await attempt('ann@example.com', 'nope', '10.0.0.1')).status).toBe(401);
    const limited = await attempt('ann@example.com', 'right password', '10.0.0.2');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error?.message).toMatch(/try again in \d+ minute/);

    for (let i = 0; i < 20; i++) await attempt(`someone${i}@example.com`, 'nope', '10.0.0.9');
    expect((await attempt('other@example.com', 'x', '10.0.0.9')).status).toBe(429);
    expect((await attempt('other@example.com', 'x', '10.0.0.8')).status).toBe(401);
  });

  it('signs out one session, or every session', async () => {
    const first = await api.setupOwner({ password: STRONG_PASSWORD });
    const second = await signIn(api, first.email, STRONG_PASSWORD);
    expect((await api.call('POST', '/api/auth/signout', { session: first })).status).toBe(204);
    expect((await api.call('GET', '/api/me', { session: first })).status).toBe(401);
    expect((await api.call('GET', '/api/me', { session: second })).status).toBe(200);

    const third = await signIn(api, first.email, STRONG_PASSWORD);
    expect((await api.call('POST', '/api/auth/signout-all', { session: third })).status).toBe(204);
    expect((await api.call('GET', '/api/me', { session: second })).status).toBe(401);
    expect((await api.call('GET', '/api/me', { session: third })).status).toBe(401);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const here = await api.setupOwner({ password: 'old marzipan lighthouse' });
    const elsewhere = await signIn(api, here.email, 'old marzipan lighthouse');
    const wrong = await api.call('POST', '/api/me/password', {
      session: here,
      body: { currentPassword: 'not it', newPassword: 'new brass weathervane' },
    });
    expect(wrong.status).toBe(400);
    const changed = await api.call('POST', '/api/me/password', {
      session: here,
      body: { currentPassword: 'old marzipan lighthouse', newPassword: 'new brass weathervane' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ apiTokens: [] });
    expect((await api.call('GET', '/api/me', { session: here })).status).toBe(200);
    expect((await api.call('GET', '/api/me', { session: elsewhere })).status).toBe(401);
    const withOld = await api.call('POST', '/api/auth/signin', {
      body: { email: here.email, password: 'old marzipan lighthouse' },
    });
    expect(withOld.status).toBe(401);
    await signIn(api, here.email, 'new brass weathervane');
  });

  it('edits name, zone and working hours, refusing impossible hours', async () => {
    const owner = await api.setupOwner();
    const hours = {
      mon: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '16:30' },
      ],
      tue: [],
      wed: [],
      thu: [],
      fri: [{ start: '10:00', end: '14:00' }],
      sat: [],
      sun: [],
    };
    const updated = await api.call('PATCH', '/api/me', {
      session: owner,
      body: { name: 'Ann L.', timeZone: 'Australia/Lord_Howe', workingHours: hours },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.user).toMatchObject({
      name: 'Ann L.',
      timeZone: 'Australia/Lord_Howe',
      workingHours: hours,
    });

    for (const bad of [
      { ...hours, mon: [{ start: '17:00', end: '09:00' }] },
      {
        ...hours,
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
      { ...hours, mon: [{ start: '9am', end: '17:00' }] },
    ]) {
      const refused = await api.call('PATCH', '/api/me', {
        session: owner,
        body: { workingHours: bad },
      });
      expect(refused.status).toBe(400);
    }
    const unknownField = await api.raw('PATCH', '/api/me', {
      session: owner,
      body: { role: 'owner' },
    });
    expect(unknownField.status).toBe(400);
    const after = await api.call('GET', '/api/me', { session: owner });
    expect(after.body.user.workingHours).toEqual(hours);
  });

  it('lets colleagues join by invite once; sign-up is closed otherwise', async () => {
    const owner = await api.setupOwner();
    const closed = await api.call('POST', '/api/auth/signup', {
      body: { email: 'x@example.com', name: 'X', timeZone: 'UTC', password: STRONG_PASSWORD },
    });
    expect(closed.status).toBe(403);

    const invite = await api.call('POST', '/api/invites', { session: owner, body: {} });
    expect(invite.status).toBe(201);
    const inviteToken = invite.body.url.split('/join/')[1];
    const joined = await api.call('POST', '/api/auth/signup', {
      body: {
        inviteToken,
        email: 'bo@example.com',
        name: 'Bo',
        timeZone: 'America/Chicago',
        password: STRONG_PASSWORD,
      },
    });
    expect(joined.status).toBe(201);
    expect(joined.body.user.role).toBe('member');
    const reused = await api.call('POST', '/api/auth/signup', {
      body: {
        inviteToken,
        email: 'cy@example.com',
        name: 'Cy',
        timeZone: 'UTC',
        password: STRONG_PASSWORD,
      },
    });
    expect(reused.status).toBe(403);

    const secondInvite = await api.call('POST', '/api/invites', { session: owner, body: {} });
    const dupe = await api.call('POST', '/api/auth/signup', {
      body: {
        inviteToken: secondInvite.body.url.split('/join/')[1],
        email: 'BO@example.com',
        name: 'Bo 2',
        timeZone: 'UTC',
        password: STRONG_PASSWORD,
      },
    });
    expect(dupe.status).toBe(409);
    const member = await signIn(api, 'bo@example.com', STRONG_PASSWORD);
    expect((await api.call('GET', '/api/invites', { session: member })).status).toBe(403);
    expect((await api.call('POST', '/api/invites', { session: member, body: {} })).status).toBe(
      403,
    );
  });

  it('opens sign-up when RAPPORT_OPEN_SIGNUP is on', async () => {
    const open = testApi(db, undefined, { openSignup: true });
    await open.setupOwner();
    const joined = await open.call('POST', '/api/auth/signup', {
      body: { email: 'free@example.com', name: 'Free', timeZone: 'UTC', password: STRONG_PASSWORD },
    });
    expect(joined.status).toBe(201);
  });
});

async function signIn(api: TestApi, email: string, password: string) {
  const response = await api.call('POST', '/api/auth/signin', { body: { email, password } });
  expect(response.status).toBe(200);
  const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
  return {
    userId: response.body.user.id,
    cookie,
    csrfToken: response.body.csrfToken,
    email,
    password,
  };
}
