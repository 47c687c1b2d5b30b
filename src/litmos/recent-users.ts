/**
 * What this process saw of users moments ago, so that a write for a user known to be active can
 * skip the read-back that would otherwise give it its outcome.
 *
 * Litmos answers 201/200 for a member add or a course assignment even when it ignored the user
 * (an unknown id, or an inactive user). A user that this process created or read by id within
 * `ttlMs`, found active, and has not written to since, is neither: an add for them is known to
 * take effect. A `Learner` is moreover known to hold no team role (Litmos shows anyone who leads
 * or administers a team as `Team_Leader`), so a member add makes them a plain member.
 *
 * The window is the client's user-listing window (five minutes by default), the age at which it
 * already stops trusting a read of users. One budget interval (a minute) is too short for a bulk
 * apply: under the budget, a user's membership and assignment run more than a minute after its
 * create (onboarding bench: with a one-minute window 42 member reads and 39 checks remained, as
 * many as without it; with five minutes, none).
 *
 * Any write this process makes to a user (update, deactivation, delete, team role or membership
 * change) forgets them, and a read that started before such a write does not record its answer.
 * The residual risk is another actor (an administrator, Okta) deactivating the user within the
 * window: the add is then reported as done; the next refresh reads the team's active members or
 * the user's courses and drops it from state, and the next apply adds it again with a read-back.
 */

/** The fields of a user that tell whether an add for them takes effect. */
export interface SeenUser {
  readonly Id: string;
  readonly Active: boolean;
  readonly AccessLevel: string;
}

export interface RecentUsersOptions {
  /** How long a sighting counts, in milliseconds. */
  readonly ttlMs: number;
  /** @default Date.now */
  readonly now?: () => number;
}

interface Sighting {
  readonly at: number;
  readonly active: boolean;
  readonly learner: boolean;
}

export class RecentUsers {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #seen = new Map<string, Sighting>();
  /** Writes started per user, so that a read overtaken by a write records nothing. */
  readonly #writes = new Map<string, number>();

  constructor(options: RecentUsersOptions) {
    this.#ttlMs = options.ttlMs;
    this.#now = options.now ?? Date.now;
  }

  /** Records a user as Litmos just answered it (the answer to a create, or to a read started now). */
  saw(user: SeenUser): void {
    this.#seen.set(user.Id, {
      at: this.#now(),
      active: user.Active === true,
      learner: user.AccessLevel === 'Learner',
    });
  }

  /**
   * Call before reading the user; call what it returns with the answer. The answer is recorded
   * only if no write to the user started in between.
   */
  reading(userId: string): (user: SeenUser) => void {
    const writes = this.#writes.get(userId) ?? 0;
    return (user) => {
      if ((this.#writes.get(userId) ?? 0) === writes && user.Id === userId) this.saw(user);
    };
  }

  /** This process is about to write to the user: what it saw no longer holds. */
  forget(userId: string): void {
    this.#seen.delete(userId);
    this.#writes.set(userId, (this.#writes.get(userId) ?? 0) + 1);
  }

  /** Seen active within the interval, and not written to since. */
  isActive(userId: string): boolean {
    return this.#fresh(userId)?.active === true;
  }

  /** Seen active with access level `Learner` (no team role anywhere) within the interval. */
  isActiveLearner(userId: string): boolean {
    const seen = this.#fresh(userId);
    return seen?.active === true && seen.learner;
  }

  #fresh(userId: string): Sighting | undefined {
    const seen = this.#seen.get(userId);
    if (seen === undefined) return undefined;
    if (this.#now() - seen.at <= this.#ttlMs) return seen;
    this.#seen.delete(userId);
    return undefined;
  }
}
