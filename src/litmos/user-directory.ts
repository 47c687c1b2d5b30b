/**
 * Serves many "read user by id" calls from one paged listing (`GET /users` for summaries,
 * `GET /users/details` for full users). The first read
 * starts the listing; reads within `ttlMs` of its start reuse it; concurrent readers share the one
 * listing in flight. Any write through the client calls `invalidate()`, and a listing that was
 * running during a write is not kept, so no read that starts after a write sees older data.
 *
 * The directory holds whatever form the listing returns: `GET /users` gives the summary form only
 * (Id, UserName, FirstName, LastName, Active, Email, AccessLevel, Brand).
 */
import type { LitmosUserSummary } from './types.js';

/** A listing indexed by Id, and by lower-cased UserName. */
interface Index<T> {
  readonly byId: ReadonlyMap<string, T>;
  readonly byUserName: ReadonlyMap<string, T>;
}

/** A listed object: an Id, and for users a UserName (indexed case-insensitively). */
type Listed = { readonly Id: string; readonly UserName?: string };

export interface UserDirectoryOptions<T extends Listed> {
  /** Lists every user (all pages), active and inactive. */
  readonly listAll: () => Promise<readonly T[]>;
  /** How long a listing serves reads, from the moment it started. */
  readonly ttlMs: number;
  readonly now?: () => number;
}

export class UserDirectory<T extends Listed = LitmosUserSummary> {
  readonly #options: UserDirectoryOptions<T>;
  readonly #now: () => number;
  #generation = 0;
  #snapshot?: { readonly startedAt: number; readonly index: Index<T> };
  #inFlight?: Promise<Index<T>>;

  constructor(options: UserDirectoryOptions<T>) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The user's summary, or `undefined` when the listing does not contain the id. */
  async find(id: string): Promise<T | undefined> {
    const index = await this.#current();
    return index.byId.get(id);
  }

  /** Every user of the listing, in the order Litmos listed them. */
  async all(): Promise<T[]> {
    return [...(await this.#current()).byId.values()];
  }

  /**
   * The user whose Id is `key`, else the one whose UserName is `key` (case-insensitively, as Litmos
   * compares user names), or `undefined`.
   */
  async findByIdOrUserName(key: string): Promise<T | undefined> {
    const index = await this.#current();
    return index.byId.get(key) ?? index.byUserName.get(key.toLowerCase());
  }

  /**
   * True when `find` would be answered without starting a listing: a listing is running, or one
   * started less than `ttlMs` ago.
   */
  isWarm(): boolean {
    return this.#inFlight !== undefined || this.#isFresh();
  }

  /** Forgets the listing and any listing in flight. */
  invalidate(): void {
    this.#generation += 1;
    this.#snapshot = undefined;
    this.#inFlight = undefined;
  }

  #isFresh(): boolean {
    const snapshot = this.#snapshot;
    return snapshot !== undefined && this.#now() - snapshot.startedAt < this.#options.ttlMs;
  }

  #current(): Promise<Index<T>> {
    const snapshot = this.#snapshot;
    if (snapshot !== undefined && this.#isFresh()) return Promise.resolve(snapshot.index);
    if (this.#inFlight !== undefined) return this.#inFlight;

    const generation = this.#generation;
    const startedAt = this.#now();
    const listing = this.#options.listAll().then((users) => {
      const index = indexOf(users);
      if (this.#generation === generation) this.#snapshot = { startedAt, index };
      return index;
    });
    const tracked = listing.finally(() => {
      if (this.#inFlight === tracked) this.#inFlight = undefined;
    });
    this.#inFlight = tracked;
    return tracked;
  }
}

function indexOf<T extends Listed>(users: readonly T[]): Index<T> {
  // Litmos keeps user names unique regardless of case.
  const byUserName = new Map(
    users.flatMap((u) => (typeof u.UserName === 'string' ? [[u.UserName.toLowerCase(), u] as const] : [])),
  );
  return { byId: new Map(users.map((u) => [u.Id, u])), byUserName };
}
