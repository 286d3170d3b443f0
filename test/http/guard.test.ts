// Walks every route the OpenAPI document lists: without credentials each must refuse (401),
// except the few that are public by design. Also cross-site writes, revoked tokens, other users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawOptions, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/databases';

/** Written out here, not imported: opening a route must be a change this test sees. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/signin',
  'POST /api/auth/signup',
  'POST /api/auth/forgot',
  'POST /api/auth/reset/check',
  'POST /api/auth/reset',
  'GET /api/auth/team-invite',
  'POST /api/auth/team-signup',
]);

let db: TestDatabase;
let api: TestApi;
let owner: Session;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  db = await createTestDatabase('sqlite');
  api = testApi(db);
  owner = await api.setupOwner();
  const doc = (await api.raw('GET', '/api/openapi.json')).body;
  routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, operations]) =>
      Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(() => db.dispose());

/** A concrete URL for a documented path: parameters get a plausible made-up value. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, 'x1y2z3');

describe('the guard', () => {
  it('documents the routes it protects', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    console.info(`guard test walks ${routes.length} documented routes`);
  });

  it('refuses every non-public route without credentials', async () => {
    const walked: string[] = [];
    for (const { method, path } of routes) {
      const key = `${method} ${path}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const response = await api.raw(method, concrete(path), method === 'GET' ? {} : { body: {} });
      expect(response.status, key).toBe(401);
      expect(response.body.error.code, key).toBe('unauthorized');
      walked.push(key);
    }
    const publicDocumented = routes.filter((r) => PUBLIC_ROUTES.has(`${r.method} ${r.path}`));
    expect(walked.length).toBe(routes.length - publicDocumented.length);
  });

  it('refuses every non-public route with a forged or revoked token', async () => {
    const token = await api.tokenFor(owner, 'soon revoked');
    expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
    const revoked = await api.call('DELETE', '/api/tokens/soon%20revoked', { session: owner });
    expect(revoked.status).toBe(204);
    for (const { method, path } of routes) {
      if (PUBLIC_ROUTES.has(`${method} ${path}`)) continue;
      for (const bad of [token, 'rpt_forged', 'garbage']) {
        const body = method === 'GET' ? undefined : {};
        const response = await api.raw(method, concrete(path), { token: bad, body });
        expect(response.status, `${method} ${path}`).toBe(401);
      }
    }
  });

  it('answers the public routes without credentials', async () => {
    for (const key of PUBLIC_ROUTES) {
      const [method, path] = key.split(' ') as [string, string];
      const response = await api.raw(method, path, method === 'GET' ? {} : { body: {} });
      expect(response.status, key).not.toBe(401);
    }
    expect((await api.raw('GET', '/api/openapi.json')).status).toBe(200);
  });

  it('refuses cookie writes from another site or without the CSRF header', async () => {
    const body = { name: 'Hijacked' };
    const crossOrigin = await api.call('PATCH', '/api/me', {
      session: owner,
      body,
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await api.call('PATCH', '/api/me', {
      session: owner,
      body,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const noHeader = await api.call('PATCH', '/api/me', {
      session: owner,
      body,
      headers: { 'x-csrf-token': '' },
    });
    expect(noHeader.status).toBe(403);
    const sameOrigin = await api.call('PATCH', '/api/me', {
      session: owner,
      body: { name: 'Still me' },
      headers: { origin: 'http://127.0.0.1:7707' },
    });
    expect(sameOrigin.status).toBe(200);
    const me = await api.call('GET', '/api/me', { session: owner });
    expect(me.body.user.name).toBe('Still me');
  });

  it('keeps one user’s tokens away from another', async () => {
    const member = await api.addMember(owner);
    await api.tokenFor(owner, 'owner-token');
    const listed = await api.call('GET', '/api/tokens', { session: member });
    expect(listed.body.tokens.map((t) => t.name)).not.toContain('owner-token');
    const ownerTokens = await api.call('GET', '/api/tokens', { session: owner });
    const target = ownerTokens.body.tokens.find((t) => t.name === 'owner-token');
    for (const idOrName of [target!.id, 'owner-token']) {
      const attempt = await api.call('DELETE', `/api/tokens/${idOrName}`, { session: member });
      expect(attempt.status).toBe(404);
    }
    const still = await api.call('GET', '/api/tokens', { session: owner });
    expect(still.body.tokens.map((t) => t.name)).toContain('owner-token');
  });
});

describe('errors', () => {
  it('answers bad requests in one shape and never with a 500', async () => {
    const token = await api.tokenFor(owner);
    const cases: [string, string, RawOptions, number][] = [
      ['POST', '/api/tokens', { token, rawBody: '{not json' }, 400],
      [
        'POST',
        '/api/tokens',
        { token, rawBody: 'name=x', headers: { 'content-type': 'text/plain' } },
        415,
      ],
      ['POST', '/api/tokens', { token, body: { name: 'x'.repeat(2 * 1024 * 1024) } }, 413],
      ['POST', '/api/tokens', { token, body: [] }, 400],
      ['POST', '/api/tokens', { token, body: { name: 42 } }, 400],
      ['GET', '/api/nothing-here', { token }, 404],
      ['DELETE', '/api/tokens/nope', { token }, 404],
      ['PATCH', '/api/me', { token, body: { timeZone: null } }, 400],
    ];
    for (const [method, path, options, status] of cases) {
      const response = await api.raw(method, path, options);
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(response.body.error, `${method} ${path}`).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  it('answers health with the database it checked', async () => {
    const health = await api.call('GET', '/api/health');
    expect(health.body).toEqual({ status: 'ok', database: 'sqlite' });
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    // A probe is answered whatever credentials it carries: they are not even looked up.
    const probe = await api.raw('GET', '/api/health', { token: 'rpt_stale' });
    expect(probe.status).toBe(200);
    expect(probe.body).toEqual({ status: 'ok', database: 'sqlite' });
  });
});
