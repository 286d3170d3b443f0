// The `rapport` command end to end: in-process on SQLite and PostgreSQL, and against a server.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';

describe.each(dialects())('rapport on %s', (dialect) => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    env = { RAPPORT_DATA: db.dataDir, DATABASE_URL: db.databaseUrl ?? '' };
  });
  afterAll(() => db.dispose());

  it('initialises the owner, then knows who it is', async () => {
    const before = await runCli(['whoami'], env);
    expect(before.code).toBe(1);
    expect(before.stderr.trim()).toMatch(/^rapport: Rapport is not set up yet/);

    const init = await runCli(
      [
        'init',
        '--email',
        'ann@example.com',
        '--name',
        'Ann Lee',
        '--tz',
        'Pacific/Chatham',
        '--password',
        'password1',
      ],
      env,
    );
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('Ann Lee');

    const whoami = await runCli(['whoami', '--json'], env);
    expect(whoami.code).toBe(0);
    expect(JSON.parse(whoami.stdout)).toMatchObject({
      email: 'ann@example.com',
      name: 'Ann Lee',
      timeZone: 'Pacific/Chatham',
      role: 'owner',
    });

    const again = await runCli(
      ['init', '--email', 'b@example.com', '--name', 'B', '--tz', 'UTC', '--password', 'password1'],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already set up/);
  });

  it('reports migrations as applied', async () => {
    const status = await runCli(['db', 'status', '--json'], env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout);
    expect(parsed.dialect).toBe(dialect);
    expect(parsed.migrations.length).toBeGreaterThan(0);
    expect(parsed.migrations.every((m: { appliedAt: string | null }) => m.appliedAt)).toBe(true);
    const migrate = await runCli(['db', 'migrate'], env);
    expect(migrate.stdout).toMatch(/up to date/);
  });

  it('creates, lists and revokes tokens', async () => {
    const created = await runCli(['token', 'create', 'backup script'], env);
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^rpt_\S{40,}$/);
    expect(created.stderr).toMatch(/not shown again/);
    const dupe = await runCli(['token', 'create', 'backup script'], env);
    expect(dupe.code).toBe(1);

    const listed = JSON.parse((await runCli(['token', 'list', '--json'], env)).stdout);
    expect(listed.map((t: { name: string }) => t.name)).toEqual(['backup script']);
    expect(JSON.stringify(listed)).not.toContain(created.stdout.trim());

    expect((await runCli(['token', 'revoke', 'backup script'], env)).code).toBe(0);
    expect(JSON.parse((await runCli(['token', 'list', '--json'], env)).stdout)).toEqual([]);
    const missing = await runCli(['token', 'revoke', 'backup script'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('rapport: Token not found');
  });

  it('exits 2 on a wrong command line and 1 on bad input', async () => {
    expect((await runCli(['frobnicate'], env)).code).toBe(2);
    expect((await runCli(['token', 'create'], env)).code).toBe(2);
    expect((await runCli(['whoami', '--as', 'nobody@example.com'], env)).code).toBe(1);
  });
});

describe('rapport against a server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('initialises remotely and works with a token, refusing a revoked one', async () => {
    const remote = { RAPPORT_SERVER: server.url, RAPPORT_DATA: '/nonexistent-never-used' };
    const init = await runCli(
      [
        'init',
        '--email',
        'cy@example.com',
        '--name',
        'Cy',
        '--tz',
        'Asia/Tokyo',
        '--password',
        'password1',
      ],
      remote,
    );
    expect(init.code, init.stderr).toBe(0);
    const noToken = await runCli(['whoami'], remote);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/Sign in or send an API token/);

    // The owner makes a token on the server's own data folder, then uses it over HTTP.
    const local = { RAPPORT_DATA: server.dataDir };
    const token = (await runCli(['token', 'create', 'remote'], local)).stdout.trim();
    const whoami = await runCli(['--server', server.url, '--token', token, 'whoami', '--json'], {});
    expect(whoami.code, whoami.stderr).toBe(0);
    expect(JSON.parse(whoami.stdout).timeZone).toBe('Asia/Tokyo');

    await runCli(['--server', server.url, '--token', token, 'token', 'revoke', 'remote'], {});
    const after = await runCli(['whoami'], { RAPPORT_SERVER: server.url, RAPPORT_TOKEN: token });
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/not valid/);
  });

  it('says clearly when the server cannot be reached', async () => {
    const result = await runCli(['--server', 'http://127.0.0.1:9', '--token', 'x', 'whoami'], {});
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^rapport: Cannot reach http:\/\/127\.0\.0\.1:9/);
  });
});

describe('rapport serve with a bad environment', () => {
  it('gives one line and exit 1 for a port in use, a bad data folder or an unreachable database', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const db = await createTestDatabase('sqlite', { migrated: false });
      const cases = [
        [{ PORT: port, RAPPORT_DATA: db.dataDir }, /Port \d+ is already in use/],
        [{ RAPPORT_DATA: '/etc/passwd/rapport' }, /Cannot write to the data folder/],
        [
          { RAPPORT_DATA: db.dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' },
          /Cannot reach PostgreSQL/,
        ],
        [{ RAPPORT_DATA: db.dataDir, PORT: 'eighty' }, /PORT must be/],
        [{ RAPPORT_DATA: db.dataDir, RAPPORT_SLACK_API_URL: 'slack' }, /RAPPORT_SLACK_API_URL/],
        [
          { RAPPORT_DATA: db.dataDir, RAPPORT_SLACK_URL_PREFIX: 'ftp://x/' },
          /RAPPORT_SLACK_URL_PREFIX must be an http/,
        ],
      ] as const;
      for (const [env, message] of cases) {
        const result = await runCli(['serve'], { HOST: '127.0.0.1', PORT: '0', ...env });
        expect(result.code, JSON.stringify(env)).toBe(1);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(message);
      }
      await db.dispose();
    } finally {
      blocker.close();
    }
  });
});
