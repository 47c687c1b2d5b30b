/**
 * The Litmos REST client. One instance per provider configuration; instances built with the same
 * api key share one request budget for the whole process.
 *
 * ```ts
 * const litmos = new LitmosClient({ apiKey, source: 'terraform-provider-litmos', region: 'eu' });
 * await litmos.checkCredentials();
 * const { user } = await litmos.users.create({ UserName: 'ada@example.com', FirstName: 'Ada', LastName: 'L' });
 * ```
 */
import { setTimeout as delay } from 'node:timers/promises';
import { LitmosCourses } from './courses.js';
import { checkPageSize, MAX_PAGE_SIZE } from './paging.js';
import { RecentUsers } from './recent-users.js';
import { resolveBaseUrl, type LitmosRegion } from './regions.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry.js';
import { LitmosTeamCourses } from './team-courses.js';
import { TeamMemberAdds } from './team-member-adds.js';
import { LitmosTeams } from './teams.js';
import { UserCourseAdds } from './user-course-adds.js';
import { sharedBudgetFor, type BudgetFallback, type SharedBudget } from './shared-budget.js';
import { DEFAULT_THROTTLE } from './throttle.js';
import { LitmosTransport } from './transport.js';
import { LitmosUsers } from './users.js';

export interface LitmosClientOptions {
  /** The Account Owner's api key, sent in the `apikey` header. */
  readonly apiKey: string;
  /** Free-text name of the calling application, sent as `source` on every request (≤ 50 chars). */
  readonly source: string;
  /** @default 'us' */
  readonly region?: LitmosRegion;
  /** Overrides `region`, e.g. a simulator's `http://127.0.0.1:P/v1.svc`. */
  readonly baseUrl?: string;
  /**
   * Request budget of the api key, shared by every client with the same key in this process.
   * The first client built for a key sets it.
   * @default 100 (Litmos's documented limit)
   */
  readonly requestsPerMinute?: number;
  /** Length of the budget's window. @default 60_000 */
  readonly throttleIntervalMs?: number;
  /**
   * A Redis server (`redis://` or `rediss://`, credentials allowed) holding one budget for every
   * process that uses this api key. If Redis fails, the client falls back to the in-process
   * budget and records it (`takeBudgetFallback`).
   * @default no shared budget: this process throttles itself
   */
  readonly redisUrl?: string;
  /** Extra length of a shared Redis window beyond `throttleIntervalMs`. @default 1000 */
  readonly sharedWindowMarginMs?: number;
  /** Retries of 503/504 and socket failures. @default { limit: 5, baseDelayMs: 1000, maxDelayMs: 60000 } */
  readonly retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout. @default 30_000 */
  readonly timeoutMs?: number;
  /** Records per list request (1–1000). @default 1000 */
  readonly pageSize?: number;
  /**
   * How long one user listing (`GET /users`, `GET /users/details`) serves reads by id or user
   * name; any write through the client drops it sooner. Five minutes by default: a plan that
   * imports or refreshes thousands of users runs for minutes, and one listing should serve it.
   * The same window bounds how long a user this client created or read by id, and found active,
   * lets a member add or course assignment for them skip its read-back (`RecentUsers`).
   * @default 300_000
   */
  readonly userListTtlMs?: number;
  /** Source of jitter. @default Math.random */
  readonly random?: () => number;
  /** Clock for the user listing window and for how long a user seen active counts. @default Date.now */
  readonly now?: () => number;
  /** Waits between create attempts. @default a timer */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default 'terraform-provider-litmos' */
  readonly userAgent?: string;
  /** Largest response body accepted, counted after decompression. @default 32 MiB */
  readonly maxResponseBytes?: number;
}

const MAX_FIELD_LENGTH = 50;

export class LitmosClient {
  readonly users: LitmosUsers;
  readonly teams: LitmosTeams;
  readonly courses: LitmosCourses;
  readonly teamCourses: LitmosTeamCourses;
  /** Team member adds coalesced per team, each with its own outcome. */
  readonly teamMemberAdds: TeamMemberAdds;
  /** Course assignments coalesced per user, checked with shared reads. */
  readonly userCourseAdds: UserCourseAdds;
  /** The base URL in use, e.g. `https://api.litmos.com/v1.svc`. */
  readonly baseUrl: string;
  readonly #transport: LitmosTransport;
  readonly #budget: SharedBudget | undefined;
  #fallbackTaken = false;

