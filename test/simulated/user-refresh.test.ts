/** A refresh of many `litmos_user` resources costs a listing, not one request per user. */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import {
  createUsersInStore,
  importStates,
  refreshConcurrently,
  startProvider,
  TERRAFORM_PARALLELISM,
} from './user-refresh.js';

let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 1_000_000 });
});
afterEach(async () => {
  await sim.close();
});

describe('refreshing litmos_user resources', () => {
  it('reads 100 users concurrently with at most 2 API calls', async () => {
    const ids = createUsersInStore(sim, 100, 'hundred');
    const states = await importStates(await startProvider(sim), ids);
    sim.store.updateUser(ids[5]!, { ...sim.store.findUser(ids[5]!), City: 'Changed elsewhere' });

    const tf = await startProvider(sim);
    sim.resetStats();
    const outcomes = await refreshConcurrently(tf, states, TERRAFORM_PARALLELISM);

    expect(outcomes.flatMap((o) => o.errors)).toEqual([]);
    expect(outcomes.map((o) => o.value?.id)).toEqual(ids);
    expect(outcomes[5]?.value?.city).toBe('Changed elsewhere');
    expect(sim.stats().requests).toBeLessThanOrEqual(2);
    expect(sim.stats().byRoute['GET /users/{id}']).toBeUndefined();
  });

  it('removes a user deleted in Litmos from state during a batched refresh', async () => {
    const ids = createUsersInStore(sim, 12, 'drift');
    const states = await importStates(await startProvider(sim), ids);
    sim.store.deleteUser(ids[3]!);

    const tf = await startProvider(sim);
    sim.resetStats();
    const outcomes = await refreshConcurrently(tf, states);

    expect(outcomes.flatMap((o) => o.errors)).toEqual([]);
    expect(outcomes[3]?.value).toBeNull();
    expect(outcomes.filter((o) => o.value !== null).length).toBe(11);
    // One listing serves the eleven; the one missing from it is confirmed gone by a point read.
    expect(sim.stats().byRoute).toEqual({ 'GET /users/details': 1, 'GET /users/{id}': 1 });
  });

  it('reads a single user with one GET /users/{id}, not a listing', async () => {
    const ids = createUsersInStore(sim, 1, 'single');
    const states = await importStates(await startProvider(sim), ids);

    const tf = await startProvider(sim);
    sim.resetStats();
    const outcomes = await refreshConcurrently(tf, states);

    expect(outcomes[0]?.value?.id).toBe(ids[0]);
    expect(sim.stats().byRoute).toEqual({ 'GET /users/{id}': 1 });
  });
});
