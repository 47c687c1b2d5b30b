/**
 * Recovery from a rate limit that another process spent: the simulator's window is already full
 * when the client starts, and the client's own budget (as in a fresh provider process) cannot know. Millisecond backoff alone would spend
 * every retry inside the window; the key's cool-down waits the window out instead.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../simulators/litmos/index.js';
import { LitmosClient } from './client.js';
import { resetRequestGates } from './throttle.js';

const WINDOW_MS = 400;
const PER_WINDOW = 5;
let sim: LitmosSimulator;

beforeEach(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_MS });
});

afterEach(async () => {
  resetRequestGates();
  await sim.close();
});

/**
 * Spends what is left of the simulator's current window, as another provider process would. Done
 * in the simulator itself, at once: five requests over HTTP can outlast a short window on a
 * loaded machine, and the client would then find a fresh window.
 */
function spendWindow(): void {
  while (sim.rateLimiter.admit(sim.apiKey));
}

function client(): LitmosClient {
  return new LitmosClient({
    apiKey: sim.apiKey,
    source: sim.source,
    baseUrl: sim.baseUrl,
    // The process believes it has the key to itself: its own budget cannot prevent the 503s.
    requestsPerMinute: PER_WINDOW * 10,
    throttleIntervalMs: WINDOW_MS,
    // Backoff far shorter than the window: only the cool-down can bridge it.
    retry: { limit: 5, baseDelayMs: 1, maxDelayMs: WINDOW_MS },
  });
}

it('creates every user although the window was spent by someone else', async () => {
  const litmos = client();
  // A client that has talked to Litmos already (its HTTP library loaded), so that its creates
  // follow the spending at once, inside the spent window.
  await litmos.checkCredentials();
  spendWindow();
  const names = Array.from({ length: 4 }, (_, i) => `spent-${i}@example.com`);
  const results = await Promise.all(
    names.map((UserName) => litmos.users.create({ UserName, FirstName: 'F', LastName: 'L' })),
  );
  expect(results.map((r) => r.user.UserName).sort()).toEqual([...names].sort());
  expect(results.filter((r) => r.adopted)).toEqual([]);
  // Each user exists once: no create was repeated after it had succeeded.
  expect([...sim.store.users.values()].filter((u) => u.UserName.startsWith('spent-'))).toHaveLength(4);
  expect(sim.stats().rejected).toBeGreaterThan(0);
});
