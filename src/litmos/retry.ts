/**
 * When to retry and how long to wait: pure functions, testable without a network or a clock.
 * Litmos answers 503 when the rate limit is exceeded, 503/504 when it is flaky, and its WCF HTML
 * 500 page for unhandled errors (some pass on a second try); a proxy in front of it may answer
 * 502. All four are retried with a capped exponential backoff plus jitter, but only for requests
 * that are safe to repeat (see `RequestSpec.repeatable`); a user create repeats its POST only
 * after looking the user up (`LitmosUsers.create`). Other statuses are never retried.
 */

export const RETRYABLE_STATUSES: readonly number[] = [500, 502, 503, 504];

/** Socket-level failures worth another attempt (only for requests that are safe to repeat). */
export const RETRYABLE_ERROR_CODES: readonly string[] = [
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'ENETUNREACH',
  'EAI_AGAIN',
];

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly limit: number;
  /** Delay before the first retry; doubles on each further retry. */
  readonly baseDelayMs: number;
  /** No single wait is longer than this. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { limit: 5, baseDelayMs: 1_000, maxDelayMs: 60_000 };

export interface FailedAttempt {
  /** 1 for the first failure, 2 for the second, … */
  readonly attempt: number;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** Node/got error code (`ECONNRESET`, `ETIMEDOUT`, …), when no response arrived. */
  readonly errorCode?: string;
}

export function isRetryableFailure(failure: Omit<FailedAttempt, 'attempt'>): boolean {
  if (failure.status !== undefined) return RETRYABLE_STATUSES.includes(failure.status);
  return failure.errorCode !== undefined && RETRYABLE_ERROR_CODES.includes(failure.errorCode);
}

/**
 * The wait before the next attempt, or 0 to stop. The ceiling is
 * `min(maxDelayMs, baseDelayMs * 2^(attempt-1))`; the wait is drawn from its upper half
 * ("equal jitter"), so concurrent clients spread out but never retry at once.
 */
export function retryDelayMs(
  failure: FailedAttempt,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  if (failure.attempt > policy.limit || !isRetryableFailure(failure)) return 0;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failure.attempt - 1));
  const half = ceiling / 2;
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.max(1, Math.round(half + jitter * half));
}

export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  if (!Number.isInteger(policy.limit) || policy.limit < 0) {
    throw new TypeError(`retry.limit must be a non-negative integer, got ${policy.limit}`);
  }
  if (!(policy.baseDelayMs > 0) || !(policy.maxDelayMs >= policy.baseDelayMs)) {
    throw new TypeError('retry.baseDelayMs must be > 0 and retry.maxDelayMs >= retry.baseDelayMs');
  }
  return policy;
}
