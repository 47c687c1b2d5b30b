/**
 * Coalesces calls that arrive close together into one batch per key. Terraform creates up to ten
 * resources at once (more with `-parallelism`); when several of them want the same kind of write
 * (users added to one team, courses assigned to one user), one request carrying the list replaces
 * one request each.
 *
 * A batch opens with its first item and closes `windowMs` later. While an earlier batch of the
 * same key is still in flight (waiting for the request budget, typically), the next batch stays
 * open and keeps collecting, and goes out when the earlier one is done: under a tight budget the
 * batches grow instead of queueing one small request after another. A batch that reaches
 * `maxBatch` items goes out at once.
 *
 * With `turn`, a batch that is due stays open until the request budget grants its request: under a
 * spent budget, everything that arrives while it waits goes out in the same request, instead of
 * in the next batch after it.
 *
 * The flush returns one outcome per item, in order, so one refused item fails only its own
 * caller; a flush that throws fails every item of its batch with that error.
 */

/** The outcome of one item of a batch. */
export type ItemOutcome<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface CoalescerOptions<I, R> {
  /** How long a batch stays open after its first item, in milliseconds. */
  readonly windowMs: number;
  /** Most items per batch. */
  readonly maxBatch: number;
  /**
   * Awaited before a batch is flushed, with the batch still open to new items (up to `maxBatch`):
   * typically `LitmosTransport.turn`, whose unit of budget the flush's first request then uses
   * (`prepaid`). A rejection fails every item of the batch.
   * @default none: the batch closes when it is due
   */
  readonly turn?: (key: string) => Promise<void>;
  /** Sends one batch; returns exactly one outcome per item, in the items' order. */
  readonly flush: (key: string, items: readonly I[]) => Promise<readonly ItemOutcome<R>[]>;
}

interface Batch<I, R> {
  readonly items: I[];
  readonly waiters: { resolve: (value: R) => void; reject: (reason: unknown) => void }[];
  timer?: NodeJS.Timeout;
  /** The window is over: the batch goes as soon as no earlier batch of its key is in flight. */
  due: boolean;
  /** Waiting for its turn or being flushed. */
  sending: boolean;
}

export class Coalescer<I, R> {
  readonly #options: CoalescerOptions<I, R>;
  readonly #open = new Map<string, Batch<I, R>>();
  /** Batches of each key being flushed. */
  readonly #inFlight = new Map<string, number>();

  constructor(options: CoalescerOptions<I, R>) {
    if (!(options.windowMs >= 0)) throw new TypeError(`windowMs must be >= 0, got ${options.windowMs}`);
    if (!Number.isInteger(options.maxBatch) || options.maxBatch < 1)
      throw new TypeError(`maxBatch must be a positive integer, got ${options.maxBatch}`);
    this.#options = options;
  }

  /** Adds `item` to the open batch of `key` (opening one if needed); settles with its own outcome. */
  submit(key: string, item: I): Promise<R> {
    let batch = this.#open.get(key);
    if (!batch) {
      const opened: Batch<I, R> = { items: [], waiters: [], due: false, sending: false };
      opened.timer = setTimeout(() => {
        opened.due = true;
        if (!this.#inFlight.get(key)) this.#send(key, opened);
      }, this.#options.windowMs);
      this.#open.set(key, opened);
      batch = opened;
    }
    const promise = new Promise<R>((resolve, reject) => batch.waiters.push({ resolve, reject }));
    batch.items.push(item);
    if (batch.items.length >= this.#options.maxBatch) {
      this.#close(key, batch);
      this.#send(key, batch);
    }
    return promise;
  }

  /** No more items join `batch`. */
  #close(key: string, batch: Batch<I, R>): void {
    if (this.#open.get(key) === batch) this.#open.delete(key);
  }

  #send(key: string, batch: Batch<I, R>): void {
    if (batch.sending) return;
    batch.sending = true;
    clearTimeout(batch.timer);
    this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + 1);
    const { items, waiters } = batch;
    (this.#options.turn?.(key) ?? Promise.resolve())
      .then(() => {
        this.#close(key, batch);
        return this.#options.flush(key, items);
      })
      .then(
        (outcomes) => {
          waiters.forEach((waiter, i) => {
            const outcome = outcomes[i];
            if (outcome === undefined)
              waiter.reject(new Error(`batch flush returned no outcome for item ${i}`));
            else if (outcome.ok) waiter.resolve(outcome.value);
            else waiter.reject(outcome.error);
          });
        },
        (error: unknown) => {
          for (const waiter of waiters) waiter.reject(error);
        },
      )
      .finally(() => {
        const left = (this.#inFlight.get(key) ?? 1) - 1;
        if (left > 0) this.#inFlight.set(key, left);
        else this.#inFlight.delete(key);
        const next = this.#open.get(key);
        if (left === 0 && next?.due) this.#send(key, next);
      });
  }
}
