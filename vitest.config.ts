import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/test-run.ts'],
    // Inherited by the servers and CLIs the tests start (see test/support/test-run.ts).
    env: { NODE_ENV: 'test', RAPPORT_TEST_PASSWORD_HASHING: 'fast' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A test file's own cost is small beside importing the app into a fresh process (about
    // 2.5 CPU seconds a file, measured), so files run one after another in a kept worker:
    // modules load once per worker. test/support/test-run.ts puts back what a file changes in
    // the process (environment, spies, terminal flags), and every file makes its own databases,
    // apps and servers, so no file depends on another having run.
    isolate: false,
    // Most test files wait on PostgreSQL, a browser, a child process or a real server rather
    // than on the CPU, so run more files than cores (vitest's default is cores - 1: one file at
    // a time on a 2-core machine).
    maxWorkers: Math.max(2, Math.round(availableParallelism() * 1.5)),
  },
});
