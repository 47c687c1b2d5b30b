/**
 * The request budget of one key: at most `requestsPerInterval` requests in any span of
 * `intervalMs + marginMs`, counted in a `BudgetLedger` (this machine's, by default), granted to
 * waiting requests in order.
 *
 * Why a sliding span and a margin. Litmos (and the simulator) count a fixed window that opens at
 * the first request after the previous one closed, at a moment the client does not know exactly:
 * it is when that request arrived, not when it was granted. A client that counts its own fixed
 * windows can send its next burst a few milliseconds before Litmos's window closes and have it
 * refused. Keeping every span of the interval plus a margin (longer than the spread of the delay
 * between "granted" and "counted by Litmos") at the limit means no window of Litmos's, wherever it
 * starts, can count more than the limit.
 */
import type { BudgetLedger } from './budget-ledger.js';

export interface RequestBudgetSettings {
  readonly requestsPerInterval: number;
  readonly intervalMs: number;
}

export interface RequestBudgetDeps {
  readonly ledger: BudgetLedger;
  readonly now: () => number;
  /** Waits `ms`, rejecting when `signal` aborts. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly signal: AbortSignal;
}

/** How long to wait before asking a ledger that another process holds. */
export const BUSY_RETRY_MS = 5;

/**
 * The margin added to the interval: a twentieth of it, at most one second (a minute's budget is
 * spread over 61 s; a short test window loses little of its rate).
 */
export function budgetMarginMs(intervalMs: number): number {
  return Math.min(1000, Math.ceil(intervalMs / 20));
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

export class RequestBudget {
  readonly #settings: RequestBudgetSettings;
  readonly #deps: RequestBudgetDeps;
  readonly #spanMs: number;
  readonly #queue: Waiter[] = [];
  #pumping = false;

  constructor(settings: RequestBudgetSettings, deps: RequestBudgetDeps) {
    this.#settings = settings;
    this.#deps = deps;
    this.#spanMs = settings.intervalMs + budgetMarginMs(settings.intervalMs);
  }

  /** Requests waiting for a unit. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Resolves when a request may be sent now (its unit is recorded); rejects when aborted. */
  readonly acquire = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      this.#queue.push({ resolve, reject });
      void this.#pump();
    });

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0) {
        this.#deps.signal.throwIfAborted();
        const now = this.#deps.now();
        const taken = this.#deps.ledger.take({
          now,
          spanMs: this.#spanMs,
          limit: this.#settings.requestsPerInterval,
          wanted: this.#queue.length,
        });
        if (taken === undefined) {
          await this.#deps.sleep(BUSY_RETRY_MS, this.#deps.signal);
          continue;
        }
        for (const waiter of this.#queue.splice(0, taken.granted)) waiter.resolve();
        if (this.#queue.length > 0) await this.#deps.sleep(taken.retryAt - now, this.#deps.signal);
      }
    } catch (e: unknown) {
      for (const waiter of this.#queue.splice(0)) waiter.reject(e);
    } finally {
      this.#pumping = false;
    }
  }
}
