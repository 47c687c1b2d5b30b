/**
 * Mutation testing with StrykerJS: `npm run test:mutation` (all five folders) or, for one folder,
 * `npm run test:mutation -- --mutate 'src/tf/**\/*.ts' '!src/**\/*.test.ts'`. Incremental: results
 * are kept in reports/mutation/incremental.json, so a second run only tests what changed.
 * Not part of `npm test` (a full run takes hours on two cores).
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
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/report.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
