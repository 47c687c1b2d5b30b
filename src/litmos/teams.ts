/**
 * Litmos teams: list and read, sub-teams, create, and membership: members, leaders and admins.
 * Leader and admin are per-team promotions of an existing member (404 when the user is not one).
 */
import { listEvery, listEveryTolerant } from './listing.js';
import type { Tolerant } from './tolerant.js';
import { asObject } from './paging.js';
import type { RecentUsers } from './recent-users.js';
import { apiPath, type LitmosTransport } from './transport.js';
import {
  USER_SUMMARY_KINDS,
  type ListOptions,
  type PrepaidOption,
  type LitmosTeam,
  type LitmosTeamInput,
  type LitmosUserSummary,
} from './types.js';
import { UserDirectory } from './user-directory.js';

export type TeamRole = 'leaders' | 'admins';

export interface AddTeamMembersOptions extends PrepaidOption {
  /** Send Litmos's e-mail to the added users. @default false */
  readonly sendMessage?: boolean;
}

export interface TeamsDeps {
  readonly transport: LitmosTransport;
  readonly pageSize: number;
  /** Forgets a user whose membership or role this process changes. @default none */
  readonly recent?: RecentUsers;
}

/** How long one `GET /teams` listing answers `findListed`. */
const TEAM_LISTING_TTL_MS = 30_000;

export class LitmosTeams {
  readonly #deps: TeamsDeps;
  /** The `GET /teams` listing shared by concurrent `findListed` calls, dropped by any write. */
  readonly #listing: UserDirectory<LitmosTeam>;

  constructor(deps: TeamsDeps) {
    this.#deps = deps;
    this.#listing = new UserDirectory<LitmosTeam>({ listAll: () => this.list(), ttlMs: TEAM_LISTING_TTL_MS });
    deps.transport.onWrite(() => this.#listing.invalidate());
  }

  /**
   * The team as `GET /teams` lists it (with `ParentTeamId` and `TeamCodeForBulkImport`, which a
   * single `GET /teams/{id}` may lack), from one listing shared by every caller of the moment.
   */
  findListed(teamId: string): Promise<LitmosTeam | undefined> {
    return this.#listing.find(teamId);
  }

  /** Every team, sub-teams included (`ParentTeamId` is `""` for a root team). */
  list(options: ListOptions = {}): Promise<LitmosTeam[]> {
    return this.#listAll<LitmosTeam>('/teams', options);
  }

  /**
   * The team as `GET /teams/{id}` answers it: Id, Name and Description only ([REC]
   * `add-sub-team.0`); `TeamCodeForBulkImport` and `ParentTeamId` are not in it (see `getComplete`).
   */
  async get(teamId: string): Promise<LitmosTeam> {
    const path = apiPath('teams', teamId);
    return asObject<LitmosTeam>(await this.#deps.transport.request({ method: 'GET', path }), `GET ${path}`);
  }

  /**
   * The team with every field Litmos gives for it: Description from `GET /teams/{id}`,
   * `TeamCodeForBulkImport` and `ParentTeamId` from the listing row with the same Id (found by
   * searching the name; null when the listing has no such row or leaves them out).
   */
  async getComplete(teamId: string): Promise<LitmosTeam> {
    const team = await this.get(teamId);
    const rows = await this.list({ search: team.Name });
    const row = rows.find((t) => t.Id.toLowerCase() === team.Id.toLowerCase());
    return mergeTeam(team, row);
  }

  /** A listing row completed with the Description of `GET /teams/{id}` (one request). */
  async completeListed(row: LitmosTeam): Promise<LitmosTeam> {
    return mergeTeam(await this.get(row.Id), row);
  }

  /** Sub-teams of the team. */
  listSubTeams(teamId: string, options: ListOptions = {}): Promise<LitmosTeam[]> {
    return this.#listAll<LitmosTeam>(apiPath('teams', teamId, 'teams'), options);
  }

  /** Creates a root team, or a sub-team of `parentTeamId`. 409 (`CONFLICT`) on a duplicate name. */
  async create(input: LitmosTeamInput, parentTeamId?: string): Promise<LitmosTeam> {
    const path = parentTeamId === undefined ? '/teams' : apiPath('teams', parentTeamId, 'teams');
    const body = {
      Id: '',
      Name: input.Name,
      Description: input.Description ?? '',
      ParentTeamId: parentTeamId ?? '',
    };
    return asObject<LitmosTeam>(
      await this.#deps.transport.request({ method: 'POST', path, body }),
      `POST ${path}`,
    );
  }

  /**
   * Renames the team or changes its description (`PUT /teams/{id}`, the Id in the body must match
   * the URL). The parent is sent unchanged: no source confirms that Litmos moves a team this way.
   */
  async update(teamId: string, input: LitmosTeamInput, parentTeamId = ''): Promise<void> {
    const path = apiPath('teams', teamId);
    const body = {
      Id: teamId,
      Name: input.Name,
      Description: input.Description ?? '',
      ParentTeamId: parentTeamId,
    };
    await this.#deps.transport.request({ method: 'PUT', path, body });
  }

  /** Deletes the team (`DELETE /teams/{id}`); its users stay in Litmos. */
  async delete(teamId: string): Promise<void> {
    await this.#deps.transport.request({ method: 'DELETE', path: apiPath('teams', teamId) });
  }

  /** Active members of the team. */
  listMembers(teamId: string, options: ListOptions & PrepaidOption = {}): Promise<LitmosUserSummary[]> {
    return this.#listAll<LitmosUserSummary>(apiPath('teams', teamId, 'users'), options);
  }

  /** Leaders of the team (no recorded answer: rows read defensively). */
  listLeaders(teamId: string): Promise<Tolerant<LitmosUserSummary, 'Id'>[]> {
    return this.#listTolerant(apiPath('teams', teamId, 'leaders'));
  }

  /** Admins of the team (no recorded answer: rows read defensively). */
  listAdmins(teamId: string): Promise<Tolerant<LitmosUserSummary, 'Id'>[]> {
    return this.#listTolerant(apiPath('teams', teamId, 'admins'));
  }

  /** Adds users to the team. Users already in it are ignored by the API, so this is repeatable. */
  async addMembers(
    teamId: string,
    userIds: readonly string[],
    options: AddTeamMembersOptions = {},
  ): Promise<void> {
    if (userIds.length === 0) return;
    await this.#deps.transport.request({
      method: 'POST',
      path: apiPath('teams', teamId, 'users'),
      query: { sendmessage: options.sendMessage ?? false },
      body: userIds.map((Id) => ({ Id })),
      repeatable: true,
      prepaid: options.prepaid === true,
    });
  }