  constructor(options: LitmosClientOptions) {
    checkRequiredText('apiKey', options.apiKey);
    checkRequiredText('source', options.source);
    const pageSize = checkPageSize(options.pageSize ?? MAX_PAGE_SIZE);
    const retry = resolveRetryPolicy(options.retry);
    const requestsPerInterval = options.requestsPerMinute ?? DEFAULT_THROTTLE.requestsPerInterval;
    const intervalMs = options.throttleIntervalMs ?? DEFAULT_THROTTLE.intervalMs;
    if (!Number.isInteger(requestsPerInterval) || requestsPerInterval < 1) {
      throw new TypeError(`requestsPerMinute must be a positive integer, got ${requestsPerInterval}`);
    }
    if (!(intervalMs > 0)) throw new TypeError(`throttleIntervalMs must be > 0, got ${intervalMs}`);
    const timeoutMs = options.timeoutMs ?? 30_000;
    if (!(timeoutMs > 0)) throw new TypeError(`timeoutMs must be > 0, got ${timeoutMs}`);
    const random = options.random ?? Math.random;

    this.baseUrl = resolveBaseUrl(options);
    const throttle = { requestsPerInterval, intervalMs, maxCooldownMs: retry.maxDelayMs };
    const budget = options.redisUrl
      ? sharedBudgetFor({
          redisUrl: options.redisUrl,
          apiKey: options.apiKey,
          throttle,
          ...(options.sharedWindowMarginMs === undefined
            ? {}
            : { windowMarginMs: options.sharedWindowMarginMs }),
        })
      : undefined;
    this.#budget = budget;
    this.#transport = new LitmosTransport({
      apiKey: options.apiKey,
      source: options.source,
      baseUrl: this.baseUrl,
      throttle,
      ...(budget ? { gate: () => budget.acquire() } : {}),
      retry,
      timeoutMs,
      random,
      userAgent: options.userAgent ?? 'terraform-provider-litmos',
      ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
    });
    const userListTtlMs = options.userListTtlMs ?? 300_000;
    // Users this client saw active within that window: adds for them skip read-backs.
    const recent = new RecentUsers({ ttlMs: userListTtlMs, now: options.now ?? Date.now });
    this.users = new LitmosUsers({
      recent,
      transport: this.#transport,
      pageSize,
      retry,
      random,
      sleep: options.sleep ?? ((ms) => delay(ms)),
      userListTtlMs,
      now: options.now ?? Date.now,
    });
    this.teams = new LitmosTeams({ transport: this.#transport, pageSize, recent });
    this.courses = new LitmosCourses({ transport: this.#transport, pageSize });
    this.teamCourses = new LitmosTeamCourses({ transport: this.#transport, pageSize });
    const turn = this.#transport.turn;
    this.teamMemberAdds = new TeamMemberAdds(this.teams, { turn }, recent);
    this.userCourseAdds = new UserCourseAdds(this.courses, { turn }, recent);
  }

  /** Whether this client draws on a budget shared through Redis (true even after a fallback). */
  get sharedBudget(): boolean {
    return this.#budget !== undefined;
  }

  /**
   * The shared budget's fallback to the in-process throttle, returned once per client (then
   * undefined), so that whoever reports it (the provider, as one warning) reports it once.
   */
  takeBudgetFallback(): BudgetFallback | undefined {
    const fallback = this.#budget?.fallback;
    if (fallback === undefined || this.#fallbackTaken) return undefined;
    this.#fallbackTaken = true;
    return fallback;
  }

  /**
   * Calls `listener` whenever a request that may change data is sent through this client (any
   * non-GET, before and whatever its outcome), so callers can drop what they cached. Returns the
   * unsubscribe function.
   */
  onWrite(listener: () => void): () => void {
    return this.#transport.onWrite(listener);
  }

  /**
   * One cheap call (`GET /users?limit=1`) that fails with `UNAUTHORIZED` for a wrong key,
   * `BAD_SOURCE` for a rejected source, `FORBIDDEN` for a key without enough access.
   */
  async checkCredentials(): Promise<void> {
    await this.#transport.request({ method: 'GET', path: '/users', query: { start: 0, limit: 1 } });
  }
}

function checkRequiredText(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '')
    throw new TypeError(`${name} must be a non-empty string`);
  if (value.length > MAX_FIELD_LENGTH)
    throw new TypeError(`${name} must be at most ${MAX_FIELD_LENGTH} characters`);
}
