import { isRetryableFailure, resolveRetryPolicy, retryDelayMs, type RetryPolicy } from './retry.js';

const policy: RetryPolicy = { limit: 4, baseDelayMs: 100, maxDelayMs: 500 };

describe('retryDelayMs', () => {
  it.each([
    ['a 400 is not retried', { attempt: 1, status: 400 }],
    ['a 404 is not retried', { attempt: 1, status: 404 }],
    ['a 409 is not retried', { attempt: 1, status: 409 }],
    ['a 501 is not retried', { attempt: 1, status: 501 }],
    ['an unknown socket error is not retried', { attempt: 1, errorCode: 'ERR_SOMETHING' }],
    ['a failure with neither status nor code is not retried', { attempt: 1 }],
    ['a 503 past the limit stops', { attempt: 5, status: 503 }],
  ])('%s', (_name, failure) => {
    expect(retryDelayMs(failure, policy, () => 0.5)).toBe(0);
  });

  it.each([
    ['first 503, lowest jitter', { attempt: 1, status: 503 }, 0, 50],
    ['first 503, highest jitter', { attempt: 1, status: 503 }, 1, 100],
    ['second 504 doubles the ceiling', { attempt: 2, status: 504 }, 1, 200],
    ['a 500 page is retried', { attempt: 1, status: 500 }, 1, 100],
    ['a 502 from a proxy is retried', { attempt: 2, status: 502 }, 0, 100],
    ['third retry, mid jitter', { attempt: 3, status: 503 }, 0.5, 300],
    ['fourth retry is capped at maxDelayMs', { attempt: 4, status: 503 }, 1, 500],
    ['a reset connection is retried', { attempt: 1, errorCode: 'ECONNRESET' }, 1, 100],
    ['a timeout is retried', { attempt: 2, errorCode: 'ETIMEDOUT' }, 0, 100],
  ])('%s', (_name, failure, random, expected) => {
    expect(retryDelayMs(failure, policy, () => random)).toBe(expected);
  });

  it('keeps the wait between half the ceiling and the ceiling for any jitter', () => {
    for (const r of [0, 0.1, 0.37, 0.99, 1]) {
      const d = retryDelayMs({ attempt: 3, status: 503 }, policy, () => r);
      expect(d).toBeGreaterThanOrEqual(200);
      expect(d).toBeLessThanOrEqual(400);
    }
  });

  it('clamps a random source that leaves [0, 1]', () => {
    expect(retryDelayMs({ attempt: 1, status: 503 }, policy, () => 7)).toBe(100);
    expect(retryDelayMs({ attempt: 1, status: 503 }, policy, () => -3)).toBe(50);
  });
});

describe('isRetryableFailure', () => {
  it('prefers the status over the error code', () => {
    expect(isRetryableFailure({ status: 404, errorCode: 'ECONNRESET' })).toBe(false);
    expect(isRetryableFailure({ status: 503 })).toBe(true);
  });
});

describe('resolveRetryPolicy', () => {
  it('fills defaults and keeps overrides', () => {
    expect(resolveRetryPolicy({ baseDelayMs: 5, maxDelayMs: 20 })).toEqual({
      limit: 5,
      baseDelayMs: 5,
      maxDelayMs: 20,
    });
  });

  it.each([
    ['a negative limit', { limit: -1 }],
    ['a fractional limit', { limit: 1.5 }],
    ['a zero base delay', { baseDelayMs: 0 }],
    ['a max below the base', { baseDelayMs: 100, maxDelayMs: 10 }],
  ])('rejects %s', (_name, partial) => {
    expect(() => resolveRetryPolicy(partial)).toThrow(TypeError);
  });
});

describe('retry edge cases', () => {
  it('waits at least a millisecond, however small the base delay', () => {
    expect(
      retryDelayMs({ attempt: 1, status: 503 }, { limit: 1, baseDelayMs: 0.5, maxDelayMs: 1 }, () => 0),
    ).toBe(1);
  });

  it('retries up to and including the last allowed attempt', () => {
    expect(retryDelayMs({ attempt: 4, status: 503 }, policy, () => 0)).toBe(250);
    expect(retryDelayMs({ attempt: 1, errorCode: 'EAI_AGAIN' }, { ...policy, limit: 0 }, () => 0)).toBe(0);
  });

  it('accepts no retries at all, and a maximum equal to the base', () => {
    expect(resolveRetryPolicy({ limit: 0, baseDelayMs: 5, maxDelayMs: 5 })).toEqual({
      limit: 0,
      baseDelayMs: 5,
      maxDelayMs: 5,
    });
  });

  it('says which setting is wrong', () => {
    expect(() => resolveRetryPolicy({ limit: -2 })).toThrow(
      'retry.limit must be a non-negative integer, got -2',
    );
    expect(() => resolveRetryPolicy({ baseDelayMs: 10, maxDelayMs: 9 })).toThrow(
      'retry.baseDelayMs must be > 0 and retry.maxDelayMs >= retry.baseDelayMs',
    );
  });
});
