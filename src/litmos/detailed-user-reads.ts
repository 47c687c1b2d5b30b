/**
 * Full-form user reads by id (refresh) or by id or user name (import), batched. A refresh reads
 * every managed user, and adopting an organisation imports every user; one `GET /users/{id}`
 * each costs N requests, while one paged listing of `GET /users/details` costs
 * ceil(organisation size / page size). Which one is cheaper depends on numbers the client cannot
 * see in advance, so the choice follows this rule:
 *
 * 1. When a listing is running, or one started less than `ttlMs` ago, a read is answered from it
 *    at once.
 * 2. Otherwise the read waits `batchWindowMs`, collecting every read that arrives meanwhile.
 * 3. At the end of the window, if at least `minListingBatch` distinct keys are waiting, one listing
 *    serves them all (and, by rule 1, every read of the rest of the refresh or import). With fewer,
 *    each key gets its own `GET /users/{key}` (Litmos accepts an id or a user name there), so
 *    reading one or two users in a 50 000-user organisation costs one or two requests, not fifty
 *    pages.
 * 4. When a listing expires in the middle of a long run (Terraform can take many minutes to plan
 *    thousands of imports, and then asks for one user at a time), the next read lists again at
 *    once if the expired listing paid off: it served at least as many reads as it cost pages.
 *    A write forgets that, so an apply never re-lists on its own.
 * 5. A key that the listing does not hold is confirmed by one `GET /users/{key}` (`#notInListing`),
 *    which alone reports `NOT_FOUND`.
 *
 * Terraform reads at most 10 resources at once, so a window sees at most 10 ids: a refresh of
 * three or more users takes the listing. Writes through the client invalidate the listing (see
 * `UserDirectory`).
 */
import type { LitmosUser } from './types.js';
import type { DetailedUserRow } from './users.js';
import { UserDirectory } from './user-directory.js';

export interface DetailedReadOptions {
  /**
   * How long a read waits for other reads before the cheaper way is chosen, in milliseconds.
   * @default 25
   */
  readonly batchWindowMs?: number;
  /**
   * Fewest distinct ids waiting at the end of a window for which one `/users/details` listing is
   * used instead of individual `GET /users/{id}` requests.
   * @default 3
   */
  readonly minListingBatch?: number;
}

export const DEFAULT_DETAILED_READ_OPTIONS: Required<DetailedReadOptions> = {
  batchWindowMs: 25,
  minListingBatch: 3,
};

export interface DetailedUserReadsDeps {
  /** `GET /users/{id or user name}`; rejects with `NOT_FOUND` for a missing user. */
  readonly getOne: (id: string) => Promise<LitmosUser>;
  /** Every page of `GET /users/details`, read defensively. */
  readonly listAll: () => Promise<readonly DetailedUserRow[]>;
  /** How long one listing serves reads, from the moment it started. */
  readonly ttlMs: number;
  readonly now: () => number;
  readonly options?: DetailedReadOptions;
  /** Records per listing page, to know what a listing cost. @default 1000 */
  readonly pageSize?: number;
}

/** `id`: a Litmos user Id only (refresh). `idOrUserName`: an Id or a UserName (import). */
type KeyKind = 'id' | 'idOrUserName';

interface Waiter {
  readonly key: string;
  readonly kind: KeyKind;
  readonly resolve: (user: LitmosUser) => void;
  readonly reject: (reason: unknown) => void;
}

export class DetailedUserReads {
  readonly #deps: DetailedUserReadsDeps;
  readonly #options: Required<DetailedReadOptions>;
  readonly #directory: UserDirectory<DetailedUserRow>;
  #waiting: Waiter[] = [];
  #timer?: NodeJS.Timeout;
  /** The latest listing: the pages it cost and the reads it has served. */
  #lastListing?: { pages: number; served: number };

