/**
 * One request budget for every provider process that uses the same Litmos key, kept in Redis
 * with `rate-limiter-flexible` (its atomic INCR + TTL script), so that several Terraform runs
 * against one key never overrun it together.
 *
 * Window semantics. Litmos (and the simulator) count requests in fixed windows that open at the
 * first request after the previous window closed. A Redis window is made a little longer than the
 * API's (`windowMarginMs`, rounded up to whole seconds because the library's TTL is in seconds),
 * and no request is sent in the last `guardMs` of a Redis window (a point granted that late is
 * dropped and the request waits for the next window). As long as the spread of latency between
 * "granted in Redis" and "counted by Litmos" stays below the margin, every Redis window's requests
 * land in one API window and the API never sees more than `requestsPerInterval` in a window.
 *
 * Fair waiting. Each process keeps its waiting requests in FIFO order and asks Redis for one
 * point at a time; a refused point answers with the time until the window resets, and the
 * process sleeps exactly that long. Nothing fails because the budget is spent.
 *
 * Failure. If Redis cannot be reached, refuses a command, or closes the connection, the budget
 * falls back for the rest of the process to the budget used without Redis (this process's, counted
 * with the other provider processes on this machine); queued requests move there at once. The fallback is recorded (`fallback`, `onFallback`) so the
 * provider can turn it into one warning. Neither the key (only its SHA-256 fingerprint is used in
 * Redis) nor the Redis URL (it may hold a password) appears in logs, errors or the Redis key.
 *
 * `ioredis` and `rate-limiter-flexible` are imported when the budget first connects (its first
 * request), not when the provider loads: without `redis_url` they are never loaded at all.
 */
import type { Redis } from 'ioredis';
import type { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { setTimeout as delay } from 'node:timers/promises';
import { getLogger } from '../log.js';
import { redact } from './errors.js';
import { keyFingerprint, localBudgetFor, type ThrottleSettings } from './throttle.js';

/** Prefix of the Redis keys: `litmos-budget:<sha256 of the api key>`. */
export const SHARED_BUDGET_KEY_PREFIX = 'litmos-budget';

export interface SharedBudgetOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` (TLS). */
  readonly redisUrl: string;
  readonly apiKey: string;
  readonly throttle: ThrottleSettings;
  /** Extra length of a Redis window beyond the API's. @default 1000 */
  readonly windowMarginMs?: number;
  /** Limit on connecting and on each Redis command before falling back. @default 2000 */
  readonly redisTimeoutMs?: number;
}

/** Why and when the shared budget was given up for this process. */
export interface BudgetFallback {
  /** What failed, without credentials, e.g. `connect ECONNREFUSED 127.0.0.1:6390`. */
  readonly reason: string;
  /** The Redis server as `redis://host:port`, without credentials. */
  readonly server: string;
  readonly at: Date;
}

export interface SharedWindow {
  /** Length of a Redis window, whole seconds. */
  readonly durationSeconds: number;
  /** Points granted later than this before the window's end are not used. */
  readonly guardMs: number;
}

/**
 * The Redis window for an API window of `intervalMs`: the duration is `intervalMs + marginMs`
 * rounded up to whole seconds, and the guard is twice the resulting margin, which tolerates a
 * latency spread just below the margin at both ends of a window.
 */
export function sharedWindowFor(intervalMs: number, marginMs = 1000): SharedWindow {
  if (!(intervalMs > 0) || !(marginMs > 0)) {
    throw new TypeError(`intervalMs and windowMarginMs must be > 0, got ${intervalMs} and ${marginMs}`);
  }
  const durationSeconds = Math.ceil((intervalMs + marginMs) / 1000);
  const guardMs = 2 * (durationSeconds * 1000 - intervalMs);
  if (guardMs >= durationSeconds * 1000) {
    throw new TypeError(
      `a shared budget needs an interval of at least a few seconds; ${intervalMs} ms leaves no time to send`,
    );
  }
  return { durationSeconds, guardMs };
}

