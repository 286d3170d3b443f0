// Runs the built `rapport` binary as a user would, and captures what it prints; and the start of
// most CLI tests: a fresh database whose owner `rapport init` made.
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import type { DialectName } from '../../src/store/database';
import { createTestDatabase, type TestDatabase } from './databases';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** PostgreSQL needs RAPPORT_SECRET; tests that do not care get this one. */
export const TEST_SECRET = 'test-secret-that-is-at-least-32-bytes-long';

/**
 * Older CLI tests pass `password1`, which Rapport now refuses as too easy to guess; it stands
 * for this strong fixture everywhere it is typed, so those tests stay about what they test.
 */
export const LEGACY_TEST_PASSWORD = 'password1';
export const CLI_TEST_PASSWORD = 'correct horse battery';

export function runCli(rawArgs: string[], env: Record<string, string>): Promise<CliResult> {
  const args = rawArgs.map((arg) => (arg === LEGACY_TEST_PASSWORD ? CLI_TEST_PASSWORD : arg));
  const secret =
    env.DATABASE_URL && !('RAPPORT_SECRET' in env) ? { RAPPORT_SECRET: TEST_SECRET } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/rapport.js', ...args], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        RAPPORT_SERVER: '',
        RAPPORT_TOKEN: '',
        ...secret,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Expects the command to have succeeded (its stderr says why not) and returns what it printed. */
export function ok(result: CliResult): string {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

export interface CliOwner {
  name: string;
  email: string;
  timeZone: string;
}

export const CLI_OWNER: CliOwner = {
  name: 'Me Myself',
  email: 'me@example.com',
  timeZone: 'Europe/Berlin',
};

/** `rapport init` with the owner's details, in the data folder or database `env` names. */
export function runInit(env: Record<string, string>, owner: CliOwner = CLI_OWNER) {
  return runCli(
    [
      'init',
      '--email',
      owner.email,
      '--name',
      owner.name,
      '--tz',
      owner.timeZone,
      '--password',
      CLI_TEST_PASSWORD,
    ],
    env,
  );
}

/** A fresh database whose owner `rapport init` made, and the environment to run the CLI on it. */
export interface CliAccount {
  db: TestDatabase;
  env: Record<string, string>;
}

export async function initCliAccount({
  dialect = 'sqlite',
  owner = CLI_OWNER,
  env = {},
}: {
  dialect?: DialectName;
  owner?: Partial<CliOwner>;
  /** Added to the data folder and database URL, e.g. a mail server or an empty one. */
  env?: Record<string, string>;
} = {}): Promise<CliAccount> {
  const db = await createTestDatabase(dialect, { migrated: false });
  const cliEnv = { RAPPORT_DATA: db.dataDir, DATABASE_URL: db.databaseUrl ?? '', ...env };
  const init = await runInit(cliEnv, { ...CLI_OWNER, ...owner });
  if (init.code !== 0) {
    await db.dispose();
    throw new Error(`rapport init exited ${init.code}: ${init.stderr}`);
  }
  return { db, env: cliEnv };
}
