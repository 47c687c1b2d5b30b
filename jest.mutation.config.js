/**
 * The unit tests that exercise src/ in-process, for mutation testing (`npm run test:mutation`):
 * no e2e, no plugin-process tests (they run the built bundle, not the mutated sources), and
 * ts-jest without type checking (Stryker marks mutated files `@ts-nocheck` anyway).
 */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: './test/mutation/bail-environment.js',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // Each test file keeps its own request ledger, as in the unit project. A mutant run loads only the
  // test files whose tests cover the mutant, fastest first, and stops at the first failure
  // (record-test-files.ts and the rest of test/mutation/).
  setupFilesAfterEnv: [
    '<rootDir>/test/setup-budget-ledger.ts',
    '<rootDir>/test/mutation/record-test-files.ts',
  ],
  testSequencer: '<rootDir>/test/mutation/covering-test-files.js',
  runner: '<rootDir>/test/mutation/bail-runner.js',
  // Real time windows against a real redis-server: flaky on a loaded machine, and a failure in
  // Stryker's initial run stops the whole run. src/litmos/shared-budget.test.ts covers the budget.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/simulated/redis-shared-budget.test.ts'],
  // As the unit project: a loaded machine, and a timeout here is a hang, never a speed check.
  testTimeout: 20_000,
  testMatch: [
    '<rootDir>/src/**/*.test.ts',
    '<rootDir>/test/framework/**/*.test.ts',
    '<rootDir>/test/simulated/**/*.test.ts',
  ],
};
