/**
 * Mutation testing only (`jest.mutation.config.js`, the `testEnvironment`): jest's node
 * environment that bails in a mutant run. Once a test fails, the mutant is killed, so every
 * later test of that mutant in this file is skipped (and `bail-runner.js` starts no further file).
 * Jest's own `bail` cannot be used: Stryker turns it off.
 * A run is one mutant (`__STRYKER_ACTIVE_MUTANT__`); outside a mutant run nothing changes.
 * A test file whose docblock holds `@mutation-whole-file` runs whole in a mutant run (below).
 */
import NodeEnvironment from 'jest-environment-node';

/** Where the worker keeps the mutant whose run has a failed test (one mutant at a time per worker). */
const KILLED = Symbol.for('terraform-provider-litmos.mutation.killed');

const activeMutant = () => process.env.__STRYKER_ACTIVE_MUTANT__;

/** True in a mutant run once one of its tests has failed (read by `bail-runner.js`). */
export const activeMutantKilled = () => activeMutant() !== undefined && globalThis[KILLED] === activeMutant();

/**
 * The docblock pragma of a test file whose tests build on one another (a later test uses what an
 * earlier one made). Stryker runs only the tests that cover a mutant (`-t`); such a test run alone
 * fails on the missing state (a kill whatever the mutant did) or checks nothing (a survivor). A
 * file with this pragma runs whole, in order, in every mutant run that needs one of its tests.
 */
const WHOLE_FILE = 'mutation-whole-file';

export default class BailEnvironment extends NodeEnvironment {
  #wholeFile;

  constructor(config, context) {
    super(config, context);
    this.#wholeFile = Object.hasOwn(context.docblockPragmas ?? {}, WHOLE_FILE);
  }

  async handleTestEvent(event, state) {
    const mutant = activeMutant();
    if (mutant === undefined) return;
    if (event.name === 'run_start' && this.#wholeFile) state.testNamePattern = null;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') globalThis[KILLED] = mutant;
    // A test that already carries an error (a failed beforeAll puts its error on every test under
    // it) must run to report it: skipped, the failure would be lost and the mutant survive.
    else if (event.name === 'test_start' && activeMutantKilled() && event.test.errors.length === 0)
      event.test.mode = 'skip';
  }
}
