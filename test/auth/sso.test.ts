// Signing in with the company's identity provider, end to end against a real OpenID provider
// (oidc-provider on a loopback port, its own keys): the code flow with PKCE through its login and
// consent pages, then what Rapport does with the identity, on both databases.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SsoSettings } from '../../src/app/context';
import { signLink, verifyLink } from '../../src/app/links/signed-links';
import { OIDC_CALLBACK_PATH } from '../../src/config';
import { oidcIdentityProvider } from '../../src/integrations/oidc/oidc-client';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { walkProvider } from '../support/oidc-flow';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { STRONG_PASSWORD } from '../support/passwords';

const PUBLIC_URL = 'http://127.0.0.1:7707';

let idp: TestOidcProvider;
beforeAll(async () => {
  idp = await startOidcProvider([`${PUBLIC_URL}${OIDC_CALLBACK_PATH}`]);
});
afterAll(() => idp?.close());

describe.each(dialects())('sign-in with an OpenID provider on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  const rules = (settings: Partial<SsoSettings> = {}, openSignup = false) => {
    api = testApi(db, undefined, {
      openSignup,
      publicUrl: PUBLIC_URL,
      sso: {
        provider: oidcIdentityProvider(idp),
        settings: { name: 'Example SSO', allowedDomains: [], only: false, ...settings },
      },
    });
  };
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    rules({ allowedDomains: ['example.com'] });
  });
  afterEach(() => db.dispose());

  /** Clicks "Sign in with …", walks the provider, and delivers its answer to Rapport. */
  async function signIn(
    login: string,
    options: { start?: string; cancel?: boolean; tamper?: (url: URL) => void } = {},
  ) {
    const start = await api.raw('GET', options.start ?? '/auth/oidc/start?tz=Europe/Lisbon');
    expect(start.status).toBe(302);
    const flowCookie = /rapport_sso=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
    expect(start.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(start.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const back = await walkProvider(start.headers.get('location')!, PUBLIC_URL, {
      login,
      cancel: options.cancel,
    });
    options.tamper?.(back);
    const callback = await api.raw('GET', `${back.pathname}${back.search}`, {
      headers: flowCookie ? { cookie: `rapport_sso=${flowCookie}` } : {},
    });
    const session = /rapport_session=([^;]+)/.exec(callback.headers.get('set-cookie') ?? '')?.[1];
    return { callback, session, location: callback.headers.get('location') };
  }

  const whoIs = async (cookie: string) =>
    api.call('GET', '/api/session', { headers: { cookie: `rapport_session=${cookie}` } });

  it('creates an account for an allowed domain, with the session zone, and asks for the zone once', async () => {
    await api.setupOwner();
    const first = await signIn('ada', { start: '/auth/oidc/start?tz=Europe/Lisbon&next=/people' });
    expect(first.callback.status).toBe(302);
    expect(first.location).toBe('/signin/zone?next=%2Fpeople');
    const me = await whoIs(first.session!);
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      timeZone: 'Europe/Lisbon',
      role: 'member',
    });
    // Sessions as with a password: the CSRF token guards writes.
    const changed = await api.call('PATCH', '/api/me', {
      headers: { cookie: `rapport_session=${first.session}`, 'x-csrf-token': me.body.csrfToken },
      body: { timeZone: 'Europe/Berlin' },
    });
    expect(changed.status).toBe(200);
    const forged = await api.call('PATCH', '/api/me', {
      headers: { cookie: `rapport_session=${first.session}` },
      body: { timeZone: 'UTC' },
    });
    expect(forged.status).toBe(403);

    const again = await signIn('ada');
    expect(again.location).toBe('/');
    expect((await whoIs(again.session!)).body.user.id).toBe(me.body.user.id);
    // Signing out ends the session as it does for a password sign-in.
    const out = await api.call('POST', '/api/auth/signout', {
      headers: {
        cookie: `rapport_session=${again.session}`,
        'x-csrf-token': (await whoIs(again.session!)).body.csrfToken,
      },
    });
    expect(out.status).toBe(204);
    expect((await whoIs(again.session!)).status).toBe(401);
  });

  it('links an existing account by a verified e-mail, and each person gets only their own', async () => {
    const owner = await api.setupOwner({ email: 'Grace@Example.com', name: 'Grace' });
    const grace = await signIn('grace');
    expect(grace.location).toBe('/');
    expect((await whoIs(grace.session!)).body.user.id).toBe(owner.userId);
    const ada = await signIn('ada');
    const adaUser = (await whoIs(ada.session!)).body.user;
    expect(adaUser.id).not.toBe(owner.userId);
    expect(adaUser.email).toBe('ada@example.com');
    // The password still works for the linked account (passwords are not turned off).
    const signin = await api.call('POST', '/api/auth/signin', {
      body: { email: 'grace@example.com', password: STRONG_PASSWORD },
    });
    expect(signin.status).toBe(200);
  });

  it('refuses a disabled account with a clear page', async () => {
    await api.setupOwner();
    const ada = await signIn('ada');
    const userId = (await whoIs(ada.session!)).body.user.id;
    const now = new Date().toISOString();
    await api.ctx.repos.users.setDisabled(userId, now, now);
    const again = await signIn('ada');
    expect(again.callback.status).toBe(403);
    expect(again.callback.body).toContain('Account disabled');
    expect(again.session).toBeUndefined();
  });

  it('refuses to link an existing account to an address the provider has not verified', async () => {
    const owner = await api.setupOwner({ email: 'mallory@example.com' });
    const mallory = await signIn('mallory');
    expect(mallory.callback.status).toBe(403);
    expect(mallory.callback.headers.get('content-type')).toMatch(/text\/html/);
    expect(mallory.callback.body).toContain('E-mail address not verified');
    expect(mallory.session).toBeUndefined();
    const linked = await db.store.db.selectFrom('oidc_identities').selectAll().execute();
    expect(linked).toEqual([]);
    expect(owner.userId).toBeTruthy();
  });

  it('refuses an address outside the allowed domains with a clear page and creates nothing', async () => {
    await api.setupOwner();
    const eve = await signIn('eve');
    expect(eve.callback.status).toBe(403);
    expect(eve.callback.body).toContain('Not an address for this Rapport');
    expect(eve.callback.body).toContain('@example.com');
    expect(eve.session).toBeUndefined();
    expect(await api.ctx.repos.users.count()).toBe(1);
  });

  it('creates no account without open sign-up or an allowed domain', async () => {
    rules();
    await api.setupOwner();
    const ada = await signIn('ada');
    expect(ada.callback.status).toBe(403);
    expect(ada.callback.body).toContain('new accounts need an invite');
    rules({}, true);
    expect((await signIn('ada')).location).toBe('/signin/zone?next=%2F');
  });

  it("creates an account with an owner's invite, once, and only for the address it names", async () => {
    rules();
    const owner = await api.setupOwner();
    const invite = async (email?: string) => {
      const made = await api.call('POST', '/api/invites', { session: owner, body: { email } });
      return made.body.url.split('/join/')[1] as string;
    };
    const forAda = await invite('ada@example.com');
    const grace = await signIn('grace', { start: `/auth/oidc/start?invite=${forAda}` });
    expect(grace.callback.status).toBe(403);
    expect(grace.callback.body).toContain('Invite not usable');
    const ada = await signIn('ada', { start: `/auth/oidc/start?invite=${forAda}` });
    expect(ada.location).toBe('/signin/zone?next=%2F');
    expect((await whoIs(ada.session!)).body.user.email).toBe('ada@example.com');

    const open = await invite();
    expect((await signIn('grace', { start: `/auth/oidc/start?invite=${open}` })).location).toBe(
      '/signin/zone?next=%2F',
    );
    const reused = await signIn('eve', { start: `/auth/oidc/start?invite=${open}` });
    expect(reused.callback.status).toBe(403);
    expect(reused.callback.body).toContain('used up or expired');
    expect(await api.ctx.repos.users.count()).toBe(3);
  });

  it('refuses a tampered state, a missing or forged cookie, and a replayed code', async () => {
    await api.setupOwner();
    const tampered = await signIn('ada', {
      tamper: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expect(tampered.callback.status).toBe(400);
    expect(tampered.callback.body).toContain('could not be checked');
    expect(tampered.session).toBeUndefined();

    const start = await api.raw('GET', '/auth/oidc/start');
    const back = await walkProvider(start.headers.get('location')!, PUBLIC_URL, { login: 'ada' });
    const path = `${back.pathname}${back.search}`;
    const noCookie = await api.raw('GET', path);
    expect(noCookie.status).toBe(400);
    expect(noCookie.body).toContain('This sign-in has expired');
    const cookie = /rapport_sso=([^;]+)/.exec(start.headers.get('set-cookie')!)![1]!;
    const forged = await api.raw('GET', path, {
      headers: { cookie: `rapport_sso=${cookie.slice(0, -2)}xx` },
    });
    expect(forged.status).toBe(400);
    const used = await api.raw('GET', path, { headers: { cookie: `rapport_sso=${cookie}` } });
    expect(used.status).toBe(302);
    const replayed = await api.raw('GET', path, {
      headers: { cookie: `rapport_sso=${cookie}` },
    });
    expect(replayed.status).toBe(400);
    expect(replayed.headers.get('set-cookie') ?? '').not.toContain('rapport_session=');
  });

  it("refuses an ID token whose nonce is not this sign-in's, and an answer from another issuer", async () => {
    await api.setupOwner();
    // The flow cookie re-signed (with the server's secret) with another nonce: the provider's
    // ID token carries the real one, so the nonce check must be what refuses it.
    const start = await api.raw('GET', '/auth/oidc/start');
    const cookie = /rapport_sso=([^;]+)/.exec(start.headers.get('set-cookie')!)![1]!;
    const parts = verifyLink('test-secret', 'sso', cookie)!;
    const otherNonce = signLink('test-secret', 'sso', [
      parts[0]!,
      'another-nonce',
      ...parts.slice(2),
    ]);
    const back = await walkProvider(start.headers.get('location')!, PUBLIC_URL, { login: 'ada' });
    const wrongNonce = await api.raw('GET', `${back.pathname}${back.search}`, {
      headers: { cookie: `rapport_sso=${otherNonce}` },
    });
    expect(wrongNonce.status).toBe(400);
    expect(wrongNonce.body).toContain('could not be checked');

    // The provider names itself in the answer (RFC 9207 `iss`); another issuer is refused.
    const elsewhere = await signIn('ada', {
      tamper: (url) => url.searchParams.set('iss', 'https://evil.example'),
    });
    expect(elsewhere.callback.status).toBe(400);
    expect(elsewhere.session).toBeUndefined();
    expect(await api.ctx.repos.users.count()).toBe(1);
  });

  it('shows a clear page when the person cancels at the provider', async () => {
    const cancelled = await signIn('ada', { cancel: true });
    expect(cancelled.callback.status).toBe(403);
    expect(cancelled.callback.body).toContain('Sign-in cancelled');
    expect(cancelled.session).toBeUndefined();
  });

  it('shows a clear page while the provider is down and works once it is back', async () => {
    await api.setupOwner();
    idp.pause();
    try {
      const down = await api.raw('GET', '/auth/oidc/start');
      expect(down.status).toBe(503);
      expect(down.body).toContain('The identity provider is not answering');
    } finally {
      idp.resume();
    }
    expect((await signIn('ada')).callback.status).toBe(302);
  });

  it('with SSO only, refuses every password door and lets the first person in become the owner', async () => {
    rules({ only: true });
    const setup = await api.call('GET', '/api/setup');
    expect(setup.body.sso).toEqual({
      label: 'Sign in with Example SSO',
      startUrl: '/auth/oidc/start',
      only: true,
    });
    const account = {
      email: 'x@example.com',
      name: 'X',
      timeZone: 'UTC',
      password: STRONG_PASSWORD,
    };
    expect((await api.call('POST', '/api/setup', { body: account })).status).toBe(403);
    const ada = await signIn('ada');
    const adaSession = await whoIs(ada.session!);
    expect(adaSession.body.user.role).toBe('owner');
    // Signed in as the owner, who could make reset links if passwords were on.
    const headers = {
      cookie: `rapport_session=${ada.session}`,
      'x-csrf-token': adaSession.body.csrfToken,
    };
    const attempts = {
      '/api/auth/signin': () =>
        api.call('POST', '/api/auth/signin', {
          body: { email: 'ada@example.com', password: STRONG_PASSWORD },
          headers,
        }),
      '/api/auth/signup': () => api.call('POST', '/api/auth/signup', { body: account, headers }),
      '/api/auth/forgot': () =>
        api.call('POST', '/api/auth/forgot', { body: { email: 'ada@example.com' }, headers }),
      '/api/auth/reset': () =>
        api.call('POST', '/api/auth/reset', {
          body: { token: 'x', newPassword: STRONG_PASSWORD },
          headers,
        }),
      '/api/auth/reset-links': () =>
        api.call('POST', '/api/auth/reset-links', { body: { email: 'ada@example.com' }, headers }),
    };
    for (const [path, attempt] of Object.entries(attempts)) {
      const refused = await attempt();
      expect(refused.status, path).toBe(403);
      expect(refused.body.error?.message, path).toContain('sign in with Example SSO');
    }
  });

  it('says sign-in with SSO is not set up when it is not, and hides it from /api/setup', async () => {
    api = testApi(db);
    const start = await api.raw('GET', '/auth/oidc/start');
    expect(start.status).toBe(404);
    expect(start.body).toContain('not set up');
    expect((await api.call('GET', '/api/setup')).body.sso).toBeNull();
  });
});
