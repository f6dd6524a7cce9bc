// Two tiers: `unit` needs nothing running; `system` (integration *.int.test.ts and browser
// *.e2e.test.ts) shares one real Neo4j that its global setup starts on a free port with a
// throwaway data directory, and seeds.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'system',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts', '<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/support/realGraph.setup.ts'],
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  // A limit against hangs, not a speed goal: starting Chromium and the first queries on a cold
  // JVM take a while on two cores.
  testTimeout: 60_000,
};
