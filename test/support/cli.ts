// Runs the built `rapport` binary as a user would, and captures what it prints.
import { spawn } from 'node:child_process';

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
