/**
 * The per-key request budget of the simulated API: `requestsPerMinute` requests per fixed window
 * of `windowMs`; requests beyond it are answered 503, as Litmos does.
 */

export interface RateLimitSettings {
  readonly requestsPerMinute: number;
  /** @default 60_000 */
  readonly windowMs?: number;
}

export class RateLimiter {
  #limit: number;
  #windowMs: number;
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #now: () => number;

  constructor(settings: RateLimitSettings, now: () => number = Date.now) {
    this.#limit = checkLimit(settings.requestsPerMinute);
    this.#windowMs = settings.windowMs ?? 60_000;
    this.#now = now;
  }

  get requestsPerMinute(): number {
    return this.#limit;
  }

  /** Changes the budget and starts fresh windows. */
  configure(settings: RateLimitSettings): void {
    this.#limit = checkLimit(settings.requestsPerMinute);
    if (settings.windowMs !== undefined) this.#windowMs = settings.windowMs;
    this.#windows.clear();
  }

  /** Counts one request of the key; false when it is over the budget. */
  admit(key: string): boolean {
    const now = this.#now();
    let window = this.#windows.get(key);
    if (!window || now - window.start >= this.#windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    window.count += 1;
    return window.count <= this.#limit;
  }

  reset(): void {
    this.#windows.clear();
  }
}

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1)
    throw new TypeError(`requestsPerMinute must be a positive integer, got ${limit}`);
  return limit;
}
