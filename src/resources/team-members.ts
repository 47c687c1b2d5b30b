/**
 * `litmos_team_members`: the complete roster of one Litmos team, each member with a role (member,
 * leader or admin). Anyone else found in the team is planned for removal, by name, in the
 * computed `removals`, and removed by the apply; the apply removes nobody the plan did not name
 * (someone who joined between plan and apply is reported, and the next plan names them).
 *
 * Adds go out as one request carrying the list, checked with one read of the team's members; a
 * user Litmos ignored (unknown or inactive) fails with their own message while the rest is
 * applied. Roles change one user at a time (Litmos has no list form for promotions).
 *
 * Clash rules: a team managed by this resource should have no `litmos_team_member` resources, or
 * only ones that agree with the roster (same user, same role). A disagreeing pair would undo each
 * other on every apply; the provider reports it at plan time when both are in the same run.
 * Destroy removes the listed members from the team (after demoting leaders and admins); to stop
 * managing the roster without touching it, remove the resource from state instead.
 */
import {
  bool,
  defineResource,
  known,
  requiresReplace,
  schema,
  str,
  strList,
  strMap,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  type ModifyPlanRequest,
} from '../framework/index.js';
import { isLitmosError, type LitmosClient, type LitmosUserSummary } from '../litmos/index.js';
import { ProviderData } from '../provider/provider-data.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { addLitmosError } from './litmos-errors.js';
import { changeRole } from './team-member.js';
import { claimRoster, describeClash } from './team-roster-claims.js';
import { TEAM_MEMBER_ROLES, roleIn, type TeamMemberRole } from './team-roster.js';

const teamMembersSchema = schema(
  'The complete roster of a Litmos team: every member with their role. Anyone else in the team is ' +
    'planned for removal and named in `removals`. Destroy removes the listed members from the team. ' +
    'A `litmos_team_member` of the same team must agree with the roster (same user, same role); one ' +
    'that does not is a plan error when both are in the same run.',
  {
    id: str({ description: 'The team ID.', computed: true, planModifiers: [useStateForUnknown()] }),
    team_id: str({ description: 'Litmos team ID.', required: true, planModifiers: [requiresReplace()] }),
    members: strMap({
      description:
        'Every member of the team: user ID → role (`member`, `leader` or `admin`). Members not listed here are ' +
        'removed; listed users not in the team are added (only active users can join).',
      required: true,
    }),
    removals: strList({
      description:
        'Users in the team but not in `members`, as `<username> (<user_id>)`: planned for removal by the next ' +
        'apply, and after it, who was removed. Known at plan time when `members` is.',
      computed: true,
    }),
    send_message: bool({
      description: 'Send the Litmos e-mail to users when they are added. No e-mail by default.',
      optional: true,
      computed: true,
      default: false,
    }),
  },
);

type TeamMembersSchema = typeof teamMembersSchema;
type Plan = PlanModel<TeamMembersSchema>;
type State = StateModel<TeamMembersSchema>;
type Ctx = ResourceContext<ProviderData>;

const isRole = (v: unknown): v is TeamMemberRole => (TEAM_MEMBER_ROLES as readonly unknown[]).includes(v);
const label = (u: Pick<LitmosUserSummary, 'Id' | 'UserName'>): string => `${u.UserName} (${u.Id})`;
const membersPath = (userId: string): AttrPath => AttrPath.root('members').key(userId);

function validateConfig(config: Plan, diagnostics: Diagnostics): void {
  const members = config.members;
  if (members === null || members instanceof Unknown) return;
  for (const [userId, role] of Object.entries(members)) {
    const value: unknown = role;
    if (value instanceof Unknown || isRole(value)) continue;
    diagnostics.error(
      'Invalid Attribute Value',
      `The role of user ${userId} must be one of ${TEAM_MEMBER_ROLES.join(', ')}, got ${JSON.stringify(role)}.`,
      membersPath(userId),
    );
  }
}

/** The team's active members with their roles and usernames, read afresh. */
async function currentRoster(
  litmos: LitmosClient,
  teamId: string,
): Promise<Map<string, { user: LitmosUserSummary; role: TeamMemberRole }>> {
  const [members, leaders, admins] = await Promise.all([
    litmos.teams.listMembers(teamId),
    litmos.teams.listLeaders(teamId),
    litmos.teams.listAdmins(teamId),
  ]);
  const ids = (users: readonly { Id: string }[]): ReadonlySet<string> => new Set(users.map((u) => u.Id));
  const roster = { members: ids(members), leaders: ids(leaders), admins: ids(admins) };
  return new Map(members.map((user) => [user.Id, { user, role: roleIn(roster, user.Id) ?? 'member' }]));
}

/** Plans `removals` by name and reports a clash with `litmos_team_member` resources of this run. */
async function modifyPlan(req: ModifyPlanRequest<TeamMembersSchema>): Promise<void> {
  const { plan, diagnostics } = req;
  const teamId = known(plan.team_id);
  const members = plan.members;
  const litmos = req.provider instanceof ProviderData ? req.provider.litmos(diagnostics) : undefined;
  if (!litmos || teamId === undefined || members === null || members instanceof Unknown) {
    plan.removals = new Unknown();
    return;
  }
  // A role not known yet (from another resource) is claimed as such: it clashes with nothing now.
  const wanted = new Map<string, string | undefined>(
    Object.entries(members).map(([id, role]) => [id, typeof role === 'string' ? role : undefined]),
  );
  for (const clash of claimRoster(litmos, teamId, wanted)) {
    diagnostics.error('Litmos Team Roster Clash', describeClash(teamId, clash), AttrPath.root('members'));
  }
  try {
    const present = await litmos.teams.listMembers(teamId);
    plan.removals = present
      .filter((u) => !wanted.has(u.Id))
      .map(label)
      .sort();
  } catch (e) {
    // A team created in this apply does not exist yet: nobody to remove.
    if (isLitmosError(e, 'NOT_FOUND') && req.prior === null) {
      plan.removals = [];
      return;
    }
    addLitmosError(diagnostics, `Reading the members of Litmos team ${teamId}`, e, AttrPath.root('team_id'));
  }
  const prior = req.prior;
  if (
    prior &&
    Array.isArray(plan.removals) &&
    plan.removals.length === 0 &&
    sameRoster(prior.members, members)
  ) {
    plan.removals = prior.removals ?? [];
  }
}

