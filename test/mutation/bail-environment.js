/**
 * Mutation testing only (`jest.mutation.config.js`, the `testEnvironment`): jest's node
 * environment that bails in a mutant run. Once a test fails, the mutant is killed, so every
 * later test of that mutant in this file is skipped (and `bail-runner.js` starts no further file).
 * Jest's own `bail` cannot be used: Stryker turns it off.
 * A run is one mutant (`__STRYKER_ACTIVE_MUTANT__`); outside a mutant run nothing changes.
 */
import NodeEnvironment from 'jest-environment-node';

/** Where the worker keeps the mutant whose run has a failed test (one mutant at a time per worker). */
const KILLED = Symbol.for('terraform-provider-litmos.mutation.killed');

const activeMutant = () => process.env.__STRYKER_ACTIVE_MUTANT__;

/** True in a mutant run once one of its tests has failed (read by `bail-runner.js`). */
export const activeMutantKilled = () => activeMutant() !== undefined && globalThis[KILLED] === activeMutant();

export default class BailEnvironment extends NodeEnvironment {
  async handleTestEvent(event) {
    const mutant = activeMutant();
    if (mutant === undefined) return;
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') globalThis[KILLED] = mutant;
    // A test that already carries an error (a failed beforeAll puts its error on every test under
    // it) must run to report it: skipped, the failure would be lost and the mutant survive.
    else if (event.name === 'test_start' && activeMutantKilled() && event.test.errors.length === 0)
      event.test.mode = 'skip';
  }
}
