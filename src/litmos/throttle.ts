/**
 * One request budget per API key for the whole process, and through a ledger file for every
 * provider process of this user on this machine (`budget-ledger.ts`). Terraform runs up to ten
 * operations at once and each may build its own client; they must all draw on the same budget,
 * because Litmos counts requests per key; and it runs plan and apply in separate provider
 * processes, so the apply must count what the plan spent. The registry and the ledger are keyed
 * by a SHA-256 hash of the key, never the key.
 *
 * The budget alone cannot prevent every 503: other programs, and provider processes on other
 * machines (unless they share a budget through Redis), may use the same key. So a 503 also
 * pauses the whole key ("cool-down"): no request of this key is sent until the pause is over,
 * then one request goes alone as a probe, and the others follow only when it was not answered 503.
 * Consecutive 503s double the pause, from an eighth of the budget's interval up to the whole
 * interval, after which Litmos's window (fixed or sliding) has surely made room again.
 */
import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { FileLedger } from './budget-ledger.js';
import { RequestBudget } from './request-budget.js';

export interface ThrottleSettings {
  /** Requests allowed per interval. @default 100 */
  readonly requestsPerInterval: number;
  /** @default 60_000 (one minute) */
  readonly intervalMs: number;
  /**
   * Longest pause after a 503 (the pause doubles from `intervalMs / 8` up to `intervalMs`).
   * @default - intervalMs
   */
  readonly maxCooldownMs?: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { requestsPerInterval: 100, intervalMs: 60_000 };

/** The first pause after a 503 is this fraction of the interval. */
const FIRST_COOLDOWN_FRACTION = 1 / 8;

/** The pause after the `strikes`-th consecutive 503 (1-based). */
export function cooldownMs(strikes: number, settings: ThrottleSettings): number {
  if (strikes < 1) return 0;
  const cap = Math.min(settings.intervalMs, settings.maxCooldownMs ?? settings.intervalMs);
  const grown = settings.intervalMs * FIRST_COOLDOWN_FRACTION * 2 ** (strikes - 1);
  return Math.max(1, Math.round(Math.min(cap, grown)));
}

export interface KeyGateDeps {
  readonly now: () => number;
  /** Waits `ms`, rejecting when `signal` aborts. */
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Waits for a unit of the request budget. */
  readonly budget: () => Promise<void>;
  readonly signal: AbortSignal;
}

interface Probe {
  readonly done: Promise<void>;
  readonly finish: () => void;
}

/**
 * The gate of one key: the request budget plus the cool-down after a 503. Outcomes are reported
 * with the time the request was sent, so answers to requests sent before the latest change of
 * state (a pause began, a probe went out) are recognised as stale and ignored.
 */
export class KeyGate {
  readonly settings: ThrottleSettings;
  readonly #deps: KeyGateDeps;
  /** Consecutive 503s not yet followed by another answer. */
  #strikes = 0;
  #pausedUntil = 0;
  /** Reports about requests sent before this moment are stale. */
  #epoch = Number.NEGATIVE_INFINITY;
  #probeNeeded = false;
  #probe: Probe | undefined;
  #waiting = 0;

  constructor(settings: ThrottleSettings, deps: KeyGateDeps) {
    this.settings = settings;
    this.#deps = deps;
  }

  /** Requests waiting for budget, a pause or a probe. */
  get waiting(): number {
    return this.#waiting;
  }

