/**
 * Writes in progress, counted per key, so that a read-back can wait until the writes that are
 * about to finish have finished and serve them too: one read after three batches of a team
 * instead of one after each. The wait is capped, so a steady stream of writes cannot hold a read
 * back for long.
 */
export class PendingWrites {
  readonly #counts = new Map<string, number>();
  readonly #idle = new Map<string, Set<() => void>>();

  /** Runs `write`, counted as pending for `key` until it settles. */
  async track<T>(key: string, write: () => Promise<T>): Promise<T> {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    try {
      return await write();
    } finally {
      const left = (this.#counts.get(key) ?? 1) - 1;
      if (left > 0) this.#counts.set(key, left);
      else {
        this.#counts.delete(key);
        const waiters = this.#idle.get(key);
        this.#idle.delete(key);
        for (const wake of waiters ?? []) wake();
      }
    }
  }

  /** Writes of `key` in progress. */
  pending(key: string): number {
    return this.#counts.get(key) ?? 0;
  }

  /** Resolves once no write of `key` is pending, or after `maxWaitMs`, whichever comes first. */
  settled(key: string, maxWaitMs: number): Promise<void> {
    if (this.pending(key) === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const waiters = this.#idle.get(key) ?? new Set<() => void>();
      this.#idle.set(key, waiters);
      const wake = (): void => {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, maxWaitMs);
      waiters.add(wake);
    });
  }
}