  constructor(deps: DetailedUserReadsDeps) {
    this.#deps = deps;
    this.#options = resolveDetailedReadOptions(deps.options);
    const pageSize = deps.pageSize ?? 1000;
    this.#directory = new UserDirectory<DetailedUserRow>({
      listAll: async () => {
        const rows = await deps.listAll();
        this.#lastListing = { pages: Math.floor(rows.length / pageSize) + 1, served: 0 };
        return rows;
      },
      ttlMs: deps.ttlMs,
      now: deps.now,
    });
  }

  /** The user in full form; rejects with `NOT_FOUND` when Litmos has no user with this id. */
  read(id: string): Promise<LitmosUser> {
    return this.#read(id, 'id');
  }

  /**
   * The user in full form by Id or UserName, as `terraform import` names it; rejects with
   * `NOT_FOUND` when Litmos has neither.
   */
  readByIdOrUserName(key: string): Promise<LitmosUser> {
    return this.#read(key, 'idOrUserName');
  }

  #read(key: string, kind: KeyKind): Promise<LitmosUser> {
    if (this.#directory.isWarm() || this.#listingPaidOff()) return this.#fromListing(key, kind);
    return new Promise<LitmosUser>((resolve, reject) => {
      this.#waiting.push({ key, kind, resolve, reject });
      if (this.#timer === undefined) {
        this.#timer = setTimeout(() => this.#flush(), this.#options.batchWindowMs);
      }
    });
  }

  /**
   * Every user in full form from the shared listing (started now unless one is warm), so that a
   * data source that lists the organisation primes the reads and imports that follow it.
   */
  async all(): Promise<LitmosUser[]> {
    const rows = await this.#directory.all();
    return Promise.all(rows.map((row) => completeUser(row) ?? this.#deps.getOne(row.Id)));
  }

  /** Forgets the listing; reads already waiting are decided when their window ends. */
  invalidate(): void {
    this.#directory.invalidate();
    this.#lastListing = undefined;
  }

  /** The latest listing served at least as many reads as it cost pages (rule 4). */
  #listingPaidOff(): boolean {
    const last = this.#lastListing;
    return last !== undefined && last.served >= last.pages;
  }

  #flush(): void {
    const batch = this.#waiting;
    this.#waiting = [];
    this.#timer = undefined;
    const keys = new Set(batch.map((w) => `${w.kind}:${w.key}`));
    const useListing = this.#directory.isWarm() || keys.size >= this.#options.minListingBatch;
    const byKey = new Map<string, Promise<LitmosUser>>();
    for (const w of batch) {
      const k = `${w.kind}:${w.key}`;
      if (!byKey.has(k))
        byKey.set(k, useListing ? this.#fromListing(w.key, w.kind) : this.#deps.getOne(w.key));
    }
    for (const w of batch) byKey.get(`${w.kind}:${w.key}`)?.then(w.resolve, w.reject);
  }

  /**
   * The user from the listing. Absence from a listing is not proof of deletion (a page may shift
   * while users change, and whether `/users/details` lists every inactive user is unconfirmed), so
   * a missing key is confirmed by `#notInListing`.
   */
  async #fromListing(key: string, kind: KeyKind): Promise<LitmosUser> {
    const row =
      kind === 'id' ? await this.#directory.find(key) : await this.#directory.findByIdOrUserName(key);
    if (this.#lastListing) this.#lastListing.served += 1;
    if (row === undefined) return this.#notInListing(key);
    // `/users/details` was never recorded: a row without the fields a user always has is
    // completed by the recorded `GET /users/{id}` instead of being reported with holes.
    return completeUser(row) ?? this.#deps.getOne(row.Id);
  }

  /** A key the listing does not hold: one `GET /users/{key}` (an id or a user name) decides. */
  #notInListing(key: string): Promise<LitmosUser> {
    return this.#deps.getOne(key);
  }
}

/**
 * The row as a full user, when it has every field whose absence would change what is reported
 * (names, access level, flags, numbers); other missing text fields read as `""`. Else undefined.
 */
export function completeUser(row: DetailedUserRow): LitmosUser | undefined {
  const { FirstName, LastName, AccessLevel, Active, DisableMessages, IsCustomUsername, SkipFirstLogin } = row;
  const { OriginalId, Points } = row;
  if (FirstName === null || LastName === null || AccessLevel === null || Active === null) return undefined;
  if (DisableMessages === null || IsCustomUsername === null || SkipFirstLogin === null) return undefined;
  if (OriginalId === null || Points === null) return undefined;
  return {
    ...row,
    FirstName,
    LastName,
    AccessLevel,
    Active,
    DisableMessages,
    IsCustomUsername,
    SkipFirstLogin,
    OriginalId,
    Points,
    FullName: row.FullName ?? '',
    Email: row.Email ?? '',
    LastLogin: row.LastLogin ?? '',
    LoginKey: row.LoginKey ?? '',
    Password: row.Password ?? '',
    TimeZone: row.TimeZone ?? '',
    CreatedDate: row.CreatedDate ?? '',
    Brand: row.Brand ?? undefined,
    EnableTextNotification: row.EnableTextNotification ?? undefined,
  };
}

/** Checks the options once, naming the bad one, and fills in the defaults. */
export function resolveDetailedReadOptions(options: DetailedReadOptions = {}): Required<DetailedReadOptions> {
  const resolved = { ...DEFAULT_DETAILED_READ_OPTIONS, ...stripUndefined(options) };
  if (!Number.isFinite(resolved.batchWindowMs) || resolved.batchWindowMs < 0) {
    throw new TypeError(`batchWindowMs must be a finite number >= 0, got ${resolved.batchWindowMs}`);
  }
  if (!Number.isInteger(resolved.minListingBatch) || resolved.minListingBatch < 1) {
    throw new TypeError(`minListingBatch must be an integer >= 1, got ${resolved.minListingBatch}`);
  }
  return resolved;
}

function stripUndefined(options: DetailedReadOptions): DetailedReadOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
