import { defineConfig } from 'vitest/config';

/** Browser tests: one real server (SQLite, demo data) for the run, one Chromium per test file. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
