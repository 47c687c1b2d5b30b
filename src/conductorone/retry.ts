/**
 * When to try a request again, and after how long. A pure function of its inputs, so it can be
 * tested without a server or a clock.
 *
 * - 429: always retried (the server refused the request before acting on it); waits
 *   `Retry-After` (seconds or an HTTP date) or else backs off.
 * - 503: retried, with `Retry-After` if present, else backoff, for idempotent requests only: a
 *   503 does not say the server did nothing, so a create is never sent twice.
 * - 500, 502, 504 and connection failures: retried with backoff for idempotent requests only.
 * - Anything else: not retried.
 */

/** Server failures worth another attempt of a request that is safe to repeat. */
const SERVER_FAILURES: readonly number[] = [500, 502, 504];

export interface RetryPolicy {
  /** Retries after the first attempt. @default 5 */
  readonly maxRetries: number;
  /** First backoff delay; doubles on each retry. @default 1000 */
  readonly baseDelayMs: number;
  /** Upper bound for any single wait, including one asked for by `Retry-After`. @default 30000 */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

export interface RetryInput {
  /** 1 for the first retry (after the first failed attempt), 2 for the second, ... */
  readonly retry: number;
  /** HTTP status of the failed attempt; absent when no response arrived. */
  readonly status?: number;
  /** Raw `Retry-After` header value, if any. */
  readonly retryAfter?: string;
  /** Whether the request may safely be sent twice (reads, replacing updates, deletes). */
  readonly idempotent: boolean;
  /** Current time, for `Retry-After` HTTP dates. */
  readonly nowMs: number;
}

/** Milliseconds to wait before the next attempt, or `undefined` to give up. */
export function retryDelayMs(input: RetryInput, policy: RetryPolicy): number | undefined {
  if (input.retry > policy.maxRetries) return undefined;
  const backoff = Math.min(policy.baseDelayMs * 2 ** (input.retry - 1), policy.maxDelayMs);
  if (input.status === 429 || (input.status === 503 && input.idempotent)) {
    const asked = parseRetryAfterMs(input.retryAfter, input.nowMs);
    return asked === undefined ? backoff : Math.min(asked, policy.maxDelayMs);
  }
  // A 500/502/504 or a dropped connection leaves a write's outcome unknown: only idempotent requests repeat.
  if ((input.status === undefined || SERVER_FAILURES.includes(input.status)) && input.idempotent)
    return backoff;
  return undefined;
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; junk is ignored. */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
