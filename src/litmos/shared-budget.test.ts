import { Redis } from 'ioredis';
import {
  describeRedisUrl,
  redisUrlSecrets,
  SharedBudget,
  sharedWindowFor,
  withLowerCaseScheme,
} from './shared-budget.js';

describe('sharedWindowFor', () => {
  test.each([
    // intervalMs, marginMs, durationSeconds, guardMs
    ['one minute with the default margin', 60_000, undefined, 61, 2000],
    ['a margin that rounds up to whole seconds', 60_000, 300, 61, 2000],
    ['a short test window', 2500, 500, 3, 1000],
    ['an interval that is not whole seconds', 2200, 500, 3, 1600],
  ])('%s', (_name, intervalMs, marginMs, durationSeconds, guardMs) => {
    expect(sharedWindowFor(intervalMs, marginMs)).toEqual({ durationSeconds, guardMs });
  });

  test('rejects an interval too short to leave time for sending', () => {
    expect(() => sharedWindowFor(500, 1000)).toThrow(/at least a few seconds/);
  });

  test('rejects a non-positive margin', () => {
    expect(() => sharedWindowFor(60_000, 0)).toThrow(TypeError);
  });
});

describe('Redis URLs in messages', () => {
  test('describeRedisUrl keeps scheme, host and port only', () => {
    expect(describeRedisUrl('rediss://ops:p%40ss@redis.internal:6380/2')).toBe(
      'rediss://redis.internal:6380',
    );
    expect(describeRedisUrl('redis://:hunter2@10.0.0.5')).toBe('redis://10.0.0.5:6379');
  });

  test('redisUrlSecrets lists the URL, its password and user, raw and decoded', () => {
    const secrets = redisUrlSecrets('rediss://ops:p%40ss@redis.internal:6380/2');
    expect(secrets).toEqual(
      expect.arrayContaining(['rediss://ops:p%40ss@redis.internal:6380/2', 'p%40ss', 'p@ss', 'ops']),
    );
  });
});

describe('withLowerCaseScheme', () => {
  test('an upper-case scheme reaches ioredis in lower case (its TLS switch is a literal rediss://)', () => {
    expect(withLowerCaseScheme('REDISS://:Pw@Host:6380/0')).toBe('rediss://:Pw@Host:6380/0');
    expect(withLowerCaseScheme('Redis://h')).toBe('redis://h');
    expect(withLowerCaseScheme('redis://h')).toBe('redis://h');
  });
});

describe('a Redis URL that ioredis cannot read', () => {
  /** What `fn` throws, as class and message. */
  const thrown = (fn: () => unknown): { name: string; message: string } | undefined => {
    try {
      fn();
      return undefined;
    } catch (e: unknown) {
      return e instanceof Error
        ? { name: e.name, message: e.message }
        : { name: typeof e, message: String(e) };
    }
  };
  const throttle = { requestsPerInterval: 10, intervalMs: 60_000 };

  test.each([
    ['an unclosed IPv6 bracket', 'redis://[bad'],
    ['a port out of range', 'redis://:s3cret@redis.internal:99999'],
    ['a password that is not percent-encoding', 'REDIS://:p%zz@redis.internal'],
  ])('%s fails where the budget is made, as ioredis fails (without loading it there)', (_name, redisUrl) => {
    const fromIoredis = thrown(
      () => new Redis(withLowerCaseScheme(redisUrl), { lazyConnect: true, retryStrategy: () => null }),
    );
    expect(fromIoredis).toBeDefined();
    expect(thrown(() => new SharedBudget({ redisUrl, apiKey: 'key', throttle }))).toEqual(fromIoredis);
  });

  test('a readable URL makes a budget without connecting', () => {
    const budget = new SharedBudget({
      redisUrl: 'rediss://ops:p%40ss@redis.internal:6380/2',
      apiKey: 'key',
      throttle,
    });
    expect(budget.queueSize).toBe(0);
    budget.close();
  });
});
