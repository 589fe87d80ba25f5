import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests next to the code, and the integration suite under test/ run twice,
 * once on SQLite and once on a throwaway PostgreSQL (same files, TEST_DB decides).
 */
const integration = (engine: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `api-${engine}`,
    include: ['test/**/*.test.ts'],
    env: { TEST_DB: engine },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'api-unit', include: ['src/**/*.test.ts'] } },
      integration('sqlite'),
      integration('postgres'),
    ],
  },
});
