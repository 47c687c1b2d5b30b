/**
 * The unit tests that exercise src/ in-process, for mutation testing (`npm run test:mutation`):
 * no e2e, no plugin-process tests (they run the built bundle, not the mutated sources), and
 * ts-jest without type checking (Stryker marks mutated files `@ts-nocheck` anyway).
 */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: [
    '<rootDir>/src/**/*.test.ts',
    '<rootDir>/test/framework/**/*.test.ts',
    '<rootDir>/test/simulated/**/*.test.ts',
  ],
};
