/**
 * Adding users to teams, coalesced: concurrent adds to one team go out as one
 * `POST /teams/{id}/users` carrying the list, followed by one read of the team's active members
 * (shared with the other batches of that team that finish at the same moment) that tells each
 * caller whether its own user joined. Litmos answers 201 even for ids it ignored
 * (unknown or inactive users), so the read is what makes the outcome per item.
 *
 * The role of a user who joined is read only when it can be other than `member`: Litmos shows a
 * user who leads or administers any team with access level `Team_Leader` ([DOC-ROLES]; the
 * simulator follows it), so a `Learner` among the members is a plain member and costs no read of
 * the leader and admin lists.
 */
import { Coalescer, type ItemOutcome } from './coalescer.js';
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
}

export const DEFAULT_BATCHING: Required<BatchingOptions> = { windowMs: 40, maxBatch: 100 };

/**
 * How long a member add (and a course-assignment check) waits for others of its kind. Longer than
 * the plain window: while they wait, Terraform's other operations (user creates, course
 * assignments) finish and free their slots for more of them, so one request gathers more of
 * Terraform's ten concurrent operations. The request budget is the bottleneck of a bulk apply, so
 * the wait costs no wall time there (onboarding bench: 589 calls with 40 ms, 446 with 400 ms).
 */
export const GATHER_WINDOW_MS = 400;

interface AddItem {
  readonly userId: string;
}

export class TeamMemberAdds {
  readonly #teams: LitmosTeams;
  readonly #coalescer: Coalescer<AddItem, TeamMemberAddOutcome>;
  /** Member reads after a write, shared by the batches of one team that ask at the same moment. */
  readonly #memberReads: Coalescer<null, ReadonlyMap<string, string>>;

  constructor(teams: LitmosTeams, options: BatchingOptions = {}) {
    this.#teams = teams;
    const batching = { ...DEFAULT_BATCHING, ...options };
    this.#coalescer = new Coalescer({
      windowMs: options.windowMs ?? GATHER_WINDOW_MS,
      maxBatch: batching.maxBatch,
      flush: (key, items) => this.#flush(key, items),
    });
    this.#memberReads = new Coalescer<null, ReadonlyMap<string, string>>({
      windowMs: batching.windowMs,
      maxBatch: Number.MAX_SAFE_INTEGER,
      flush: async (teamId, waiters) => {
        // Read only after every waiter's write is done: each one asked after its own POST.
        const members = new Map((await this.#teams.listMembers(teamId)).map((u) => [u.Id, u.AccessLevel]));
        return waiters.map(() => ({ ok: true, value: members }));
      },
    });
  }

  /** Adds the user to the team together with the other adds of the same moment. */
  add(
    teamId: string,
    userId: string,
    options: { readonly sendMessage?: boolean } = {},
  ): Promise<TeamMemberAddOutcome> {
    return this.#coalescer.submit(batchKey(teamId, options.sendMessage ?? false), { userId });
  }

  async #flush(key: string, items: readonly AddItem[]): Promise<ItemOutcome<TeamMemberAddOutcome>[]> {
    const { teamId, sendMessage } = parseKey(key);
    const ids = [...new Set(items.map((i) => i.userId))];
    await this.#teams.addMembers(teamId, ids, { sendMessage });
    const members = await this.#memberReads.submit(teamId, null);
    const mayHoldRole = ids.some((id) => members.has(id) && members.get(id) !== 'Learner');
    const [leaders, admins] = mayHoldRole
      ? await Promise.all([this.#teams.listLeaders(teamId), this.#teams.listAdmins(teamId)])
      : [[], []];
    const leaderIds = new Set(leaders.map((u) => u.Id));
    const adminIds = new Set(admins.map((u) => u.Id));
    return items.map(({ userId }) => {
      if (!members.has(userId)) return { ok: true, value: { joined: false } };
      const role: TeamMemberRole = adminIds.has(userId)
        ? 'admin'
        : leaderIds.has(userId)
          ? 'leader'
          : 'member';
      return { ok: true, value: { joined: true, role } };
    });
  }
}

const batchKey = (teamId: string, sendMessage: boolean): string => `${sendMessage ? 1 : 0}${teamId}`;

function parseKey(key: string): { teamId: string; sendMessage: boolean } {
  return { sendMessage: key.startsWith('1'), teamId: key.slice(1) };
}
