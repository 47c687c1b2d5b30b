/** Two projects: fast unit/simulator tests, and the e2e tier that runs real terraform. */
const shared = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      // Generous for a loaded two-core CI runner: several simulator-backed tests start providers
      // and serve hundreds of users; a timeout here is a hang, never a speed check.
      testTimeout: 20_000,
      testMatch: [
        '<rootDir>/src/**/*.test.ts',
        '<rootDir>/test/framework/**/*.test.ts',
        '<rootDir>/test/simulated/**/*.test.ts',
        '<rootDir>/test/plugin/**/*.test.ts',
        '<rootDir>/test/contract/**/*.test.ts',
        '<rootDir>/constructs/test/**/*.test.ts',
      ],
      setupFilesAfterEnv: ['<rootDir>/test/setup-budget-ledger.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e/setup-timeout.ts'],
    },
  ],
};
