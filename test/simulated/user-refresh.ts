/**
 * Helpers for refresh tests and the refresh benchmark: users created directly in the simulator
 * store, their Terraform states (imported through one provider process), and a refresh of those
 * states through another provider process with Terraform's parallelism.
 */
import type { LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Outcome } from './provider-harness.js';

export const USER_TYPE = 'litmos_user';
/** Terraform's default `-parallelism`. */
export const TERRAFORM_PARALLELISM = 10;

/** A provider process configured against the simulator, with a request budget that never waits. */
export async function startProvider(sim: LitmosSimulator): Promise<ProviderHarness> {
  const started = await ProviderHarness.start({
    api_key: sim.apiKey,
    litmos_source: sim.source,
    base_url: sim.baseUrl,
    requests_per_minute: 1_000_000,
  });
  if (started.errors.length > 0) throw new Error(`configure failed: ${started.errors.join('; ')}`);
  return started.harness;
}

/** Creates `count` users straight in the store (no API call); returns their ids. */
export function createUsersInStore(sim: LitmosSimulator, count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, n) => {
    const user = sim.store.createUser({
      UserName: `${prefix}.${n}@example.com`,
      FirstName: `${prefix}${String(n).padStart(5, '0')}`,
      LastName: 'Refresh',
      City: `City ${n}`,
    });
    return user.Id;
  });
}

/** The states Terraform would hold for these users, made by importing each one. */
export async function importStates(tf: ProviderHarness, ids: readonly string[]): Promise<ObjectValue[]> {
  return runConcurrently(ids, TERRAFORM_PARALLELISM, async (id) => {
    const imported = await tf.importState(USER_TYPE, id);
    if (imported.errors.length > 0 || imported.value === null) {
      throw new Error(`import of ${id} failed: ${imported.errors.join('; ')}`);
    }
    return imported.value;
  });
}

/** Reads every state with at most `concurrency` reads in flight, as Terraform's walk does. */
export function refreshConcurrently(
  tf: ProviderHarness,
  states: readonly ObjectValue[],
  concurrency = TERRAFORM_PARALLELISM,
): Promise<Array<Outcome<ObjectValue | null>>> {
  return runConcurrently(states, concurrency, (state) => tf.read(USER_TYPE, state));
}

/**
 * Runs `work` over `items` with at most `concurrency` calls in flight. After a failure no new item
 * starts, and the calls already running are awaited before the first error is thrown, so no work
 * outlives the caller (and leaks into the next test file).
 */
async function runConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as T);
      } catch (e: unknown) {
        failed = true;
        throw e;
      }
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, items.length) }, worker),
  );
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
  return results;
}
