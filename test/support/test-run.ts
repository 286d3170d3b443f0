// Runs before every test file, in its worker: cheap password hashing for the in-process app.
// Servers and CLIs started as processes get the same through RAPPORT_TEST_PASSWORD_HASHING
// (vitest.config.ts), which src/config.ts accepts only together with NODE_ENV=test.
//
// Files share their worker (isolate: false in vitest.config.ts), so what a file changes in the
// process is put back when it ends: the environment, stubbed variables, spies, and whether
// stderr/stdout claim to be a terminal. The next file starts as if it had the worker to itself.
import { afterAll, vi } from 'vitest';
import { hashPasswordsCheaplyForTests } from '../../src/app/accounts/passwords';

hashPasswordsCheaplyForTests();

const environment = { ...process.env };
const terminals = { stdout: process.stdout.isTTY, stderr: process.stderr.isTTY };

afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) {
    if (!(name in environment)) delete process.env[name];
  }
  Object.assign(process.env, environment);
  process.stdout.isTTY = terminals.stdout;
  process.stderr.isTTY = terminals.stderr;
});
