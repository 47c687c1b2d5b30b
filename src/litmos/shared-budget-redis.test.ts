/**
 * `SharedBudget` against a real `redis-server` on loopback: points are taken in Redis under the
 * key's fingerprint, a refused or too-late point waits for the next window, and every way Redis
 * can fail (unreachable, lost, closed by us) moves the waiting requests to the in-process budget,
 * reported once and without credentials. No assertion on durations: windows are set up in Redis
 * directly, a few hundred milliseconds from their end. Skipped, with one line, without redis-server.
 */
import { Redis } from 'ioredis';
import {
  findRedisServer,
  freeLoopbackPort,
  startRedisServer,
  type RedisServer,
} from '../../scripts/redis-server.js';
import {
  resetSharedBudgets,
  SHARED_BUDGET_KEY_PREFIX,
  SharedBudget,
  sharedBudgetFor,
  type BudgetFallback,
} from './shared-budget.js';
import { keyFingerprint, resetRequestGates } from './throttle.js';
import { LitmosClient } from './client.js';
import { loopback } from '../net/testing.js';

const redisBin = findRedisServer();
if (redisBin === undefined)
  process.stderr.write('SKIP SharedBudget against Redis: redis-server is not on PATH\n');
const describeWithRedis = redisBin === undefined ? describe.skip : describe;

const throttle = { requestsPerInterval: 5, intervalMs: 60_000 };
let serial = 0;
const newKey = (): string => `shared-budget-key-${++serial}-${process.pid}`;
const redisKey = (apiKey: string): string => `${SHARED_BUDGET_KEY_PREFIX}:${keyFingerprint(apiKey)}`;

