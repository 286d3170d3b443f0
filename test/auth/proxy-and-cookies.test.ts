// What a reverse proxy tells us, and how far it is believed: the client address for the
// per-address limit (X-Forwarded-For, right-most first), and https for the session cookie and HSTS.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app';
import { forwardedAddress } from '../../src/http/middleware/transport';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe('forwardedAddress', () => {
  it('takes the N-th address from the right, never one the client wrote', () => {
    expect(forwardedAddress('6.6.6.6, 10.0.0.5', 1)).toBe('10.0.0.5');
    expect(forwardedAddress('6.6.6.6, 10.0.0.5, 172.16.0.2', 2)).toBe('10.0.0.5');
    expect(forwardedAddress('10.0.0.5', 2)).toBe('10.0.0.5');
    expect(forwardedAddress('10.0.0.5', 0)).toBeUndefined();
    expect(forwardedAddress(' , ', 1)).toBeUndefined();
  });
});

describe.each(dialects())('behind a proxy on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
  });
  afterEach(() => db.dispose());

  const signIn = (
    app: { request: typeof fetch } | TestApi,
    email: string,
    headers: Record<string, string>,
  ) =>
    'call' in app
      ? app.call('POST', '/api/auth/signin', { body: { email, password: 'wrong one' }, headers })
      : app
          .request('http://127.0.0.1:7707/api/auth/signin', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ email, password: 'wrong one' }),
          })
          .then((r) => ({ status: r.status }));

  it('a client cannot dodge the per-address limit by prepending addresses', async () => {
    await api.setupOwner();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const spoofed = `203.0.113.${i}`;
      const response = await signIn(api, `spray${i}@example.com`, {
        'x-forwarded-for': `${spoofed}, 198.51.100.7`,
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });

  it('with two trusted proxies, the second address from the right is the client', async () => {
    await api.setupOwner();
    const app = createHttpApp(api.ctx, { trustProxy: 2 });
    for (let i = 0; i < 20; i++) {
      const response = await signIn(app as never, `two${i}@example.com`, {
        'x-forwarded-for': `203.0.113.${i}, 198.51.100.8, 10.0.0.1`,
      });
      expect(response.status).toBe(401);
    }
    const limited = await signIn(app as never, 'two-more@example.com', {
      'x-forwarded-for': '1.2.3.4, 198.51.100.8, 10.0.0.2',
    });
    expect(limited.status).toBe(429);
  });

  it('marks the cookie Secure and sends HSTS only when the session used https', async () => {
    const plain = await api.call('POST', '/api/setup', {
      body: {
        email: 'ann@example.com',
        name: 'Ann',
        timeZone: 'UTC',
        password: 'Plum-Kettle-Harbor-42',
      },
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect(plain.headers.get('strict-transport-security')).toBeNull();

    const viaProxy = await api.call('POST', '/api/auth/signin', {
      body: { email: 'ann@example.com', password: 'Plum-Kettle-Harbor-42' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);

    // Without trusting a proxy, its header means nothing.
    const untrusted = createHttpApp(api.ctx, { trustProxy: 0 });
    const direct = await untrusted.request('http://127.0.0.1:7707/api/health', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(direct.headers.get('strict-transport-security')).toBeNull();

    api.ctx.settings.publicUrl = 'https://rapport.example.com';
    const behindTls = await untrusted.request('http://127.0.0.1:7707/api/auth/signin', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ann@example.com', password: 'Plum-Kettle-Harbor-42' }),
    });
    expect(behindTls.status).toBe(200);
    expect(behindTls.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
