/**
 * The Litmos budget shared through a real `redis-server` on loopback: several budgets (one per
 * simulated provider process) against one simulator key never draw a 503; Redis failures fall
 * back to the in-process throttle with one warning; credentials never leak.
 */
import { Redis } from 'ioredis';
import pThrottle from 'p-throttle';
import { findRedisServer, freeLoopbackPort, startRedisServer } from '../../scripts/redis-server.js';
import { LitmosClient, resetRequestGates, resetSharedBudgets } from '../../src/litmos/index.js';
import { keyFingerprint } from '../../src/litmos/throttle.js';
import { SharedBudget, SHARED_BUDGET_KEY_PREFIX } from '../../src/litmos/shared-budget.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { WireDiagnostic } from '../../src/framework/index.js';
import { ProviderHarness } from './provider-harness.js';

const redisBin = findRedisServer();
if (redisBin === undefined) {
  process.stderr.write('SKIP shared Litmos budget in Redis: redis-server is not on PATH\n');
}
const describeWithRedis = redisBin === undefined ? describe.skip : describe;

/** Three "processes", four requests each, against a key allowed four requests per window. */
const PROCESSES = 3;
const REQUESTS_EACH = 4;
const PER_WINDOW = 4;
const WINDOW_MS = 2500;

const WARNING = 'Litmos Shared Rate Budget Unavailable';

async function listUsers(sim: LitmosSimulator): Promise<number> {
  const url = `${sim.baseUrl}/users?source=${encodeURIComponent(sim.source)}&format=json&limit=1`;
  const res = await fetch(url, { headers: { apikey: sim.apiKey } });
  await res.arrayBuffer();
  return res.status;
}

/** Runs every "process" at once: each sends its requests concurrently, each after `acquire`. */
async function runProcesses(sim: LitmosSimulator, gates: (() => Promise<void>)[]): Promise<number[]> {
  const all = gates.flatMap((acquire) =>
    Array.from({ length: REQUESTS_EACH }, async () => {
      await acquire();
      return listUsers(sim);
    }),
  );
  return Promise.all(all);
}

describeWithRedis('a Litmos budget shared through Redis', () => {
  let sim: LitmosSimulator;

  beforeEach(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: PER_WINDOW, rateLimitWindowMs: WINDOW_MS });
  });
  afterEach(async () => {
    resetSharedBudgets();
    resetRequestGates();
    await sim.close();
  });

  test('three processes with separate connections never exceed the key budget', async () => {
    const redis = await startRedisServer();
    const budgets = Array.from(
      { length: PROCESSES },
      () =>
        new SharedBudget({
          redisUrl: redis.url,
          apiKey: sim.apiKey,
          throttle: { requestsPerInterval: PER_WINDOW, intervalMs: WINDOW_MS },
          windowMarginMs: 500,
        }),
    );
    try {
      const statuses = await runProcesses(
        sim,
        budgets.map((b) => () => b.acquire()),
      );
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(sim.stats().rejected).toBe(0);
      expect(sim.stats().requests).toBe(PROCESSES * REQUESTS_EACH);
      expect(budgets.map((b) => b.fallback)).toEqual([undefined, undefined, undefined]);

      // The budget lives under a hash of the key; the key itself is nowhere in Redis.
      const probe = new Redis(redis.url);
      const keys = await probe.keys('*');
      probe.disconnect();
      expect(keys).toEqual([`${SHARED_BUDGET_KEY_PREFIX}:${keyFingerprint(sim.apiKey)}`]);
      expect(keys.join(' ')).not.toContain(sim.apiKey);
    } finally {
      for (const b of budgets) b.close();
      await redis.stop();
    }
  }, 30_000);

  test('the same workload with one in-process throttle per process overruns the key', async () => {
    const gates = Array.from({ length: PROCESSES }, () =>
      pThrottle({ limit: PER_WINDOW, interval: WINDOW_MS })(async () => undefined),
    );
    await runProcesses(sim, gates);
    expect(sim.stats().rejected).toBeGreaterThan(0);
  });

  test('an unreachable Redis falls back to the in-process throttle, reported once, without the password', async () => {
    const port = await freeLoopbackPort();
    const password = 'pw-that-must-not-leak';
    const client = new LitmosClient({
      apiKey: sim.apiKey,
      source: sim.source,
      baseUrl: sim.baseUrl,
      requestsPerMinute: PER_WINDOW,
      throttleIntervalMs: WINDOW_MS,
      redisUrl: `redis://:${password}@127.0.0.1:${port}`,
      sharedWindowMarginMs: 500,
    });
    await client.checkCredentials();
    expect(sim.stats().requests).toBe(1);
    const fallback = client.takeBudgetFallback();
    expect(fallback?.server).toBe(`redis://127.0.0.1:${port}`);
    expect(fallback?.reason).toMatch(/ECONNREFUSED|closed/);
    expect(JSON.stringify(fallback)).not.toContain(password);
    expect(client.takeBudgetFallback()).toBeUndefined();
  }, 15_000);

  test('Redis lost mid-run: the run completes and the provider warns exactly once', async () => {
    const password = 'another-secret-pw';
    const redis = await startRedisServer({ password });
    const { harness: tf, errors } = await ProviderHarness.start(
      { api_key: sim.apiKey, litmos_source: sim.source, base_url: sim.baseUrl },
      { LITMOS_REDIS_URL: redis.url, LITMOS_REQUESTS_PER_MINUTE: '1000' },
    );
    expect(errors).toEqual([]);
    const user = (name: string) => ({ username: `${name}@example.com`, first_name: name, last_name: 'Test' });
    let warnings: WireDiagnostic[] = [];
    const collect = (d: WireDiagnostic[]) => {
      warnings = warnings.concat(d.filter((x) => x.severity === 'WARNING'));
    };
    try {
      sim.rateLimiter.configure({ requestsPerMinute: 1000, windowMs: 60_000 });
      const ada = await tf.converge('litmos_user', user('ada') as never, null);
      expect(ada?.id).toEqual(expect.any(String));

      await redis.stop();

      const p = await tf.plan('litmos_user', user('grace') as never, null);
      collect(p.diagnostics);
      const a = await tf.apply('litmos_user', user('grace') as never, null, p.value.planned, p.value.private);
      expect(a.errors).toEqual([]);
      collect(a.diagnostics);
      const r1 = await tf.read('litmos_user', ada!);
      expect(r1.errors).toEqual([]);
      collect(r1.diagnostics);
      const r2 = await tf.read('litmos_user', a.value.state!);
      expect(r2.errors).toEqual([]);
      collect(r2.diagnostics);

      expect(sim.store.findUser('grace@example.com')?.Active).toBe(true);
      expect(warnings.map((w) => w.summary)).toEqual([WARNING]);
      expect(warnings[0]?.detail).toContain(`redis://127.0.0.1:${redis.port}`);
      expect(JSON.stringify(warnings)).not.toContain(password);
    } finally {
      await redis.stop();
    }
  }, 30_000);

  test('a redis_url that is not a redis URL is an error on the attribute', async () => {
    const { errors } = await ProviderHarness.start(
      { api_key: sim.apiKey, litmos_source: sim.source, base_url: sim.baseUrl },
      { LITMOS_REDIS_URL: 'http://127.0.0.1:6379' },
    );
    expect(errors).toEqual([expect.stringMatching(/^Invalid Redis URL: /)]);
  });
});
