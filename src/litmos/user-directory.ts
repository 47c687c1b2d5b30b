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

type Index<T> = ReadonlyMap<string, T>;

export interface UserDirectoryOptions<T extends { readonly Id: string }> {
  /** Lists every user (all pages), active and inactive. */
  readonly listAll: () => Promise<readonly T[]>;
  /** How long a listing serves reads, from the moment it started. */
  readonly ttlMs: number;
  readonly now?: () => number;
}

export class UserDirectory<T extends { readonly Id: string } = LitmosUserSummary> {
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
    return index.get(id);
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
      const index: Index<T> = new Map(users.map((u) => [u.Id, u]));
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
