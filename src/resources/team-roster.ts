/**
 * A short-lived, shared view of each Litmos team's member, leader and admin lists, so that the
 * many `litmos_team_member` resources of one team cost one load per Terraform run, not one each.
 */
import type { LitmosClient } from '../litmos/index.js';

export const TEAM_MEMBER_ROLES = ['member', 'leader', 'admin'] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];

/** The ids of a team's active members, leaders and admins. */
export interface TeamRoster {
  readonly members: ReadonlySet<string>;
  readonly leaders: ReadonlySet<string>;
  readonly admins: ReadonlySet<string>;
}

export interface TeamRosterCacheOptions<T = TeamRoster> {
  readonly load: (teamId: string) => Promise<T>;
  /** How long a loaded roster serves readers. */
  readonly ttlMs: number;
  readonly now: () => number;
}

/**
 * One load per team for all the memberships Terraform reads in a run: concurrent readers share a
 * load in flight, later readers reuse it for `ttlMs`, and any write forgets everything (a load
 * started before the write never comes back into the cache). A failed load is not kept. `T` is
 * what one load gives (course rosters use the same cache, see `course-roster.ts`).
 */
export class TeamRosterCache<T = TeamRoster> {
  readonly #options: TeamRosterCacheOptions<T>;
  readonly #entries = new Map<string, { readonly at: number; readonly roster: Promise<T> }>();

  constructor(options: TeamRosterCacheOptions<T>) {
    this.#options = options;
  }

  get(teamId: string): Promise<T> {
    const now = this.#options.now();
    const cached = this.#entries.get(teamId);
    if (cached && now - cached.at < this.#options.ttlMs) return cached.roster;
    const entry = { at: now, roster: this.#options.load(teamId) };
    this.#entries.set(teamId, entry);
    entry.roster.catch(() => {
      if (this.#entries.get(teamId) === entry) this.#entries.delete(teamId);
    });
    return entry.roster;
  }

  /** Called after every write: the next reader loads afresh. */
  clear(): void {
    this.#entries.clear();
  }
}

const ROSTER_TTL_MS = 30_000;
const rosterCaches = new WeakMap<LitmosClient, TeamRosterCache>();

/** The roster cache of one client (one provider configuration), dropped by any write through it. */
export function rostersOf(litmos: LitmosClient): TeamRosterCache {
  let cache = rosterCaches.get(litmos);
  if (!cache) {
    cache = new TeamRosterCache({
      load: (teamId) => loadRoster(litmos, teamId),
      ttlMs: ROSTER_TTL_MS,
      now: Date.now,
    });
    rosterCaches.set(litmos, cache);
    // Any write through the client (a user deactivated by litmos_user, say) may change a roster.
    const rosters = cache;
    litmos.onWrite(() => rosters.clear());
  }
  return cache;
}

async function loadRoster(litmos: LitmosClient, teamId: string): Promise<TeamRoster> {
  const ids = (users: readonly { Id: string }[]): ReadonlySet<string> => new Set(users.map((u) => u.Id));
  const [members, leaders, admins] = await Promise.all([
    litmos.teams.listMembers(teamId),
    litmos.teams.listLeaders(teamId),
    litmos.teams.listAdmins(teamId),
  ]);
  return { members: ids(members), leaders: ids(leaders), admins: ids(admins) };
}

/** The user's role in the team, or null when they are not an active member. Admin outranks leader. */
export function roleIn(roster: TeamRoster, userId: string): TeamMemberRole | null {
  if (!roster.members.has(userId)) return null;
  if (roster.admins.has(userId)) return 'admin';
  if (roster.leaders.has(userId)) return 'leader';
  return 'member';
}
