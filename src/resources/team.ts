/**
 * `litmos_team`: a Litmos team, at the top level or as a sub-team of `parent_team_id`. The name
 * and description change in place (`PUT /teams/{id}`); a new parent replaces the team, because no
 * source confirms that Litmos moves a team to another parent.
 *
 * Destroy deletes the team: its memberships, leader and admin roles and course placements go with
 * it, the users stay. Sub-teams that Terraform manages reference their parent and are deleted
 * first; what Litmos does with a team that still has sub-teams is not documented (the simulator
 * refuses with 409), so delete or move those first.
 */
import {
  defineResource,
  idIdentity,
  lengthBetween,
  requiresReplace,
  schema,
  str,
  useStateForUnknown,
  known,
  type PlanModel,
  type ResourceContext,
  type StateModel,
} from '../framework/index.js';
import { isLitmosError, type LitmosClient, type LitmosTeam } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { addLitmosError } from './litmos-errors.js';

/** Litmos's documented limits ([DOC-TEAMS], facts §7.4). */
const MAX_NAME = 100;
const MAX_DESCRIPTION = 1000;

const teamSchema = schema(
  'A Litmos team, top-level or a sub-team. Renaming and a new description apply in place; a new ' +
    '`parent_team_id` replaces the team (a new team is made under the new parent and the old one ' +
    'deleted, so its members and courses do not move with it), because the Litmos API documents no ' +
    'way to move a team. Destroy deletes the team (its memberships, roles and course placements go ' +
    'with it; the users stay). Sub-teams managed here reference their parent and are deleted first; ' +
    'delete or move other sub-teams before destroying a parent, as Litmos may refuse it. Teams ' +
    'Terraform does not manage stay readable through the `litmos_team` and `litmos_teams` data sources.',
  {
    id: str({ description: 'Litmos team ID.', computed: true, planModifiers: [useStateForUnknown()] }),
    name: str({
      description: 'Team name (at most 100 characters), unique across the organisation.',
      required: true,
      validators: [lengthBetween(1, MAX_NAME)],
    }),
    description: str({
      description:
        'Team description (at most 1000 characters). Left out, it is not managed: a new team gets an ' +
        'empty one, and an imported team keeps what Litmos has.',
      optional: true,
      computed: true,
      validators: [lengthBetween(0, MAX_DESCRIPTION)],
    }),
    parent_team_id: str({
      description:
        'ID of the parent team for a sub-team; unset for a top-level team. Changing it replaces the team.',
      optional: true,
      planModifiers: [requiresReplace()],
    }),
    code_for_bulk_import: str({
      description:
        'The code Litmos bulk imports use for this team (`TeamCodeForBulkImport`); null when Litmos lists none.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
  },
);

type TeamSchema = typeof teamSchema;
type Plan = PlanModel<TeamSchema>;
type State = StateModel<TeamSchema>;
type Ctx = ResourceContext<ProviderData>;

const orNull = (v: string | null | undefined): string | null => (v ? v : null);

/**
 * State from a single GET (name, description) and the listing (parent, bulk-import code), which
 * a single GET may lack. Values missing from both keep what state had.
 */
function toState(team: LitmosTeam, listed: LitmosTeam | undefined, prior: Partial<State>): State {
  const parent = listed?.ParentTeamId ?? team.ParentTeamId;
  const code = listed?.TeamCodeForBulkImport ?? team.TeamCodeForBulkImport;
  return {
    id: team.Id,
    name: team.Name,
    description: team.Description ?? '',
    parent_team_id: parent === undefined ? (prior.parent_team_id ?? null) : orNull(parent),
    code_for_bulk_import: code === undefined ? (prior.code_for_bulk_import ?? null) : orNull(code),
  };
}

async function listed(litmos: LitmosClient, teamId: string): Promise<LitmosTeam | undefined> {
  return litmos.teams.findListed(teamId);
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const name = known(plan.name);
  if (!litmos || name === undefined) return null;
  const description = known(plan.description) ?? '';
  const parent = known(plan.parent_team_id) ?? undefined;
  let team: LitmosTeam;
  try {
    team = await litmos.teams.create({ Name: name, Description: description }, parent ?? undefined);
  } catch (e) {
    const path =
      isLitmosError(e, 'NOT_FOUND') && parent ? AttrPath.root('parent_team_id') : AttrPath.root('name');
    addLitmosError(ctx.diagnostics, `Creating Litmos team ${JSON.stringify(name)}`, e, path);
    return null;
  }
  const made = { ...team, Name: team.Name || name, Description: team.Description ?? description };
  try {
    return toState(made, await listed(litmos, team.Id), { parent_team_id: parent ?? null });
  } catch (e) {
    // The team exists: keep it in state; the next refresh fills in the bulk-import code.
    addLitmosError(ctx.diagnostics, `Reading Litmos team ${team.Id} after creating it`, e);
    return toState(made, undefined, { parent_team_id: parent ?? null });
  }
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.id) return state;
  try {
    const [team, row] = await Promise.all([litmos.teams.get(state.id), listed(litmos, state.id)]);
    return toState(team, row, state);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading Litmos team ${state.id}`, e);
    return state;
  }
}

async function update({ plan, prior }: { plan: Plan; prior: State }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !prior.id) return prior;
  const name = known(plan.name) ?? prior.name ?? '';
  // Litmos's update takes the whole team: an unmanaged description is sent back as it is.
  const description = known(plan.description) ?? prior.description ?? '';
  try {
    await litmos.teams.update(prior.id, { Name: name, Description: description }, prior.parent_team_id ?? '');
    return { ...prior, name, description };
  } catch (e) {
    addLitmosError(ctx.diagnostics, `Updating Litmos team ${prior.id}`, e, AttrPath.root('name'));
    return prior;
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.id) return;
  try {
    await litmos.teams.delete(state.id);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    addLitmosError(ctx.diagnostics, `Deleting Litmos team ${state.id}`, e);
  }
}

async function importState(id: string, ctx: Ctx): Promise<Partial<State> | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  try {
    const [team, row] = await Promise.all([litmos.teams.get(id), listed(litmos, id)]);
    return toState(team, row, {});
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) {
      ctx.diagnostics.error('Litmos Team Not Found', `No Litmos team has the ID ${JSON.stringify(id)}.`);
      return null;
    }
    addLitmosError(ctx.diagnostics, `Importing Litmos team ${JSON.stringify(id)}`, e);
    return null;
  }
}

export const teamResource = defineResource<TeamSchema, ProviderData>({
  typeName: 'litmos_team',
  schema: teamSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  identity: idIdentity<TeamSchema>('Litmos team ID.'),
});
