/**
 * Mutation testing only (`jest.mutation.config.js`, the `runner`): jest's in-band runner that, in
 * a mutant run, starts the test files one at a time and stops once a test has failed (the mutant
 * is killed; see `bail-environment.js`). Files not started report nothing, which Stryker does
 * not need. Outside a mutant run it is jest's runner unchanged.
 */
import TestRunner from 'jest-runner';
import { activeMutantKilled } from './bail-environment.js';

export default class BailRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    if (!options.serial || process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
      return super.runTests(tests, watcher, options);
    }
    for (const test of tests) {
      if (activeMutantKilled()) return;
      await super.runTests([test], watcher, options);
    }
  }
}