/** The Redis server of a URL as `scheme://host:port`, without user, password or database. */
export function describeRedisUrl(redisUrl: string): string {
  try {
    const u = new URL(redisUrl);
    return `${u.protocol}//${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'redis (unparseable URL)';
  }
}

/**
 * The URL with its scheme in lower case: URL schemes are case-insensitive, but ioredis turns TLS
 * on only for a literal `rediss://`, so `REDISS://` would otherwise connect in clear.
 */
export function withLowerCaseScheme(redisUrl: string): string {
  return redisUrl.replace(/^[a-z][a-z0-9+.-]*:/iu, (scheme) => scheme.toLowerCase());
}

/** Secrets inside a Redis URL: the whole URL, its password and its user name. */
export function redisUrlSecrets(redisUrl: string): string[] {
  const out = [redisUrl];
  try {
    const u = new URL(redisUrl);
    for (const part of [u.password, u.username]) {
      if (part) out.push(part, decodeURIComponent(part));
    }
  } catch {
    // An unparseable URL is redacted as a whole.
  }
  return out;
}

/**
 * Throws what `new Redis(redisUrl)` throws for a URL it cannot read (ioredis parses it with
 * `new URL` and decodes user and password), without loading ioredis: the client is made at the
 * first request, but a bad URL still fails where the budget is created, as it did before.
 */
function checkRedisUrl(redisUrl: string): void {
  const url = new URL(redisUrl);
  decodeURIComponent(url.username);
  decodeURIComponent(url.password);
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

const MIN_WAIT_MS = 5;

/** The Redis connection and the limiter on it, made when the budget first connects. */
interface RedisLimiter {
  readonly redis: Redis;
  readonly limiter: RateLimiterRedis;
  /** rate-limiter-flexible's refusal (a consume over the budget rejects with one). */
  readonly Refusal: typeof RateLimiterRes;
}

export class SharedBudget {
  readonly #redisUrl: string;
  readonly #timeoutMs: number;
  readonly #key: string;
  readonly #window: SharedWindow;
  readonly #throttle: ThrottleSettings;
  readonly #apiKey: string;
  readonly #server: string;
  readonly #secrets: string[];
  readonly #queue: Waiter[] = [];
  readonly #listeners = new Set<(f: BudgetFallback) => void>();
  #connecting: Promise<RedisLimiter> | undefined;
  #connection: RedisLimiter | undefined;
  #pumping = false;
  #closing = false;
  #fallback: BudgetFallback | undefined;

  constructor(options: SharedBudgetOptions) {
    this.#timeoutMs = options.redisTimeoutMs ?? 2000;
    this.#window = sharedWindowFor(options.throttle.intervalMs, options.windowMarginMs);
    this.#key = keyFingerprint(options.apiKey);
    this.#throttle = options.throttle;
    this.#apiKey = options.apiKey;
    this.#redisUrl = options.redisUrl;
    this.#server = describeRedisUrl(options.redisUrl);
    this.#secrets = [...redisUrlSecrets(options.redisUrl), options.apiKey];
    checkRedisUrl(withLowerCaseScheme(options.redisUrl));
  }

  /** Set once Redis failed; from then on this process throttles itself. */
  get fallback(): BudgetFallback | undefined {
    return this.#fallback;
  }

  /** Requests of this process waiting for a point. */
  get queueSize(): number {
    return this.#queue.length;
  }

  onFallback(listener: (f: BudgetFallback) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when this request may be sent. Never rejects because the budget is spent. */
  acquire(): Promise<void> {
    if (this.#fallback || this.#closing) return this.#local();
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ resolve, reject });
      void this.#pump();
    });
  }

  /** Closes the Redis connection without recording a fallback. */
  close(): void {
    this.#closing = true;
    this.#connection?.redis.disconnect();
    this.#drainToLocal();
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0 && !this.#fallback && !this.#closing) {
        const connection = await this.#connect();
        const waitMs = await this.#take(connection);
        if (waitMs === 0) this.#queue.shift()?.resolve();
        else await delay(waitMs);
      }
    } catch (e: unknown) {
      this.#fallBack(e);
    } finally {
      this.#pumping = false;
    }
  }

  #connect(): Promise<RedisLimiter> {
    this.#connecting ??= this.#open().then(async (connection) => {
      await connection.redis.connect();
      getLogger().child('litmos').debug('shared Litmos budget in Redis', { server: this.#server });
      return connection;
    });
    return this.#connecting;
  }

  /** Imports the Redis libraries and makes the (not yet connected) client and limiter. */
  async #open(): Promise<RedisLimiter> {
    const [{ Redis }, { RateLimiterRedis, RateLimiterRes }] = await Promise.all([
      import('ioredis'),
      import('rate-limiter-flexible'),
    ]);
    // Closed or fallen back while the libraries loaded: open no connection.
    if (this.#closing || this.#fallback) throw new Error('the shared budget is closed');
    const redis = new Redis(withLowerCaseScheme(this.#redisUrl), {
      lazyConnect: true,
      connectTimeout: this.#timeoutMs,
      commandTimeout: this.#timeoutMs,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      // No reconnection: once Redis is lost, this process keeps its in-process throttle.
      retryStrategy: () => null,
      disconnectTimeout: 200,
    });
    // Without a listener ioredis prints unhandled errors itself; here they become the fallback.
    redis.on('error', (e: unknown) => this.#fallBack(e));
    redis.on('end', () => this.#fallBack(new Error('the connection to Redis closed')));
    const limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: SHARED_BUDGET_KEY_PREFIX,
      points: this.#throttle.requestsPerInterval,
      duration: this.#window.durationSeconds,
      rejectIfRedisNotReady: true,
    });
    this.#connection = { redis, limiter, Refusal: RateLimiterRes };
    return this.#connection;
  }

  /** 0 when a point was granted for use now; otherwise how long to wait before asking again. */
  async #take({ limiter, Refusal }: RedisLimiter): Promise<number> {
    try {
      const res = await limiter.consume(this.#key, 1);
      // Too close to the end of the window: the request could land in Litmos's next window.
      return res.msBeforeNext < this.#window.guardMs ? Math.max(res.msBeforeNext, MIN_WAIT_MS) : 0;
    } catch (e: unknown) {
      if (e instanceof Refusal) return Math.max(e.msBeforeNext, MIN_WAIT_MS);
      throw e;
    }
  }

  #fallBack(e: unknown): void {
    if (this.#fallback || this.#closing) return;
    const message = e instanceof Error ? e.message : String(e);
    const fallback: BudgetFallback = {
      reason: redact(message, this.#secrets) || 'unknown Redis failure',
      server: this.#server,
      at: new Date(),
    };
    this.#fallback = fallback;
    getLogger().child('litmos').warn('shared Litmos budget unavailable; throttling in this process only', {
      server: fallback.server,
      reason: fallback.reason,
    });
    this.#connection?.redis.disconnect();
    this.#drainToLocal();
    for (const listener of this.#listeners) listener(fallback);
  }

  /** The budget of this key without Redis (this process and this machine), after a fallback. */
  #local(): Promise<void> {
    return localBudgetFor(this.#apiKey, this.#throttle)();
  }

  #drainToLocal(): void {
    for (const waiter of this.#queue.splice(0)) this.#local().then(waiter.resolve, waiter.reject);
  }
}

const budgets = new Map<string, SharedBudget>();

/**
 * The process's shared budget for this key and Redis server. The first caller's settings win,
 * as with `requestGateFor`.
 */
export function sharedBudgetFor(options: SharedBudgetOptions): SharedBudget {
  const id = `${keyFingerprint(options.apiKey)} ${keyFingerprint(options.redisUrl)}`;
  let budget = budgets.get(id);
  if (budget === undefined) {
    budget = new SharedBudget(options);
    budgets.set(id, budget);
  }
  return budget;
}

/** Closes every shared budget's connection. For tests and process shutdown. */
export function resetSharedBudgets(): void {
  for (const budget of budgets.values()) budget.close();
  budgets.clear();
}
