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
  },
});
