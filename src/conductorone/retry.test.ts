import { parseRetryAfterMs, retryDelayMs, type RetryPolicy } from './retry.js';

const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 5_000 };
const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('retryDelayMs', () => {
  it.each([
    ['429 with Retry-After seconds waits that long', { retry: 1, status: 429, retryAfter: '2' }, 2000],
    ['429 with Retry-After 0 retries at once', { retry: 1, status: 429, retryAfter: '0' }, 0],
    ['429 without Retry-After backs off from the base', { retry: 1, status: 429 }, 100],
    ['429 backoff doubles', { retry: 3, status: 429 }, 400],
    ['429 Retry-After is capped', { retry: 1, status: 429, retryAfter: '3600' }, 5000],
    [
      '429 with an HTTP date waits until then',
      { retry: 1, status: 429, retryAfter: 'Thu, 01 Jan 2026 00:00:03 GMT' },
      3000,
    ],
    ['429 with junk Retry-After backs off', { retry: 2, status: 429, retryAfter: 'soon' }, 200],
    ['503 backs off for an idempotent request', { retry: 2, status: 503, idempotent: true }, 200],
    ['503 honours Retry-After', { retry: 1, status: 503, retryAfter: '1', idempotent: true }, 1000],
    [
      '503 on a create (not idempotent) is not retried',
      { retry: 1, status: 503, retryAfter: '1' },
      undefined,
    ],
    ['429 on a create is retried: the server refused it before acting', { retry: 1, status: 429 }, 100],
    ['a 500 of a POST is not retried', { retry: 1, status: 500 }, undefined],
    ['a 500 of a GET backs off', { retry: 1, status: 500, idempotent: true }, 100],
    ['a 502 of a GET backs off', { retry: 2, status: 502, idempotent: true }, 200],
    ['a 504 of a GET backs off', { retry: 1, status: 504, idempotent: true }, 100],
    ['a 501 of a GET is not retried', { retry: 1, status: 501, idempotent: true }, undefined],
    ['404 is not retried', { retry: 1, status: 404 }, undefined],
    ['a dropped GET is retried', { retry: 1, idempotent: true }, 100],
    ['a dropped POST is not retried', { retry: 1, idempotent: false }, undefined],
    ['the retry budget ends', { retry: 4, status: 429, retryAfter: '1' }, undefined],
  ])('%s', (_name, input, expected) => {
    expect(retryDelayMs({ idempotent: false, nowMs: NOW, ...input }, policy)).toBe(expected);
  });

  it('never exceeds the cap however many retries are allowed', () => {
    const wide: RetryPolicy = { maxRetries: 50, baseDelayMs: 1000, maxDelayMs: 30_000 };
    expect(retryDelayMs({ retry: 40, status: 429, idempotent: false, nowMs: NOW }, wide)).toBe(30_000);
  });
});

describe('parseRetryAfterMs', () => {
  it('treats a date in the past as zero and an absent header as undefined', () => {
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', NOW)).toBe(0);
    expect(parseRetryAfterMs(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfterMs('  ', NOW)).toBeUndefined();
  });
});

describe('parseRetryAfterMs with loose input', () => {
  it('reads delta-seconds with spaces around and of several digits, and ignores junk around digits', () => {
    expect(parseRetryAfterMs(' 3 ', NOW)).toBe(3000);
    expect(parseRetryAfterMs('12', NOW)).toBe(12_000);
    expect(parseRetryAfterMs('5 abc', NOW)).toBeUndefined();
    expect(parseRetryAfterMs('x5', NOW)).toBeUndefined();
  });
});
