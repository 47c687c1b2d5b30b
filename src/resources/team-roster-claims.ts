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

interface Claims {
  /** teamId → the complete roster an authoritative resource plans (user id → role). */
  readonly authoritative: Map<string, ReadonlyMap<string, string>>;
  /** teamId → userId → role planned by `litmos_team_member`. */
  readonly perMember: Map<string, Map<string, string>>;
}

const claimsOf = claimsPerClient<Claims>(() => ({ authoritative: new Map(), perMember: new Map() }));

/** A per-member resource this run plans that the authoritative roster contradicts. */
export interface RosterClash {
  readonly userId: string;
  /** The role the per-member resource plans. */
  readonly memberRole: string;
  /** The role the authoritative roster gives the user, or null when it leaves the user out. */
  readonly rosterRole: string | null;
}

/** Records the authoritative roster of a team; returns the per-member claims it contradicts. */
export function claimRoster(
  litmos: LitmosClient,
  teamId: string,
  roster: ReadonlyMap<string, string>,
): RosterClash[] {
  const claims = claimsOf(litmos);
  claims.authoritative.set(teamId, roster);
  const members = claims.perMember.get(teamId) ?? new Map<string, string>();
  return [...members].flatMap(([userId, memberRole]) => {
    const rosterRole = roster.get(userId) ?? null;
    return rosterRole === memberRole ? [] : [{ userId, memberRole, rosterRole }];
  });
}

/**
 * Records a per-member claim; returns the clash with the team's authoritative roster, if this run
 * plans one and it disagrees.
 */
export function claimMembership(
  litmos: LitmosClient,
  teamId: string,
  userId: string,
  role: string,
): RosterClash | undefined {
  const claims = claimsOf(litmos);
  const members = claims.perMember.get(teamId) ?? new Map<string, string>();
  members.set(userId, role);
  claims.perMember.set(teamId, members);
  const roster = claims.authoritative.get(teamId);
  if (!roster) return undefined;
  const rosterRole = roster.get(userId) ?? null;
  return rosterRole === role ? undefined : { userId, memberRole: role, rosterRole };
}

/** The one wording of a clash, for whichever resource reports it. */
export function describeClash(teamId: string, clash: RosterClash): string {
  const roster =
    clash.rosterRole === null ? 'leaves the user out' : `gives the user the role ${clash.rosterRole}`;
  return (
    `litmos_team_member plans user ${clash.userId} as ${clash.memberRole} of team ${teamId}, but the ` +
    `litmos_team_members roster of that team ${roster}. The two would undo each other on every apply: list ` +
    'the user in litmos_team_members with the same role and drop the litmos_team_member, or stop managing the ' +
    'team authoritatively.'
  );
}
