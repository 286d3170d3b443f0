// The operator's side of accounts: configuration refused with one clear line, a private data
// folder, and `rapport password reset`.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api';
import { runCli, runInit } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/databases';

describe('rapport serve with unsafe or unclear configuration', () => {
  it('refuses each with one line and exit 1', async () => {
    const db = await createTestDatabase('sqlite', { migrated: false });
    const cases = [
      [{ RAPPORT_SECRET: 'too-short' }, /^rapport: RAPPORT_SECRET must be at least 32 bytes/],
      [
        { DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none', RAPPORT_SECRET: '' },
        /^rapport: RAPPORT_SECRET is required with PostgreSQL/,
      ],
      [
        { RAPPORT_PUBLIC_URL: 'rapport.example.com' },
        /^rapport: RAPPORT_PUBLIC_URL must be an http:\/\/ or https:\/\/ URL, e\.g\. https:\/\/rapport\.example\.com$/,
      ],
      [
        { RAPPORT_OPEN_SIGNUP: 'yes' },
        /^rapport: RAPPORT_OPEN_SIGNUP must be 1, 0, true or false, got "yes"$/,
      ],
      [{ RAPPORT_TRUST_PROXY: 'yes' }, /^rapport: RAPPORT_TRUST_PROXY must be 0, or the number/],
      [{ RAPPORT_SESSION_DAYS: '0' }, /^rapport: RAPPORT_SESSION_DAYS must be a whole number/],
      [
        { HOST: '999.1.1.1' },
        /^rapport: HOST must be an IP address or a host name, got "999\.1\.1\.1"$/,
      ],
      [
        { HOST: 'no-such-host.invalid' },
        /^rapport: HOST no-such-host\.invalid is not an address of this machine/,
      ],
    ] as const;
    try {
      for (const [env, message] of cases) {
        const result = await runCli(['serve'], {
          HOST: '127.0.0.1',
          PORT: '0',
          RAPPORT_DATA: db.dataDir,
          ...env,
        });
        expect(result.code, JSON.stringify(env)).toBe(1);
        expect(result.stderr.trim().split('\n'), JSON.stringify(env)).toHaveLength(1);
        expect(result.stderr.trim()).toMatch(message);
      }
    } finally {
      await db.dispose();
    }
  });

  it('accepts the documented spellings', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rapport-cfg-'));
    try {
      for (const env of <Record<string, string>[]>[
        { RAPPORT_OPEN_SIGNUP: 'true', RAPPORT_TRUST_PROXY: '2' },
        { RAPPORT_OPEN_SIGNUP: '0', RAPPORT_PUBLIC_URL: 'https://rapport.example.com/' },
      ]) {
        const result = await runCli(['db', 'status'], { RAPPORT_DATA: dataDir, ...env });
        expect(result.code, result.stderr).toBe(0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the data folder', () => {
  let parent: string;
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'rapport-perm-'));
    chmodSync(parent, 0o755);
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

  it('is created private: the folder 0700, the database, its journal and the secret 0600', async () => {
    const dataDir = join(parent, 'data');
    const init = await runInit(
      { RAPPORT_DATA: dataDir },
      { name: 'Ann', email: 'ann@example.com', timeZone: 'UTC' },
    );
    expect(init.code, init.stderr).toBe(0);
    expect(mode(dataDir)).toBe('700');
    for (const file of ['rapport.sqlite', 'rapport.sqlite-wal', 'rapport.sqlite-shm', 'secret']) {
      if (file === 'secret' || existsSync(join(dataDir, file))) {
        expect(mode(join(dataDir, file)), file).toBe('600');
      }
    }
    // The writability probe leaves nothing behind.
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('warns at start when others can read an existing folder', async () => {
    const dataDir = join(parent, 'shared');
    const init = await runInit(
      { RAPPORT_DATA: dataDir },
      { name: 'Ann', email: 'ann@example.com', timeZone: 'UTC' },
    );
    expect(init.code, init.stderr).toBe(0);
    chmodSync(dataDir, 0o755);
    const child = spawn(process.execPath, ['bin/rapport.js', 'serve'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        RAPPORT_DATA: dataDir,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('running at')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    // While the server runs, SQLite's journal files exist: they are as private as the database.
    for (const file of ['rapport.sqlite', 'rapport.sqlite-wal', 'rapport.sqlite-shm']) {
      expect(mode(join(dataDir, file)), file).toBe('600');
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    // A warning line of the server's log (stdout; JSON when not a terminal).
    const log = output + stderr;
    expect(log).toContain(`warning: the data folder ${dataDir} can be read by other users`);
    expect(log).toContain(`chmod 700 ${dataDir}`);
  });
});

describe('rapport password reset', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    env = { RAPPORT_DATA: db.dataDir, RAPPORT_PUBLIC_URL: '' };
  });
  afterAll(() => db.dispose());

  it('prints a one-time link for an account, which sets a new password once', async () => {
    const api = testApi(db);
    const owner = await api.setupOwner();
    const member = await api.addMember(owner, { email: 'bo@example.com' });

    const printed = await runCli(['password', 'reset', 'BO@example.com'], env);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/^One-time link for bo@example\.com, valid until /);
    const url = /http:\/\/127\.0\.0\.1:7707\/reset\/\S+/.exec(printed.stdout)?.[0];
    expect(url).toBeDefined();

    const json = await runCli(['password', 'reset', 'bo@example.com', '--json'], env);
    expect(json.code).toBe(0);
    const link = JSON.parse(json.stdout);
    expect(link).toMatchObject({ email: 'bo@example.com' });
    // A new link replaces the one before it.
    const stale = await api.call('POST', '/api/auth/reset/check', {
      body: { token: url!.split('/reset/')[1]! },
    });
    expect(stale.status).toBe(404);

    const used = await api.call('POST', '/api/auth/reset', {
      body: { token: link.url.split('/reset/')[1], newPassword: 'lantern orchard quietly' },
    });
    expect(used.status).toBe(200);
    expect((await api.call('GET', '/api/me', { session: member })).status).toBe(401);

    const unknown = await runCli(['password', 'reset', 'nobody@example.com'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('rapport: Account not found');
    const remote = await runCli(
      ['--server', 'http://127.0.0.1:9', '--token', 'x', 'password', 'reset', 'bo@example.com'],
      {},
    );
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/runs on the server’s machine/);
  });
});

// `script` gives the command a terminal, as an operator at a shell has.
const hasScript = existsSync('/usr/bin/script');

describe.skipIf(!hasScript)('rapport password reset in a terminal', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(() => db.dispose());

  it('asks for the new password twice and sets it', async () => {
    const api = testApi(db);
    const owner = await api.setupOwner();
    const child = spawn(
      'script',
      ['-qec', `node bin/rapport.js password reset ${owner.email}`, '/dev/null'],
      {
        env: { ...process.env, RAPPORT_DATA: db.dataDir, DATABASE_URL: '', RAPPORT_SERVER: '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let answered = 0;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // Answer each prompt once it is shown, never ahead of it.
      const prompts = output.match(/New password( again)?: /g)?.length ?? 0;
      while (answered < prompts) {
        answered += 1;
        child.stdin.write('lantern orchard quietly\r');
      }
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    expect(output).toContain(
      `Password set for ${owner.email}; every session of theirs was signed out.`,
    );
    expect(output).not.toContain('lantern');
    expect((await api.call('GET', '/api/me', { session: owner })).status).toBe(401);
    const signIn = await api.call('POST', '/api/auth/signin', {
      body: { email: owner.email, password: 'lantern orchard quietly' },
    });
    expect(signIn.status).toBe(200);
  });
});
