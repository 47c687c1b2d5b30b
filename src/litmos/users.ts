/**
 * Litmos users: list (summary or full form), read (full, batched full, or batched summary), find by exact user name, create without
 * duplicates, update, deactivate/reactivate, and the irreversible delete.
 */
import { DetailedUserReads, type DetailedReadOptions } from './detailed-user-reads.js';
import { LitmosError } from './errors.js';
import { listEveryTolerant } from './listing.js';
import { readTolerantRows, type Tolerant } from './tolerant.js';
import { asArray, asObject, collectPages, pages } from './paging.js';
import { retryDelayMs, type RetryPolicy } from './retry.js';
import { apiPath, type LitmosTransport } from './transport.js';
import type { RecentUsers } from './recent-users.js';
import { createUserBody, updateUserBody } from './user-body.js';
import { UserDirectory } from './user-directory.js';
import {
  TEAM_KINDS,
  USER_KINDS,
  type ListOptions,
  type ListUsersOptions,
  type LitmosTeam,
  type LitmosUser,
  type LitmosUserInput,
  type LitmosUserSummary,
  type LitmosUserUpdate,
} from './types.js';

/** A row of `GET /users/details`, read defensively (see `completeUser`). */
export type DetailedUserRow = Tolerant<LitmosUser, 'Id' | 'UserName'>;

export interface ListUserDetailsOptions extends ListOptions {
  /**
   * Only users created after this moment: `yyyy-MM-dd`, `yyyy-MM-dd HH:mm` or `yyyy-MM-dd HH:mm:ss`.
   * @default - every user
   */
  readonly since?: string;
}

export interface CreateUserOptions {
  /** Send Litmos's welcome e-mail. @default false */
  readonly sendMessage?: boolean;
  /** Skip the "set your password" step at first login (for SSO). @default - the body's `SkipFirstLogin` */
  readonly skipFirstLogin?: boolean;
}

export interface CreateUserResult {
  readonly user: LitmosUser;
  /**
   * True when the create failed ambiguously (timeout, reset, 5xx) and the user was then found by
   * its user name and adopted instead of being created twice.
   */
  readonly adopted: boolean;
}

export interface UsersDeps {
  readonly transport: LitmosTransport;
  readonly pageSize: number;
  readonly retry: RetryPolicy;
  readonly random: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Where creates and reads by id note who is active, and writes forget them. @default none */
  readonly recent?: RecentUsers;
  /** How long one listing serves `getSummary` and `getDetailed`. */
  readonly userListTtlMs: number;
  readonly now: () => number;
  /** When `getDetailed` lists `/users/details` instead of sending `GET /users/{id}`. */
  readonly detailedReads?: DetailedReadOptions;
}

export class LitmosUsers {
  readonly #deps: UsersDeps;
  readonly #directory: UserDirectory;
  readonly #detailed: DetailedUserReads;

