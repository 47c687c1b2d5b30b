/**
 * Serves many "read user by id" calls from one paged listing of `GET /users`. The first read
 * starts the listing; reads within `ttlMs` of its start reuse it; concurrent readers share the one
 * listing in flight. Any write through the client calls `invalidate()`, and a listing that was
 * running during a write is not kept, so no read that starts after a write sees older data.
 *
 * The listing holds the summary form only (Id, UserName, FirstName, LastName, Active, Email,
 * AccessLevel, Brand); fields outside it need the full `GET /users/{id}`.
 */
import type { LitmosUserSummary } from './types.js';

type Index = ReadonlyMap<string, LitmosUserSummary>;

export interface UserDirectoryOptions {
  /** Lists every user (all pages), active and inactive. */
  readonly listAll: () => Promise<readonly LitmosUserSummary[]>;
  /** How long a listing serves reads, from the moment it started. */
  readonly ttlMs: number;
  readonly now?: () => number;
}

export class UserDirectory {
  readonly #options: UserDirectoryOptions;
  readonly #now: () => number;
  #generation = 0;
  #snapshot?: { readonly startedAt: number; readonly index: Index };
  #inFlight?: Promise<Index>;

  constructor(options: UserDirectoryOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  /** The user's summary, or `undefined` when the listing does not contain the id. */
  async find(id: string): Promise<LitmosUserSummary | undefined> {
    const index = await this.#current();
    return index.get(id);
  }

  /** Forgets the listing and any listing in flight. */
  invalidate(): void {
    this.#generation += 1;
    this.#snapshot = undefined;
    this.#inFlight = undefined;
  }

  #current(): Promise<Index> {
    const snapshot = this.#snapshot;
    if (snapshot !== undefined && this.#now() - snapshot.startedAt < this.#options.ttlMs) {
      return Promise.resolve(snapshot.index);
    }
    if (this.#inFlight !== undefined) return this.#inFlight;

    const generation = this.#generation;
    const startedAt = this.#now();
    const listing = this.#options.listAll().then((users) => {
      const index: Index = new Map(users.map((u) => [u.Id, u]));
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