describeWithRedis('a budget shared through Redis', () => {
  let redis: RedisServer;
  let probe: Redis;

  beforeAll(async () => {
    redis = await startRedisServer();
    probe = new Redis(redis.url);
  });
  afterAll(async () => {
    probe.disconnect();
    await redis.stop();
  });
  afterEach(() => {
    resetSharedBudgets();
    resetRequestGates();
  });

  it('takes one point in Redis per request, under the fingerprint of the key', async () => {
    const apiKey = newKey();
    const budget = new SharedBudget({ redisUrl: redis.url, apiKey, throttle });
    try {
      await Promise.all([budget.acquire(), budget.acquire(), budget.acquire()]);
      expect(await probe.get(redisKey(apiKey))).toBe('3');
      // The window is the interval plus the margin, in whole seconds.
      expect(await probe.pttl(redisKey(apiKey))).toBeGreaterThan(59_000);
      expect(budget.queueSize).toBe(0);
      expect(budget.fallback).toBeUndefined();
    } finally {
      budget.close();
    }
  });

  it('waits for the next window when the key has spent this one', async () => {
    const apiKey = newKey();
    await probe.set(redisKey(apiKey), '5', 'PX', 300);
    const budget = new SharedBudget({ redisUrl: redis.url, apiKey, throttle });
    try {
      await budget.acquire();
      // Granted in a new window: one point, and a whole window ahead.
      expect(await probe.get(redisKey(apiKey))).toBe('1');
      expect(await probe.pttl(redisKey(apiKey))).toBeGreaterThan(59_000);
      expect(budget.fallback).toBeUndefined();
    } finally {
      budget.close();
    }
  });

  it('does not use a point granted in the last moments of a window', async () => {
    const apiKey = newKey();
    await probe.set(redisKey(apiKey), '0', 'PX', 300);
    const budget = new SharedBudget({ redisUrl: redis.url, apiKey, throttle });
    try {
      await budget.acquire();
      expect(await probe.pttl(redisKey(apiKey))).toBeGreaterThan(59_000);
    } finally {
      budget.close();
    }
  });

  it('falls back once when Redis cannot be reached, naming the server but no credentials', async () => {
    const port = await freeLoopbackPort();
    const password = 'budget-pw-not-to-leak';
    const budget = new SharedBudget({
      redisUrl: `redis://user:${password}@127.0.0.1:${port}`,
      apiKey: newKey(),
      throttle,
      redisTimeoutMs: 1_000,
    });
    const heard: BudgetFallback[] = [];
    const stop = budget.onFallback((f) => heard.push(f));
    const unheard: BudgetFallback[] = [];
    budget.onFallback((f) => unheard.push(f))();
    await Promise.all([budget.acquire(), budget.acquire()]);
    expect(heard).toHaveLength(1);
    expect(unheard).toEqual([]);
    expect(budget.fallback).toBe(heard[0]);
    expect(heard[0]?.server).toBe(`redis://127.0.0.1:${port}`);
    expect(heard[0]?.reason).not.toBe('');
    expect(heard[0]?.at).toBeInstanceOf(Date);
    expect(JSON.stringify(heard)).not.toContain(password);
    // Later requests go to the in-process budget at once.
    await budget.acquire();
    expect(heard).toHaveLength(1);
    stop();
  });

  it('falls back when Redis goes away after it served', async () => {
    const own = await startRedisServer();
    const budget = new SharedBudget({ redisUrl: own.url, apiKey: newKey(), throttle });
    try {
      await budget.acquire();
      expect(budget.fallback).toBeUndefined();
      const fellBack = new Promise<BudgetFallback>((resolve) => budget.onFallback(resolve));
      await own.stop();
      expect((await fellBack).server).toBe(`redis://127.0.0.1:${own.port}`);
      await budget.acquire();
    } finally {
      budget.close();
      await own.stop();
    }
  });

  it('after close, serves requests from the in-process budget and records no fallback', async () => {
    const budget = new SharedBudget({ redisUrl: redis.url, apiKey: newKey(), throttle });
    await budget.acquire();
    budget.close();
    await budget.acquire();
    expect(budget.fallback).toBeUndefined();
  });

  it('closed before it connected, opens no connection and records no fallback', async () => {
    const apiKey = newKey();
    const budget = new SharedBudget({ redisUrl: redis.url, apiKey, throttle });
    const first = budget.acquire();
    budget.close();
    await first;
    expect(budget.fallback).toBeUndefined();
    expect(await probe.get(redisKey(apiKey))).toBeNull();
  });

  it('is one budget per key and Redis server in the process, until reset', () => {
    const apiKey = newKey();
    const a = sharedBudgetFor({ redisUrl: redis.url, apiKey, throttle });
    expect(
      sharedBudgetFor({ redisUrl: redis.url, apiKey, throttle: { ...throttle, requestsPerInterval: 9 } }),
    ).toBe(a);
    expect(sharedBudgetFor({ redisUrl: `${redis.url}/1`, apiKey, throttle })).not.toBe(a);
    expect(sharedBudgetFor({ redisUrl: redis.url, apiKey: newKey(), throttle })).not.toBe(a);
    resetSharedBudgets();
    expect(sharedBudgetFor({ redisUrl: redis.url, apiKey, throttle })).not.toBe(a);
  });
});

describe('a client whose Redis cannot be reached', () => {
  afterEach(() => {
    resetSharedBudgets();
    resetRequestGates();
  });

  it('sends its requests anyway, and reports the fallback once', async () => {
    const api = await loopback((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
    );
    const port = await freeLoopbackPort();
    try {
      const client = new LitmosClient({
        apiKey: newKey(),
        source: 'unit-test',
        baseUrl: `${api.origin}/v1.svc`,
        redisUrl: `redis://127.0.0.1:${port}`,
      });
      expect(client.sharedBudget).toBe(true);
      expect(client.takeBudgetFallback()).toBeUndefined();
      await client.checkCredentials();
      expect(api.seen).toHaveLength(1);
      expect(client.takeBudgetFallback()?.server).toBe(`redis://127.0.0.1:${port}`);
      expect(client.takeBudgetFallback()).toBeUndefined();
      expect(client.sharedBudget).toBe(true);
    } finally {
      await api.close();
    }
  });
});