  /** Removes one user from the team. */
  async removeMember(teamId: string, userId: string): Promise<void> {
    this.#deps.recent?.forget(userId);
    await this.#deps.transport.request({ method: 'DELETE', path: apiPath('teams', teamId, 'users', userId) });
  }

  /** Makes a member a leader (`leaders`) or admin (`admins`) of the team. */
  async promote(teamId: string, role: TeamRole, userId: string): Promise<void> {
    this.#deps.recent?.forget(userId);
    await this.#deps.transport.request({ method: 'PUT', path: apiPath('teams', teamId, role, userId) });
  }

  async demote(teamId: string, role: TeamRole, userId: string): Promise<void> {
    this.#deps.recent?.forget(userId);
    await this.#deps.transport.request({ method: 'DELETE', path: apiPath('teams', teamId, role, userId) });
  }

  #listTolerant(path: string): Promise<Tolerant<LitmosUserSummary, 'Id'>[]> {
    const shape = { kinds: USER_SUMMARY_KINDS, required: ['Id'] as const };
    return listEveryTolerant<LitmosUserSummary, 'Id'>(this.#deps.transport, this.#deps.pageSize, path, shape);
  }

  #listAll<T>(path: string, options: ListOptions & PrepaidOption): Promise<T[]> {
    return listEvery<T>(this.#deps.transport, this.#deps.pageSize, path, { search: options.search }, options);
  }
}

/** Id and Name from the single GET, the listing-only fields from the row; missing ones null. */
function mergeTeam(got: LitmosTeam, row: LitmosTeam | undefined): LitmosTeam {
  return {
    Id: got.Id,
    Name: got.Name,
    Description: got.Description ?? null,
    TeamCodeForBulkImport: row?.TeamCodeForBulkImport ?? got.TeamCodeForBulkImport ?? null,
    ParentTeamId: row?.ParentTeamId ?? got.ParentTeamId ?? null,
  };
}