function sameRoster(a: Record<string, string> | null, b: Record<string, string>): boolean {
  if (a === null) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/** Makes the team's roster the planned one; returns the state of what is now true. */
async function reconcile(plan: Plan, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const teamId = known(plan.team_id);
  const members = known(plan.members);
  if (!litmos || teamId === undefined || members === undefined || members === null) return null;
  const sendMessage = known(plan.send_message) ?? false;
  const wanted = new Map<string, TeamMemberRole>(
    Object.entries(members).map(([id, role]) => [id, isRole(role) ? role : 'member']),
  );
  const plannedRemovals = plan.removals instanceof Unknown ? undefined : new Set(plan.removals ?? []);
  const diags = ctx.diagnostics;
  try {
    let roster = await currentRoster(litmos, teamId);
    const missing = [...wanted.keys()].filter((id) => !roster.has(id));
    if (missing.length > 0) {
      await litmos.teams.addMembers(teamId, missing, { sendMessage });
      roster = await currentRoster(litmos, teamId);
      for (const id of missing.filter((m) => !roster.has(m))) {
        diags.error(
          'Litmos User Not Added To Team',
          `Litmos accepted the request but user ${id} is not an active member of team ${teamId}. Check that the ` +
            'user exists and is active.',
          membersPath(id),
        );
      }
    }
    const final = new Map<string, TeamMemberRole>();
    for (const [id, role] of wanted) {
      const entry = roster.get(id);
      if (!entry) continue;
      try {
        await changeRole(litmos, teamId, id, entry.role, role);
        final.set(id, role);
      } catch (e) {
        addLitmosError(diags, `Making Litmos user ${id} ${role} of team ${teamId}`, e, membersPath(id));
        final.set(id, entry.role);
      }
    }
    const removed: string[] = [];
    for (const [id, { user, role }] of roster) {
      if (wanted.has(id)) continue;
      const name = label(user);
      if (plannedRemovals !== undefined && !plannedRemovals.has(name)) {
        diags.error(
          'Litmos Team Member Not In Plan',
          `${name} is in team ${teamId} but the plan did not name them for removal (they joined after the plan). ` +
            'They were left in the team; the next plan names them.',
          AttrPath.root('members'),
        );
        final.set(id, role);
        continue;
      }
      try {
        await removeFromTeam(litmos, teamId, id, role);
        removed.push(name);
      } catch (e) {
        addLitmosError(diags, `Removing ${name} from Litmos team ${teamId}`, e, AttrPath.root('members'));
        final.set(id, role);
      }
    }
    return {
      id: teamId,
      team_id: teamId,
      members: Object.fromEntries(final),
      removals: plannedRemovals === undefined ? removed.sort() : [...plannedRemovals],
      send_message: sendMessage,
    };
  } catch (e) {
    addLitmosError(diags, `Setting the members of Litmos team ${teamId}`, e, AttrPath.root('team_id'));
    return null;
  }
}

async function removeFromTeam(litmos: LitmosClient, teamId: string, userId: string, role: TeamMemberRole) {
  if (role === 'leader') await litmos.teams.demote(teamId, 'leaders', userId);
  if (role === 'admin') await litmos.teams.demote(teamId, 'admins', userId);
  await litmos.teams.removeMember(teamId, userId);
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.team_id) return state;
  try {
    // Read afresh (not from the shared roster cache): this resource decides who is removed.
    const roster = await currentRoster(litmos, state.team_id);
    const members = Object.fromEntries([...roster].map(([id, { role }]) => [id, role] as const));
    return { ...state, id: state.team_id, members, removals: state.removals ?? [] };
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading the members of Litmos team ${state.team_id}`, e);
    return state;
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.team_id) return;
  const teamId = state.team_id;
  for (const [userId, role] of Object.entries(state.members ?? {})) {
    try {
      await removeFromTeam(litmos, teamId, userId, isRole(role) ? role : 'member');
    } catch (e) {
      if (!isLitmosError(e, 'NOT_FOUND'))
        addLitmosError(ctx.diagnostics, `Removing user ${userId} from Litmos team ${teamId}`, e);
    }
  }
}

async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const state = await read({ id, team_id: id, members: {}, removals: [], send_message: false }, ctx);
  if (state === null) {
    ctx.diagnostics.error('Litmos Team Not Found', `No Litmos team has the ID ${JSON.stringify(id)}.`);
  }
  return state;
}

export const teamMembersResource = defineResource<TeamMembersSchema, ProviderData>({
  typeName: 'litmos_team_members',
  schema: teamMembersSchema,
  create: ({ plan }, ctx) => reconcile(plan, ctx),
  read,
  update: ({ plan }, ctx) => reconcile(plan, ctx),
  delete: remove,
  importState,
  modifyPlan,
  validateConfig,
});
