// Password rules through the API, on SQLite and PostgreSQL: weak passwords are refused wherever a
// password is set, and typing the current password again counts against the sign-in limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { OTHER_STRONG_PASSWORD, STRONG_PASSWORD, WEAK_PASSWORDS } from '../support/passwords';

describe.each(dialects())('passwords on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, undefined, { openSignup: true });
  });
  afterEach(() => db.dispose());

  const account = (password: string, email = 'ann@example.com') => ({
    email,
    name: 'Ann Lee',
    timeZone: 'UTC',
    password,
  });

  it('refuses weak passwords at setup and sign-up with a helpful message, saving nothing', async () => {
    for (const weak of WEAK_PASSWORDS) {
      const refused = await api.call('POST', '/api/setup', { body: account(weak) });
      expect(refused.status, JSON.stringify(weak)).toBe(400);
      expect(refused.body.error?.message).toMatch(/^password: This password is too easy to guess/);
    }
    // Words the account gives away count as guessable too.
    const ownName = await api.call('POST', '/api/setup', { body: account('ann@example.com') });
    expect(ownName.status).toBe(400);
    expect((await api.call('GET', '/api/setup')).body.needsSetup).toBe(true);

    await api.setupOwner();
    const signup = await api.call('POST', '/api/auth/signup', {
      body: account('12345678', 'bo@example.com'),
    });
    expect(signup.status).toBe(400);
    expect(signup.body.error?.message).toMatch(/too easy to guess/);
    const bo = await api.call('POST', '/api/auth/signin', {
      body: { email: 'bo@example.com', password: '12345678' },
    });
    expect(bo.status).toBe(401);
  });

  it('refuses a weak new password and lists API tokens after a change', async () => {
    const owner = await api.setupOwner();
    const token = await api.tokenFor(owner, 'backup script');
    const weak = await api.call('POST', '/api/me/password', {
      session: owner,
      body: { currentPassword: owner.password, newPassword: 'password' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error?.message).toMatch(/^newPassword: This password is too easy/);

    const changed = await api.call('POST', '/api/me/password', {
      session: owner,
      body: { currentPassword: owner.password, newPassword: OTHER_STRONG_PASSWORD },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.apiTokens).toEqual([
      expect.objectContaining({ name: 'backup script', lastUsedAt: null }),
    ]);
    // Nothing was revoked silently.
    expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
  });

  it('counts current-password checks with the sign-in limit', async () => {
    const owner = await api.setupOwner({ password: STRONG_PASSWORD });
    const guessPassword = (currentPassword: string) =>
      api.call('POST', '/api/me/password', {
        session: owner,
        body: { currentPassword, newPassword: OTHER_STRONG_PASSWORD },
      });
    const guessDelete = (password: string) =>
      api.call('POST', '/api/me/delete', { session: owner, body: { password } });
    const results: number[] = [];
    for (let i = 0; i < 3; i++) {
      results.push((await guessPassword(`guess ${i}`)).status);
    }
    for (let i = 0; i < 2; i++) {
      results.push((await guessDelete(`guess ${i}`)).status);
    }
    expect(results).toEqual([400, 400, 400, 400, 400]);
    // The account's budget is spent: even the right password waits, here and at sign-in.
    const right = await guessPassword(STRONG_PASSWORD);
    expect(right.status).toBe(429);
    expect((await guessDelete(STRONG_PASSWORD)).status).toBe(429);
    const signIn = await api.call('POST', '/api/auth/signin', {
      body: { email: owner.email, password: STRONG_PASSWORD },
    });
    expect(signIn.status).toBe(429);
    expect((await api.call('GET', '/api/me', { session: owner })).status).toBe(200);
  });
});
