/**
 * What the resources planned in this provider process claim about who holds `Administrator`, so
 * that an authoritative `litmos_administrators` and a per-user access level (`litmos_user`'s
 * `access_level`, `litmos_user_access_level`) that disagree are reported at plan time instead of
 * undoing each other on every apply.
 *
 * They agree when a user the set lists is planned as `Administrator` and a user it leaves out is
 * planned as any other level. Like the team roster claims (`team-roster-claims.ts`), whichever of
 * the two is planned second sees the other's claim; claims are kept per Litmos client, so provider
 * aliases on different organisations never clash. Only known user IDs can be compared: a user
 * created in the same apply has no ID at plan time, and the clash is then not seen.
 */
import type { LitmosClient } from '../litmos/index.js';
import { ProviderData } from '../provider/provider-data.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { claimsPerClient } from './claims-per-client.js';

const ADMINISTRATOR = 'Administrator';

/** The per-user resources that also set a user's access level. */
export type AccessLevelResource = 'litmos_user' | 'litmos_user_access_level';

interface LevelClaim {
  readonly level: string;
  readonly resource: AccessLevelResource;
  /** The username, when the claiming resource knows it. */
  readonly username: string | undefined;
}

interface Claims {
  /** The user IDs the authoritative set lists, once one is planned in this run. */
  administrators: ReadonlySet<string> | undefined;
  /** userId → the access level a per-user resource plans. */
  readonly levels: Map<string, LevelClaim>;
}

const claimsOf = claimsPerClient<Claims>(() => ({ administrators: undefined, levels: new Map() }));

/** A per-user access level this run plans that the administrator set contradicts. */
export interface AccessLevelClash extends LevelClaim {
  readonly userId: string;
  /** Whether the administrator set lists the user. */
  readonly listed: boolean;
}

function clashOf(
  userId: string,
  claim: LevelClaim,
  admins: ReadonlySet<string>,
): AccessLevelClash | undefined {
  const listed = admins.has(userId);
  return listed === (claim.level === ADMINISTRATOR) ? undefined : { userId, listed, ...claim };
}

/** Records the authoritative administrator set; returns the per-user levels it contradicts. */
export function claimAdministrators(litmos: LitmosClient, userIds: ReadonlySet<string>): AccessLevelClash[] {
  const claims = claimsOf(litmos);
  claims.administrators = userIds;
  return [...claims.levels].flatMap(([userId, claim]) => clashOf(userId, claim, userIds) ?? []);
}

/**
 * Records the access level a per-user resource plans; returns the clash with the administrator
 * set, if this run plans one and it disagrees.
 */
export function claimAccessLevel(
  litmos: LitmosClient,
  userId: string,
  claim: LevelClaim,
): AccessLevelClash | undefined {
  const claims = claimsOf(litmos);
  claims.levels.set(userId, claim);
  return claims.administrators && clashOf(userId, claim, claims.administrators);
}

/**
 * The one wording of a clash, for whichever resource reports it. `username` names the user when
 * the claim did not (the administrator set knows every user's name from its listing).
 */
export function describeAccessLevelClash(clash: AccessLevelClash, username?: string): string {
  const name = clash.username ?? username;
  const who = name ? `${name} (${clash.userId})` : `user ${clash.userId}`;
  const set = clash.listed ? 'lists them as an Administrator' : 'leaves them out (so demotes them)';
  const fix = clash.listed
    ? `set access_level = "${ADMINISTRATOR}" in ${clash.resource}, or remove them from litmos_administrators.user_ids`
    : `add them to litmos_administrators.user_ids, or give them another access_level in ${clash.resource}`;
  return (
    `${clash.resource} plans ${who} with access_level ${clash.level}, but litmos_administrators ${set}. ` +
    `The two would undo each other on every apply: ${fix}.`
  );
}

/**
 * The plan-time half of a per-user resource: records the access level it plans for `userId` and
 * reports, on `access_level`, a clash with the administrator set of this run, naming the user
 * (their username is read only when there is a clash and the resource does not know it). Nothing
 * is recorded while the user ID or the level is unknown or not managed (callers pass `known(...)`:
 * `undefined` for both).
 */
export async function checkAccessLevelClaim(
  req: { readonly provider: unknown; readonly diagnostics: Diagnostics },
  resource: AccessLevelResource,
  planned: { userId: string | undefined; level: string | undefined; username?: string },
): Promise<void> {
  const { userId, level } = planned;
  if (userId === undefined || level === undefined) return;
  if (!(req.provider instanceof ProviderData)) return;
  const litmos = req.provider.litmos(req.diagnostics);
  if (!litmos) return;
  const clash = claimAccessLevel(litmos, userId, { level, resource, username: planned.username });
  if (!clash) return;
  // The name only makes the message clearer: without it (user gone, API error) the ID names them.
  const username = clash.username ?? (await litmos.users.get(userId).catch(() => undefined))?.UserName;
  req.diagnostics.error(
    'Litmos Administrator Set Clash',
    describeAccessLevelClash(clash, username),
    AttrPath.root('access_level'),
  );
}
