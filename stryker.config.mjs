/**
 * Mutation testing with StrykerJS: `npm run test:mutation` (all five folders) or, for one folder,
 * `npm run test:mutation -- --mutate "src/tf/**\/*.ts,!src/**\/*.test.ts,!src/**\/testing.ts,!src/**\/index.ts"`
 * (one argument, globs separated by commas; it replaces `mutate` below, excludes included).
 * Incremental: results are kept in reports/mutation/incremental.json, also for files outside
 * `--mutate`, so folders can be run one at a time and a second run only tests what changed. A
 * mutant run loads only the test files whose tests cover it and stops at the first failing test
 * (jest.mutation.config.js, test/mutation/). Not part of `npm test`.
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/tf/**/*.ts',
    'src/framework/**/*.ts',
    'src/litmos/**/*.ts',
    'src/conductorone/**/*.ts',
    'src/resources/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/testing.ts',
    '!src/**/index.ts',
  ],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  concurrency: 2,
  // A fresh test runner process every 40 mutants: in-process jest with ESM modules grows to gigabytes.
  maxTestRunnerReuse: 40,
  // A mutant's time limit is 1.5 × its covering tests' time + 5 s (an endless loop costs that much).
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/report.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