  /** The pause in force: 0 when requests may go. */
  get pausedForMs(): number {
    return Math.max(0, this.#pausedUntil - this.#deps.now());
  }

  /** Await before each HTTP attempt: the cool-down, then a unit of the in-process budget. */
  readonly acquire = (): Promise<void> => this.acquireWith(this.#deps.budget);

  /** Like `acquire`, with the budget taken from elsewhere (a budget shared through Redis). */
  async acquireWith(budget: () => Promise<void>): Promise<void> {
    this.#waiting += 1;
    try {
      // A caller that became the probe before waiting for budget must not then wait for itself.
      const probe = await this.#clear(undefined);
      await budget();
      await this.#clear(probe);
    } finally {
      this.#waiting -= 1;
    }
  }

  /** The request sent at `sentAt` was answered 503 (the rate limit, or Litmos being flaky). */
  limited(sentAt: number | undefined): void {
    if (!this.#isCurrent(sentAt)) return;
    this.#strikes += 1;
    const now = this.#deps.now();
    this.#pausedUntil = now + cooldownMs(this.#strikes, this.settings);
    this.#epoch = now;
    this.#probeNeeded = true;
    this.#endProbe();
  }

  /** The request sent at `sentAt` got any answer but 503: the key has budget again. */
  answered(sentAt: number | undefined): void {
    if (!this.#isCurrent(sentAt)) return;
    this.#strikes = 0;
    this.#probeNeeded = false;
    this.#endProbe();
  }

  /** A request ended without an answer (network failure): a probe waiting for it is released. */
  released(): void {
    this.#endProbe();
  }

  #isCurrent(sentAt: number | undefined): boolean {
    return sentAt === undefined || sentAt >= this.#epoch;
  }

  /** Waits out pauses and other callers' probes; returns the probe if this caller became it. */
  async #clear(own: Probe | undefined): Promise<Probe | undefined> {
    for (;;) {
      this.#deps.signal.throwIfAborted();
      const wait = this.#pausedUntil - this.#deps.now();
      if (wait > 0) {
        await this.#deps.sleep(wait, this.#deps.signal);
        continue;
      }
      const probe = this.#probe;
      if (probe !== undefined && probe === own) return own;
      if (probe !== undefined) {
        // A probe that never reports (its request vanished) holds the key for one interval at most.
        const timer = new AbortController();
        const timedOut = await Promise.race([
          probe.done.then(() => false),
          this.#deps.sleep(this.settings.intervalMs, AbortSignal.any([this.#deps.signal, timer.signal])).then(
            () => true,
            () => false,
          ),
        ]);
        timer.abort();
        if (timedOut && this.#probe === probe) this.#endProbe();
        continue;
      }
      if (this.#probeNeeded) {
        this.#probeNeeded = false;
        this.#epoch = this.#deps.now();
        let finish: () => void = () => undefined;
        const done = new Promise<void>((resolve) => (finish = resolve));
        this.#probe = { done, finish };
        return this.#probe;
      }
      return undefined;
    }
  }

  #endProbe(): void {
    const probe = this.#probe;
    this.#probe = undefined;
    probe?.finish();
  }
}

interface Entry {
  readonly gate: KeyGate;
  readonly budget: RequestBudget;
  readonly controller: AbortController;
}

const registry = new Map<string, Entry>();

/** Where the ledger files go; undefined: `defaultLedgerDir()`. */
let ledgerDir: string | undefined;

/**
 * Puts the ledger files of gates made from now on in `dir` (undefined: the default). For tests,
 * which must not share a budget with other test processes that use the same made-up key.
 */
export function setBudgetLedgerDir(dir: string | undefined): void {
  ledgerDir = dir;
}

export function keyFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

/**
 * The shared gate for this key. The first caller's settings win; later callers with the same key
 * share that budget (their own settings are ignored).
 */
export function keyGateFor(apiKey: string, settings: ThrottleSettings = DEFAULT_THROTTLE): KeyGate {
  return entryFor(apiKey, settings).gate;
}

function entryFor(apiKey: string, settings: ThrottleSettings): Entry {
  const id = keyFingerprint(apiKey);
  let entry = registry.get(id);
  if (entry === undefined) {
    const controller = new AbortController();
    const sleep = async (ms: number, signal: AbortSignal): Promise<void> => {
      await delay(ms, undefined, { signal });
    };
    const budget = new RequestBudget(settings, {
      ledger: new FileLedger({ fingerprint: id, ...(ledgerDir === undefined ? {} : { dir: ledgerDir }) }),
      now: Date.now,
      sleep,
      signal: controller.signal,
    });
    const gate = new KeyGate(settings, {
      now: Date.now,
      sleep,
      budget: budget.acquire,
      signal: controller.signal,
    });
    entry = { gate, budget, controller };
    registry.set(id, entry);
  }
  return entry;
}

/** The shared gate's `acquire` for this key: await it before each HTTP attempt. */
export function requestGateFor(
  apiKey: string,
  settings: ThrottleSettings = DEFAULT_THROTTLE,
): () => Promise<void> {
  return keyGateFor(apiKey, settings).acquire;
}

/**
 * The budget of this key in this process and on this machine, without the cool-down: what a
 * budget shared through Redis falls back to.
 */
export function localBudgetFor(
  apiKey: string,
  settings: ThrottleSettings = DEFAULT_THROTTLE,
): () => Promise<void> {
  return entryFor(apiKey, settings).budget.acquire;
}

/** Requests of this key waiting for budget or a cool-down (0 when the key has no gate yet). */
export function queuedRequests(apiKey: string): number {
  return registry.get(keyFingerprint(apiKey))?.gate.waiting ?? 0;
}

/** The settings in force for this key, if a gate exists. */
export function throttleSettingsFor(apiKey: string): ThrottleSettings | undefined {
  return registry.get(keyFingerprint(apiKey))?.gate.settings;
}

/** Drops every gate, rejecting calls still waiting. For tests and process shutdown. */
export function resetRequestGates(): void {
  for (const entry of registry.values()) entry.controller.abort(new Error('Litmos request gate was reset'));
  registry.clear();
}
