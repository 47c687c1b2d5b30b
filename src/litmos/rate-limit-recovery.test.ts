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

/** Spends the simulator's current window, as another provider process would. */
async function spendWindow(): Promise<void> {
  for (let i = 0; i < PER_WINDOW; i += 1) {
    const url = `${sim.baseUrl}/courses?source=${encodeURIComponent(sim.source)}&format=json`;
    const response = await fetch(url, { headers: { apikey: sim.apiKey } });
    expect(response.status).toBe(200);
  }
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
  await spendWindow();
  const litmos = client();
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
