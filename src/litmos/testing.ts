/** For tests of the Litmos client: the LitmosError a call fails with. */
import { LitmosError } from './errors.js';

/** The LitmosError `promise` rejects with; any other outcome fails the test. */
export async function caught(promise: Promise<unknown>): Promise<LitmosError> {
  try {
    await promise;
  } catch (e: unknown) {
    if (e instanceof LitmosError) return e;
    throw e;
  }
  throw new Error('expected a LitmosError');
}
