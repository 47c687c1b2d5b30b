/**
 * Terraform runs plan and apply in separate provider processes. Litmos counts one window for the
 * key across both, so the apply's process must count what the plan's spent: a client made after
 * the gates are dropped (what a new process starts with) reads the machine's ledger and waits
 * instead of being refused.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../simulators/litmos/index.js';
import { LitmosClient } from './client.js';
import { resetRequestGates } from './throttle.js';

const WINDOW_MS = 1_500;
const PER_WINDOW = 6;
/**
 * The clients count a slightly longer window than the simulator: the budget's own margin (a
 * twentieth of a 1.5 s window, 75 ms) is less than the delay between "granted" and "counted" on a
 * loaded machine, and the test is about the ledger, not about that margin.
 */
const CLIENT_WINDOW_MS = WINDOW_MS + 300;
let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_MS });
});

afterEach(async () => {
  resetRequestGates();
  await sim.close();
});

/** A client of a fresh provider process: no gate of this key exists in memory yet. */
function freshProcessClient(): LitmosClient {
  resetRequestGates();
  return new LitmosClient({
    apiKey: sim.apiKey,
    source: sim.source,
    baseUrl: sim.baseUrl,
    requestsPerMinute: PER_WINDOW,
    throttleIntervalMs: CLIENT_WINDOW_MS,
  });
}

it('a second process on the same key spends only what the first left, and nothing is refused', async () => {
  const plan = freshProcessClient();
  await Promise.all([1, 2, 3, 4].map(() => plan.checkCredentials()));
  const apply = freshProcessClient();
  await Promise.all([1, 2, 3, 4, 5, 6].map(() => apply.checkCredentials()));
  expect(sim.stats().requests).toBe(10);
  expect(sim.stats().rejected).toBe(0);
});
