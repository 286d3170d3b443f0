// The request path read over a real Node server, as `rapport serve` runs it: headers are read
// from Node's own parse of the request there (middleware/transport readHeadersFromNode), while
// the other tests go through app.request, where they are Hono's. Who is calling,
// the CSRF and cross-site checks, the request id and https behind a proxy must not differ.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { listening } from '../support/listening';

describe.each(dialects())('the request path over HTTP on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let url: string;
  let app: ReturnType<typeof createHttpApp>;
  let close: () => Promise<void>;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    app = createHttpApp(api.ctx, { trustProxy: 1, requestLog: false });
    ({ url, close } = await listening(app));
  });
  afterEach(async () => {
    await close();
    await db.dispose();
  });

  const send = (path: string, init: RequestInit = {}) => fetch(url + path, init);
  const cookie = () => `other=1; rapport_session=${owner.cookie}`;

  it('knows a token, refuses a wrong one, and stops a revoked one at once', async () => {
    const token = await api.tokenFor(owner, 'script');
    const bearer = { authorization: `Bearer ${token}` };
    const me = await send('/api/me', { headers: bearer });
    expect(me.status).toBe(200);
    expect((await me.json()).user.id).toBe(owner.userId);
    expect((await send('/api/me', { headers: { authorization: 'Bearer rpt_nope' } })).status).toBe(
      401,
    );
    const listed = await api.call('GET', '/api/tokens', { session: owner });
    const id = listed.body.tokens?.find((t) => t.name === 'script')?.id;
    expect(id).toBeDefined();
    const revoked = await send(`/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { cookie: cookie(), 'x-csrf-token': owner.csrfToken },
    });
    expect(revoked.status).toBeLessThan(300);
    expect((await send('/api/me', { headers: bearer })).status).toBe(401);
  });

  it('signs a browser in by its cookie, and asks its writes for the CSRF header', async () => {
    expect((await send('/api/me', { headers: { cookie: cookie() } })).status).toBe(200);
    const write = (headers: Record<string, string>) =>
      send('/api/people', {
        method: 'POST',
        headers: { cookie: cookie(), 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'Ada' }),
      });
    expect((await write({})).status).toBe(403);
    expect((await write({ 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect(
      (await write({ origin: 'https://evil.example', 'x-csrf-token': owner.csrfToken })).status,
    ).toBe(403);
    expect((await write({ 'x-csrf-token': owner.csrfToken })).status).toBe(201);
  });

  it('keeps a sane request id, replaces a hostile one, and says https behind the proxy', async () => {
    const chosen = await send('/api/health', { headers: { 'x-request-id': 'trace-42' } });
    expect(chosen.headers.get('x-request-id')).toBe('trace-42');
    const hostile = await send('/api/health', { headers: { 'x-request-id': 'a b<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(hostile.headers.get('strict-transport-security')).toBeNull();
    const proxied = await send('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toContain('max-age=');
    expect(proxied.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const page = await send('/no-such-page', { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.headers.get('strict-transport-security')).toContain('max-age=');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  // The OWASP REST set on the API (it carries what the user wrote about people: never stored by
  // a cache); the headers that only instruct a browser about a document it renders, on pages.
  it('answers the API with the API security headers and pages with the page ones', async () => {
    const token = await api.tokenFor(owner, 'script');
    const documentOnly = [
      'cross-origin-opener-policy',
      'x-dns-prefetch-control',
      'x-xss-protection',
    ];
    for (const path of ['/api/me', '/api/no-such-route']) {
      const answer = await send(path, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      for (const name of documentOnly) expect(answer.headers.get(name)).toBeNull();
    }
    const page = await send('/no-such-page');
    for (const name of documentOnly) expect(page.headers.get(name)).not.toBeNull();
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers a HEAD probe of a public route as its GET, and guards the others alike', async () => {
    const health = await send('/api/health', { method: 'HEAD' });
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('');
    expect((await send('/api/me', { method: 'HEAD' })).status).toBe(401);
    expect((await send('/api/me', { method: 'GET' })).status).toBe(401);
  });

  // Under Node the fixed headers join the answer's in its head (framed-response), in-process
  // Hono's secureHeaders sets them: an answer, a refusal and a miss must carry the same ones.
  it('answers with the headers it answers with in-process', async () => {
    const varying = new Set(['date', 'connection', 'keep-alive', 'content-length', 'x-request-id']);
    const fixed = (headers: Headers) =>
      Object.fromEntries([...headers].filter(([name]) => !varying.has(name)));
    for (const path of ['/api/health', '/api/me', '/api/no-such-route', '/no-such-page']) {
      const wire = await send(path);
      const inProcess = await app.request(path);
      expect(wire.status).toBe(inProcess.status);
      expect(fixed(wire.headers)).toEqual(fixed(inProcess.headers));
      expect(wire.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(fixed(wire.headers)).toHaveProperty('x-content-type-options', 'nosniff');
    }
  });
});