  constructor(deps: UsersDeps) {
    this.#deps = deps;
    this.#directory = new UserDirectory({
      listAll: () => this.list(),
      ttlMs: deps.userListTtlMs,
      now: deps.now,
    });
    this.#detailed = new DetailedUserReads({
      getOne: (id) => this.get(id),
      listAll: () => this.listDetailed(),
      ttlMs: deps.userListTtlMs,
      now: deps.now,
      options: deps.detailedReads,
      pageSize: deps.pageSize,
    });
    deps.transport.onWrite(() => {
      this.#directory.invalidate();
      this.#detailed.invalidate();
    });
  }

  /** Every user in summary form (all pages). Includes inactive users unless `showInactive: false`. */
  list(options: ListUsersOptions = {}): Promise<LitmosUserSummary[]> {
    return collectPages((start, limit) => this.#page(start, limit, options), this.#deps.pageSize);
  }

  /**
   * Every user in full form (all pages of `GET /users/details`), active and inactive. `since`
   * keeps users created after it (`yyyy-MM-dd`, `yyyy-MM-dd HH:mm` or `yyyy-MM-dd HH:mm:ss`).
   */
  listDetailed(options: ListUserDetailsOptions = {}): Promise<DetailedUserRow[]> {
    return collectPages(async (start, limit) => {
      const body = await this.#deps.transport.request({
        method: 'GET',
        path: '/users/details',
        query: { start, limit, search: options.search, since: options.since },
      });
      // No recorded answer: rows are read defensively.
      const rows = asArray<unknown>(body, 'GET /users/details');
      return readTolerantRows<LitmosUser, 'Id' | 'UserName'>(
        rows,
        USER_KINDS,
        ['Id', 'UserName'],
        'GET /users/details',
      );
    }, this.#deps.pageSize);
  }

  /**
   * Every user in full form from the listing that `getDetailed` and `getDetailedByIdOrUserName`
   * share: listing the organisation once serves the imports and refreshes that follow.
   */
  listDetailedShared(): Promise<LitmosUser[]> {
    return this.#detailed.all();
  }

  /** Users page by page, for callers that stop early. */
  async *iterate(options: ListUsersOptions = {}): AsyncGenerator<LitmosUserSummary> {
    for await (const page of pages(
      (start, limit) => this.#page(start, limit, options),
      this.#deps.pageSize,
    )) {
      yield* page;
    }
  }

  /** One user in full form, by Id (or user name, which the API also accepts here). */
  async get(idOrUserName: string): Promise<LitmosUser> {
    const path = apiPath('users', idOrUserName);
    const note = this.#deps.recent?.reading(idOrUserName);
    const user = asObject<LitmosUser>(
      await this.#deps.transport.request({ method: 'GET', path }),
      `GET ${path}`,
    );
    note?.(user);
    return user;
  }

  /**
   * One user in full form, by Id, for refreshes that read many users: concurrent reads are
   * collected for a short window and served by one shared `GET /users/details` listing when
   * enough of them wait, else by `GET /users/{id}` each (the rule is in `DetailedUserReads`).
   * Throws `NOT_FOUND` when Litmos has no such user.
   */
  getDetailed(id: string): Promise<LitmosUser> {
    return this.#detailed.read(id);
  }

  /**
   * One user in full form by Id or user name, batched like `getDetailed`: the many imports of an
   * adoption share one `GET /users/details` listing. Throws `NOT_FOUND` when Litmos has neither.
   */
  getDetailedByIdOrUserName(key: string): Promise<LitmosUser> {
    return this.#detailed.readByIdOrUserName(key);
  }

  /**
   * One user in summary form, served from a shared paged listing (see `UserDirectory`): cheap when
   * many users are read in one process. Throws `NOT_FOUND` when the listing has no such id.
   */
  async getSummary(id: string): Promise<LitmosUserSummary> {
    const user = await this.#directory.find(id);
    if (user === undefined)
      throw new LitmosError('NOT_FOUND', `Litmos user ${id} was not found in GET /users`);
    return user;
  }

  /**
   * The user whose `UserName` equals `userName` (case-insensitively, preferring an exact-case
   * match), or `undefined`. The API's `search` is a substring match, so results are filtered here.
   */
  async findByUserName(userName: string): Promise<LitmosUserSummary | undefined> {
    const candidates = await this.list({ search: userName });
    const exact = candidates.find((u) => u.UserName === userName);
    return exact ?? candidates.find((u) => u.UserName.toLowerCase() === userName.toLowerCase());
  }

  /**
   * Creates a user. A POST is never blindly repeated: when it fails in a way that leaves its
   * outcome unknown (no response, or a 5xx), the user name is looked up first and an existing user
   * is adopted; only when none exists is the POST sent again (503/504/socket errors, with backoff).
   */
  async create(input: LitmosUserInput, options: CreateUserOptions = {}): Promise<CreateUserResult> {
    const path = '/users';
    const spec = {
      method: 'POST' as const,
      path,
      query: { sendmessage: options.sendMessage ?? false, skipfirstlogin: options.skipFirstLogin },
      body: createUserBody(input),
      repeatable: false,
    };
    let outcomeUnknown = false;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const created = asObject<LitmosUser>(await this.#deps.transport.request(spec), `POST ${path}`);
        this.#deps.recent?.saw(created);
        return { user: created, adopted: false };
      } catch (e: unknown) {
        if (!(e instanceof LitmosError)) throw e;
        const takenAfterUnknown = outcomeUnknown && e.code === 'USERNAME_TAKEN';
        if (!takenAfterUnknown && !isOutcomeUnknown(e)) throw e;
        outcomeUnknown = true;
        const existing = await this.findByUserName(input.UserName);
        if (existing !== undefined) return { user: await this.get(existing.Id), adopted: true };
        if (takenAfterUnknown) throw e;
        const delay = retryDelayMs(
          { attempt, status: e.status, errorCode: causeCode(e) },
          this.#deps.retry,
          this.#deps.random,
        );
        if (delay === 0) throw e;
        await this.#deps.sleep(delay);
      }
    }
  }

  /**
   * Applies `changes` to the user: reads the full user, sends the whole merged user (a PUT replaces
   * every field), then reads it back so server-computed fields (FullName…) are current.
   */
  async update(id: string, changes: LitmosUserUpdate): Promise<LitmosUser> {
    const current = await this.get(id);
    const path = apiPath('users', id);
    this.#deps.recent?.forget(id);
    await this.#deps.transport.request({ method: 'PUT', path, body: updateUserBody(id, current, changes) });
    return this.get(id);
  }

  /** Sets `Active: false`; learning records survive. */
  deactivate(id: string): Promise<LitmosUser> {
    return this.update(id, { Active: false });
  }

  reactivate(id: string): Promise<LitmosUser> {
    return this.update(id, { Active: true });
  }

  /** Permanently deletes the user and their records. It cannot be undone. */
  async delete(id: string): Promise<void> {
    this.#deps.recent?.forget(id);
    await this.#deps.transport.request({ method: 'DELETE', path: apiPath('users', id) });
  }

  /** The teams the user belongs to (no recorded answer: rows read defensively). */
  async listTeams(userId: string): Promise<Tolerant<LitmosTeam, 'Id' | 'Name'>[]> {
    const shape = { kinds: TEAM_KINDS, required: ['Id', 'Name'] as const };
    return listEveryTolerant<LitmosTeam, 'Id' | 'Name'>(
      this.#deps.transport,
      this.#deps.pageSize,
      apiPath('users', userId, 'teams'),
      shape,
    );
  }

  async #page(start: number, limit: number, options: ListUsersOptions): Promise<LitmosUserSummary[]> {
    const body = await this.#deps.transport.request({
      method: 'GET',
      path: '/users',
      query: {
        start,
        limit,
        search: options.search,
        showInactive: options.showInactive === false ? false : undefined,
      },
    });
    return asArray<LitmosUserSummary>(body, 'GET /users');
  }
}

/** A failure after which the server may or may not have acted: no response, or any 5xx. */
function isOutcomeUnknown(e: LitmosError): boolean {
  return e.code === 'NETWORK' || (e.status !== undefined && e.status >= 500);
}

function causeCode(e: LitmosError): string | undefined {
  const cause: unknown = e.cause;
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') {
    return cause.code;
  }
  return undefined;
}
