/**
 * `litmos_team_member`: one user's membership of one Litmos team, with its role there (member,
 * leader or admin; leader and admin are per-team promotions of a member). Destroy demotes the user
 * if needed and removes them from the team; the user and the team themselves are untouched.
 *
 * A create is safe to repeat after a crash: Litmos ignores adding a member twice, and the role is
 * then moved from `member` to the planned one. A membership that already holds another role
 * (leader or admin, given outside this plan) is refused rather than changed.
 *
 * Reads use `GET /teams/{id}/users`, which lists **active** members only: a user deactivated in
 * Litmos therefore drops out of state, and applying again adds them back (Litmos ignores the add
 * while the user stays inactive, which the apply reports as an error).
 */
import {
  bool,
  defineResource,
  oneOf,
  requiresReplace,
  schema,
  str,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  type ModifyPlanRequest,
  known,
} from '../framework/index.js';
import {
  isLitmosError,
  type LitmosClient,
  type TeamMemberAddOutcome,
  type TeamRole,
} from '../litmos/index.js';
import { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { parseImportId } from './import-id.js';
import { addLitmosError, importCommand } from './litmos-errors.js';
import { claimMembership, describeClash } from './team-roster-claims.js';
import { TEAM_MEMBER_ROLES, roleIn, rostersOf, type TeamMemberRole } from './team-roster.js';

export {
  TEAM_MEMBER_ROLES,
  TeamRosterCache,
  roleIn,
  type TeamMemberRole,
  type TeamRoster,
} from './team-roster.js';

const teamMemberSchema = schema(
  "A user's membership of a Litmos team and their role in it. Destroying it removes the user from " +
    'the team (after demoting a leader or admin). Only **active** members are seen: a user ' +
    'deactivated in Litmos drops out of state. On a team whose roster a `litmos_team_members` manages, ' +
    'the roster must list the user with the same role; one that does not is a plan error when both are ' +
    'in the same run.',
  {
    id: str({
      description: '`<team_id>/<user_id>`.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    team_id: str({ description: 'Litmos team ID.', required: true, planModifiers: [requiresReplace()] }),
    user_id: str({ description: 'Litmos user ID.', required: true, planModifiers: [requiresReplace()] }),
    role: str({
      description:
        'Role in the team: `member`, `leader` (Team Leader) or `admin` (Team Admin). Changing it ' +
        'promotes or demotes the user in place. Left out: not managed (a new member stays `member`; ' +
        'an imported one keeps the role Litmos reports).',
      optional: true,
      computed: true,
      validators: [oneOf(...TEAM_MEMBER_ROLES)],
    }),
    send_message: bool({
      description: 'Send the Litmos e-mail when the user is added. Used only when the membership is created.',
      optional: true,
      computed: true,
      default: false,
    }),
  },
);

type TeamMemberSchema = typeof teamMemberSchema;
type Plan = PlanModel<TeamMemberSchema>;
type State = StateModel<TeamMemberSchema>;
type Ctx = ResourceContext<ProviderData>;

const apiRole = (role: TeamMemberRole): TeamRole | null =>
  role === 'leader' ? 'leaders' : role === 'admin' ? 'admins' : null;

const isRole = (v: string | null | undefined): v is TeamMemberRole =>
  (TEAM_MEMBER_ROLES as readonly string[]).includes(v ?? '');

// ---- CRUD ------------------------------------------------------------------------------------

const membershipId = (teamId: string, userId: string): string => `${teamId}/${userId}`;

function toState(teamId: string, userId: string, role: TeamMemberRole, sendMessage: boolean): State {
  return {
    id: membershipId(teamId, userId),
    team_id: teamId,
    user_id: userId,
    role,
    send_message: sendMessage,
  };
}

/**
 * Moves the user from role `from` to role `to`: promote first, then demote, so a user never
 * passes through "no role" (Litmos would lower their access level in between).
 */
export async function changeRole(
  litmos: LitmosClient,
  teamId: string,
  userId: string,
  from: TeamMemberRole,
  to: TeamMemberRole,
): Promise<void> {
  if (from === to) return;
  const promoteTo = apiRole(to);
  const demoteFrom = apiRole(from);
  // Every write through the client drops the shared rosters (`rostersOf`), failed ones too.
  if (promoteTo) await litmos.teams.promote(teamId, promoteTo, userId);
  if (demoteFrom) await litmos.teams.demote(teamId, demoteFrom, userId);
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const teamId = known(plan.team_id);
  const userId = known(plan.user_id);
  if (!litmos || teamId === undefined || userId === undefined) return null;
  const role = known(plan.role);
  const sendMessage = known(plan.send_message) ?? false;
  // Concurrent adds to this team go out as one request; the outcome is this user's own.
  let outcome: TeamMemberAddOutcome;
  try {
    outcome = await litmos.teamMemberAdds.add(teamId, userId, { sendMessage });
  } catch (e) {
    addLitmosError(
      ctx.diagnostics,
      `Adding Litmos user ${userId} to team ${teamId}`,
      e,
      AttrPath.root('team_id'),
    );
    return null;
  }
  // Litmos ignores unknown and inactive users in the add, so the outcome comes from a read.
  if (!outcome.joined) {
    ctx.diagnostics.error(
      'Litmos User Not Added To Team',
      `Litmos accepted the request but user ${userId} is not an active member of team ${teamId}. ` +
        'Check that the user exists and is active.',
      AttrPath.root('user_id'),
    );
    return null;
  }
  const joined = outcome.role;
  // Without a configured role, the role the user has after joining is kept (not managed).
  const wanted: TeamMemberRole = isRole(role) ? role : joined;
  if (joined !== 'member' && joined !== wanted) {
    // Only someone else can have made this: a create of this plan never leaves another role.
    ctx.diagnostics.error(
      'Litmos Team Membership Exists',
      `User ${userId} is already ${joined} of Litmos team ${teamId}; this configuration says ${wanted}, and ` +
        'Terraform does not take over a role it did not give. To manage this membership, import it: ' +
        `${importCommand('litmos_team_member.ada_engineering', `${teamId}/${userId}`)} (use this resource's ` +
        'address), then plan to see the change.',
      AttrPath.root('role'),
    );
    return null;
  }
  try {
    await changeRole(litmos, teamId, userId, joined, wanted);
    return toState(teamId, userId, wanted, sendMessage);
  } catch (e) {
    addLitmosError(
      ctx.diagnostics,
      `Making Litmos user ${userId} ${wanted} of team ${teamId}`,
      e,
      AttrPath.root('role'),
    );
    // The membership exists: keep it in state with the role it has now.
    return toState(teamId, userId, (await currentRole(litmos, teamId, userId, ctx)) ?? joined, sendMessage);
  }
}

/** The role from a fresh or shared roster; null when not a member; undefined after an error. */
async function currentRole(
  litmos: LitmosClient,
  teamId: string,
  userId: string,
  ctx: Ctx,
): Promise<TeamMemberRole | null | undefined> {
  try {
    return roleIn(await rostersOf(litmos).get(teamId), userId);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading the members of Litmos team ${teamId}`, e);
    return undefined;
  }
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return state;
  if (!state.team_id || !state.user_id) return null;
  const role = await currentRole(litmos, state.team_id, state.user_id, ctx);
  if (role === undefined) return state;
  if (role === null) return null;
  return toState(state.team_id, state.user_id, role, state.send_message ?? false);
}

async function update({ plan, prior }: { plan: Plan; prior: State }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !prior.team_id || !prior.user_id) return prior;
  const { team_id: teamId, user_id: userId } = prior;
  const from: TeamMemberRole = isRole(prior.role) ? prior.role : 'member';
  const plannedRole = known(plan.role);
  const to: TeamMemberRole = isRole(plannedRole) ? plannedRole : from;
  const sendMessage = known(plan.send_message) ?? false;
  try {
    await changeRole(litmos, teamId, userId, from, to);
    return toState(teamId, userId, to, sendMessage);
  } catch (e) {
    addLitmosError(
      ctx.diagnostics,
      `Making Litmos user ${userId} ${to} of team ${teamId}`,
      e,
      AttrPath.root('role'),
    );
    return prior;
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.team_id || !state.user_id) return;
  const { team_id: teamId, user_id: userId } = state;
  const role = apiRole(isRole(state.role) ? state.role : 'member');
  try {
    if (role) await litmos.teams.demote(teamId, role, userId);
    await litmos.teams.removeMember(teamId, userId);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    addLitmosError(ctx.diagnostics, `Removing Litmos user ${userId} from team ${teamId}`, e);
  }
}

async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const parts = parseImportId(
    id,
    { parts: ['team_id', 'user_id'], address: 'litmos_team_member.x' },
    ctx.diagnostics,
  );
  if (!parts) return null;
  const parsed = { teamId: parts[0], userId: parts[1] };
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const role = await currentRole(litmos, parsed.teamId, parsed.userId, ctx);
  if (role === undefined) return null;
  if (role === null) {
    ctx.diagnostics.error(
      'Litmos Team Membership Not Found',
      `User ${parsed.userId} is not an active member of Litmos team ${parsed.teamId} (or the team does not exist).`,
    );
    return null;
  }
  return toState(parsed.teamId, parsed.userId, role, false);
}

/** Reports, at plan time, a clash with a `litmos_team_members` roster of the same team in this run. */
async function modifyPlan(req: ModifyPlanRequest<TeamMemberSchema>): Promise<void> {
  const teamId = known(req.plan.team_id);
  const userId = known(req.plan.user_id);
  // Left out (and new), the role is `member` for the roster to agree with; a configured role not
  // known yet is judged by the plan made again during the apply.
  const role = req.config.role instanceof Unknown ? undefined : (known(req.plan.role) ?? 'member');
  if (teamId === undefined || userId === undefined || !(req.provider instanceof ProviderData)) return;
  const litmos = req.provider.litmos(req.diagnostics);
  if (!litmos) return;
  const clash = claimMembership(litmos, teamId, userId, role);
  if (clash)
    req.diagnostics.error('Litmos Team Roster Clash', describeClash(teamId, clash), AttrPath.root('user_id'));
}

export const teamMemberResource = defineResource<TeamMemberSchema, ProviderData>({
  typeName: 'litmos_team_member',
  schema: teamMemberSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  modifyPlan,
});
