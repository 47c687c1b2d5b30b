/**
 * What the resources planned in this provider process claim about team rosters, so that an
 * authoritative `litmos_team_members` and a per-member `litmos_team_member` of the same team that
 * disagree are reported at plan time instead of undoing each other on every apply.
 *
 * Whichever of two clashing resources is planned second sees the other's claim; claims are kept
 * per Litmos client (`claims-per-client.ts`).
 */
import type { LitmosClient } from '../litmos/index.js';
import { claimsPerClient } from './claims-per-client.js';

/** A role as planned: `undefined` while it is not known (it comes from another resource's apply). */
type PlannedRole = string | undefined;

interface Claims {
  /** teamId → the complete roster an authoritative resource plans (user id → role). */
  readonly authoritative: Map<string, ReadonlyMap<string, PlannedRole>>;
  /** teamId → userId → role planned by `litmos_team_member`. */
  readonly perMember: Map<string, Map<string, PlannedRole>>;
}

const claimsOf = claimsPerClient<Claims>(() => ({ authoritative: new Map(), perMember: new Map() }));

/** A per-member resource this run plans that the authoritative roster contradicts. */
export interface RosterClash {
  readonly userId: string;
  /** The role the per-member resource plans; `undefined` when it is not known yet. */
  readonly memberRole: PlannedRole;
  /** The role the authoritative roster gives the user, or null when it leaves the user out. */
  readonly rosterRole: string | null;
}

/**
 * Whether the roster contradicts a per-member role. A roster that leaves the user out always
 * does; a role not known yet on either side is judged by the plan made again during the apply,
 * once it is known.
 */
function clashOf(
  roster: ReadonlyMap<string, PlannedRole>,
  userId: string,
  memberRole: PlannedRole,
): RosterClash | undefined {
  if (!roster.has(userId)) return { userId, memberRole, rosterRole: null };
  const rosterRole = roster.get(userId);
  if (rosterRole === undefined || memberRole === undefined || rosterRole === memberRole) return undefined;
  return { userId, memberRole, rosterRole };
}

/** Records the authoritative roster of a team; returns the per-member claims it contradicts. */
export function claimRoster(
  litmos: LitmosClient,
  teamId: string,
  roster: ReadonlyMap<string, PlannedRole>,
): RosterClash[] {
  const claims = claimsOf(litmos);
  claims.authoritative.set(teamId, roster);
  const members = claims.perMember.get(teamId) ?? new Map<string, PlannedRole>();
  return [...members].flatMap(([userId, memberRole]) => clashOf(roster, userId, memberRole) ?? []);
}

/**
 * Records a per-member claim; returns the clash with the team's authoritative roster, if this run
 * plans one and it disagrees.
 */
export function claimMembership(
  litmos: LitmosClient,
  teamId: string,
  userId: string,
  role: PlannedRole,
): RosterClash | undefined {
  const claims = claimsOf(litmos);
  const members = claims.perMember.get(teamId) ?? new Map<string, PlannedRole>();
  members.set(userId, role);
  claims.perMember.set(teamId, members);
  const roster = claims.authoritative.get(teamId);
  return roster ? clashOf(roster, userId, role) : undefined;
}

/** The one wording of a clash, for whichever resource reports it. */
export function describeClash(teamId: string, clash: RosterClash): string {
  const roster =
    clash.rosterRole === null ? 'leaves the user out' : `gives the user the role ${clash.rosterRole}`;
  const role = clash.memberRole ?? 'a member (with a role known only at apply)';
  return (
    `litmos_team_member plans user ${clash.userId} as ${role} of team ${teamId}, but the ` +
    `litmos_team_members roster of that team ${roster}. The two would undo each other on every apply: list ` +
    'the user in litmos_team_members with the same role and drop the litmos_team_member, or stop managing the ' +
    'team authoritatively.'
  );
}
