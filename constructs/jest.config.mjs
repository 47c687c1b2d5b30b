/**
 * Runs this package's tests on their own (`npx jest -c constructs/jest.config.mjs`); the
 * repository's `unit` project runs the same files through `<rootDir>/constructs/test/**`.
 */
export default {
  rootDir: '.',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/../tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
};
