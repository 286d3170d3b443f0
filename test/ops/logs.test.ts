// The server's log is something an operator can feed to any log store: one JSON line per event,
// every request line with its request id, route pattern, status, duration and user id, a 500
// as one line with its stack — and not one secret of the scenario below in it (passwords,
// session cookies, CSRF tokens, API tokens, signed links, e-mail addresses). A real built
// server (`rapport serve`) on loopback, its stdout and stderr captured.
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOffToken } from '../../src/app/mail/mail-off';
import { OIDC_CALLBACK_PATH } from '../../src/config';
import { walkProvider } from '../support/oidc-flow';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestServer, type TestServer } from '../support/server';

const SECRET = 'log-test-secret-that-is-at-least-32-bytes';
const OWNER = { email: 'owner.secret@example.com', password: 'owner pass phrase 7731' };
const MEMBER = { email: 'member.secret@example.com', password: 'member pass phrase 9924' };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface Sent {
  status: number;
  headers: Headers;
  body: any;
}

describe('the server log of a full scenario', () => {
  let server: TestServer;
  let idp: TestOidcProvider;
  const secrets: string[] = [SECRET, OWNER.email, OWNER.password, MEMBER.email, MEMBER.password];
  const sentIds: { id: string; status: number }[] = [];

  async function send(
    method: string,
    path: string,
    options: {
      body?: unknown;
      form?: string;
      cookie?: string;
      csrf?: string;
      token?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Sent> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    if (options.cookie) headers.cookie = `rapport_session=${options.cookie}`;
    if (options.csrf) headers['x-csrf-token'] = options.csrf;
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(server.url + path, {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      redirect: 'manual',
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    sentIds.push({ id: response.headers.get('x-request-id') ?? '', status: response.status });
    return { status: response.status, headers: response.headers, body };
  }

  const cookieOf = (response: Sent) => {
    const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error(`no session cookie: ${JSON.stringify(response.body)}`);
    secrets.push(cookie, response.body.csrfToken);
    return { cookie, csrf: response.body.csrfToken as string };
  };

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    idp = await startOidcProvider([`${publicUrl}${OIDC_CALLBACK_PATH}`]);
    secrets.push(idp.clientSecret);
    server = await startTestServer({
      PORT: String(port),
      RAPPORT_PUBLIC_URL: publicUrl,
      RAPPORT_SECRET: SECRET,
      RAPPORT_JOBS: '0',
      RAPPORT_OIDC_ISSUER: idp.issuer,
      RAPPORT_OIDC_CLIENT_ID: idp.clientId,
      RAPPORT_OIDC_CLIENT_SECRET: idp.clientSecret,
      RAPPORT_OIDC_ALLOWED_DOMAINS: 'example.com',
    });

    const setup = await send('POST', '/api/setup', {
      body: { ...OWNER, name: 'Olive Owner', timeZone: 'Europe/Berlin' },
    });
    expect(setup.status).toBe(201);
    const ownerId = setup.body.user.id as string;
    cookieOf(setup);
    const signin = await send('POST', '/api/auth/signin', { body: OWNER });
    expect(signin.status).toBe(200);
    const owner = cookieOf(signin);
    const wrong = await send('POST', '/api/auth/signin', {
      body: { email: OWNER.email, password: 'a wrong password 1234' },
    });
    expect(wrong.status).toBe(401);
    secrets.push('a wrong password 1234');

    // CSRF writes with the session, then an API token made and used.
    const person = await send('POST', '/api/people', { ...owner, body: { name: 'Pat Peer' } });
    expect(person.status).toBe(201);
    const created = await send('POST', '/api/tokens', { ...owner, body: { name: 'laptop' } });
    expect(created.status).toBe(201);
    const token = created.body.secret as string;
    secrets.push(token);
    const listed = await send('GET', `/api/people/${person.body.person.id}`, { token });
    expect(listed.status).toBe(200);
    expect((await send('GET', '/api/people', { token: `${token}x` })).status).toBe(401);

    // The signed "turn off this mail" link, read and used without signing in.
    const mailOff = mailOffToken(SECRET, ownerId, 'digest');
    secrets.push(mailOff);
    expect((await send('GET', `/mail-off/${mailOff}`)).status).toBe(200);
    expect(
      (await send('POST', `/mail-off/${mailOff}`, { form: 'List-Unsubscribe=One-Click' })).status,
    ).toBeLessThan(400);

    // An invite link, opened and used to sign up; a password reset asked for by e-mail.
    const invite = await send('POST', '/api/invites', { ...owner, body: {} });
    expect(invite.status).toBe(201);
    const inviteToken = String(invite.body.url).split('/join/')[1]!;
    secrets.push(inviteToken);
    expect((await send('GET', `/join/${inviteToken}`)).status).toBe(200);
    const signup = await send('POST', '/api/auth/signup', {
      body: { ...MEMBER, name: 'Max Member', timeZone: 'Asia/Tokyo', inviteToken },
    });
    expect(signup.status).toBe(201);
    cookieOf(signup);
    expect(
      (await send('POST', '/api/auth/forgot', { body: { email: MEMBER.email } })).status,
    ).toBeLessThan(500);

    // Sign-in through the OpenID provider: its code, state and the flow cookie are secrets.
    const start = await send('GET', '/auth/oidc/start?tz=Europe/Lisbon');
    expect(start.status).toBe(302);
    const flow = /rapport_sso=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
    expect(flow).toBeTruthy();
    const back = await walkProvider(start.headers.get('location')!, publicUrl, { login: 'grace' });
    const code = back.searchParams.get('code')!;
    secrets.push(flow!, code, back.searchParams.get('state')!);
    const callback = await send('GET', `${back.pathname}${back.search}`, {
      headers: { cookie: `rapport_sso=${flow}` },
    });
    expect(callback.status).toBe(302);
    const ssoSession = /rapport_session=([^;]+)/.exec(callback.headers.get('set-cookie') ?? '');
    expect(ssoSession?.[1]).toBeTruthy();
    secrets.push(ssoSession![1]!, 'grace@example.com');

    // A fault injected from outside: the people table vanishes under the running server.
    const sqlite = new Database(join(server.dataDir, 'rapport.sqlite'));
    sqlite.exec('pragma foreign_keys = off; drop table interactions; drop table people;');
    sqlite.close();
    expect((await send('GET', '/api/people', { token })).status).toBe(500);
    // A request id the caller chose comes back and is logged; a hostile one is replaced.
    const chosen = await fetch(`${server.url}/api/health`, {
      headers: { 'X-Request-Id': 'trace-42' },
    });
    expect(chosen.headers.get('x-request-id')).toBe('trace-42');
    const hostile = await fetch(`${server.url}/api/health`, {
      headers: { 'X-Request-Id': 'a"b\\c' },
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await idp?.close();
  });

  const lines = () =>
    server
      .stdout()
      .split('\n')
      .filter((line) => line.trim() !== '');
  const records = () => lines().map((line) => JSON.parse(line));

  it('writes only JSON lines, each request with its id, route pattern, status, duration and user', () => {
    for (const line of lines()) expect(() => JSON.parse(line), line).not.toThrow();
    const requests = records().filter((record) => record.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(sentIds.length);
    for (const { id, status } of sentIds) {
      const line = requests.find((record) => record.requestId === id);
      expect(line, `request ${id}`).toMatchObject({
        status,
        level: status >= 500 ? 'error' : 'info',
      });
      expect(typeof line.durationMs).toBe('number');
    }
    const personRead = requests.find((record) => record.route === '/api/people/:id');
    expect(personRead).toMatchObject({ method: 'GET', status: 200 });
    expect(personRead.userId).toMatch(/\S/);
    expect(requests.find((record) => record.route === '/mail-off/:token')).toBeDefined();
    expect(requests.some((record) => record.requestId === 'trace-42')).toBe(true);
  });

  it('logs a 500 as one error line with its stack, tied to the request by its id', () => {
    const failed = sentIds.find((sent) => sent.status === 500)!;
    const error = records().find(
      (record) => record.msg === 'unhandled error' && record.requestId === failed.id,
    );
    expect(error.level).toBe('error');
    expect(error.err.stack).toMatch(/no such table: people[\s\S]*\n\s+at /);
    expect(server.stderr()).not.toMatch(/at .*\(/);
  });

  it('contains no secret of the scenario anywhere', () => {
    const everything = server.stdout() + server.stderr();
    expect(secrets.length).toBeGreaterThan(16);
    expect(server.stdout()).toMatch(/"route":"\/auth\/oidc\/callback"/);
    for (const secret of secrets)
      expect(everything, `a secret: ${secret.slice(0, 6)}…`).not.toContain(secret);
  });
});
