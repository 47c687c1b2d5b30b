/**
 * Adding users to teams, coalesced: concurrent adds to one team go out as one
 * `POST /teams/{id}/users` carrying the list, followed by one read of the team's active members
 * (shared by every add of that team whose write is done when the read is sent) that tells each
 * caller whether its own user joined. Litmos answers 201 even for ids it ignored
 * (unknown or inactive users), so the read is what makes the outcome per item.
 *
 * No read at all for a user this process saw active with access level `Learner` moments ago
 * (`RecentUsers`): the only reasons Litmos ignores an id do not apply, and a `Learner` holds no
 * team role, so the add makes them a plain member.
 *
 * The role of a user who joined is read only when it can be other than `member`: Litmos shows a
 * user who leads or administers any team with access level `Team_Leader` ([DOC-ROLES]; the
 * simulator follows it), so a `Learner` among the members is a plain member and costs no read of
 * the leader and admin lists.
 */
import { Coalescer } from './coalescer.js';
import { PendingWrites } from './pending-writes.js';
import type { RecentUsers } from './recent-users.js';
import type { LitmosTeams } from './teams.js';

export type TeamMemberRole = 'member' | 'leader' | 'admin';

/** What happened to one user of a coalesced add. */
export type TeamMemberAddOutcome =
  | { readonly joined: true; readonly role: TeamMemberRole }
  /** Litmos ignored the user: unknown, or inactive (the member list shows active users only). */
  | { readonly joined: false };

export interface BatchingOptions {
  /** How long a batch waits for more items. @default 40 */
  readonly windowMs?: number;
  /** Most items in one request. @default 100 */
  readonly maxBatch?: number;
  /**
   * Takes a unit of the request budget (`LitmosTransport.turn`): batches stay open until it is
   * granted, and their first request uses that unit.
   * @default none: a batch closes when its window ends
   */
  readonly turn?: () => Promise<void>;
}

export const DEFAULT_BATCHING = { windowMs: 40, maxBatch: 100 } as const;

/**
 * How long a member add (and a course-assignment check) waits for others of its kind. Longer than
 * the plain window: while they wait, Terraform's other operations (user creates, course
 * assignments) finish and free their slots for more of them, so one request gathers more of
 * Terraform's ten concurrent operations. The request budget is the bottleneck of a bulk apply, so
 * the wait costs no wall time there (onboarding bench: 589 calls with 40 ms, 446 with 400 ms).
 */
export const GATHER_WINDOW_MS = 400;

/**
 * Longest wait of a read-back for writes of its key still in progress (see `PendingWrites`). In
 * the onboarding bench it took the member reads from 47 to 41 for 49 member writes; capped so a
 * steady stream of writes holds a read (and Terraform's slot for it) for one second at most.
 */
export const READ_BACK_DEFER_MS = 1_000;

interface TeamRoles {
  readonly leaders: ReadonlySet<string>;
  readonly admins: ReadonlySet<string>;
}

export class TeamMemberAdds {
  readonly #teams: LitmosTeams;
  /** The writes: concurrent adds to one team, one `POST /teams/{id}/users`. */
  readonly #writes: Coalescer<string, void>;
  /**
   * Member reads after a write, shared by every add of the team whose write is done when the read
   * goes out: it waits for its turn in the request budget with the batch still open.
   */
  readonly #memberReads: Coalescer<null, ReadonlyMap<string, string>>;
  /** Leader and admin lists, read only for a user who may hold a role; shared the same way. */
  readonly #roleReads: Coalescer<null, TeamRoles>;
  /** Adds per team whose write has not finished. */
  readonly #pending = new PendingWrites();
  /** Users known active moments ago, whose adds need no read-back. */
  readonly #recent: RecentUsers | undefined;

  constructor(teams: LitmosTeams, options: BatchingOptions = {}, recent?: RecentUsers) {
    this.#teams = teams;
    this.#recent = recent;
    const batching = { ...DEFAULT_BATCHING, ...options };
    const turn = options.turn;
    const prepaid = turn !== undefined;
    this.#writes = new Coalescer<string, void>({
      windowMs: options.windowMs ?? GATHER_WINDOW_MS,
      maxBatch: batching.maxBatch,
      ...(turn ? { turn } : {}),
      flush: async (key, userIds) => {
        const { teamId, sendMessage } = parseKey(key);
        await this.#teams.addMembers(teamId, [...new Set(userIds)], { sendMessage, prepaid });
        return userIds.map(() => ({ ok: true, value: undefined }));
      },
    });
    this.#memberReads = new Coalescer<null, ReadonlyMap<string, string>>({
      windowMs: batching.windowMs,
      maxBatch: Number.MAX_SAFE_INTEGER,
      // The read waits (briefly) for the team's writes still in progress, then for budget.
      turn: async (teamId) => {
        await this.#pending.settled(teamId, READ_BACK_DEFER_MS);
        await turn?.();
      },
      flush: async (teamId, waiters) => {
        // Read only after every waiter's write is done: each one asked after its own POST.
        const listed = await this.#teams.listMembers(teamId, { prepaid });
        const members = new Map(listed.map((u) => [u.Id, u.AccessLevel]));
        return waiters.map(() => ({ ok: true, value: members }));
      },
    });
    this.#roleReads = new Coalescer<null, TeamRoles>({
      windowMs: batching.windowMs,
      maxBatch: Number.MAX_SAFE_INTEGER,
      flush: async (teamId, waiters) => {
        const [leaders, admins] = await Promise.all([
          this.#teams.listLeaders(teamId),
          this.#teams.listAdmins(teamId),
        ]);
        const value: TeamRoles = {
          leaders: new Set(leaders.map((u) => u.Id)),
          admins: new Set(admins.map((u) => u.Id)),
        };
        return waiters.map(() => ({ ok: true, value }));
      },
    });
  }

  /** Adds the user to the team together with the other adds of the same moment. */
  async add(
    teamId: string,
    userId: string,
    options: { readonly sendMessage?: boolean } = {},
  ): Promise<TeamMemberAddOutcome> {
    await this.#pending.track(teamId, () =>
      this.#writes.submit(batchKey(teamId, options.sendMessage ?? false), userId),
    );
    // Asked after the write: a write to the user that this process started meanwhile counts.
    if (this.#recent?.isActiveLearner(userId)) return { joined: true, role: 'member' };
    const members = await this.#memberReads.submit(teamId, null);
    const level = members.get(userId);
    if (level === undefined) return { joined: false };
    if (level === 'Learner') return { joined: true, role: 'member' };
    const { leaders, admins } = await this.#roleReads.submit(teamId, null);
    const role: TeamMemberRole = admins.has(userId) ? 'admin' : leaders.has(userId) ? 'leader' : 'member';
    return { joined: true, role };
  }
}

const batchKey = (teamId: string, sendMessage: boolean): string => `${sendMessage ? 1 : 0}${teamId}`;

function parseKey(key: string): { teamId: string; sendMessage: boolean } {
  return { sendMessage: key.startsWith('1'), teamId: key.slice(1) };
}
