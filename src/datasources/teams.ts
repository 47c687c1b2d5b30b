/**
 * `litmos_teams`: every Litmos team (sub-teams included), optionally narrowed to those whose name
 * contains `name_filter` (case-insensitive).
 */
import {
  bool,
  defineDataSource,
  nested,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { LitmosClient, LitmosTeam } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { roleIn, rostersOf } from '../resources/team-roster.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { listByName, listReadId } from './lookup.js';

const TYPE_NAME = 'litmos_teams';

const teamsSchema = schema('Lists Litmos teams, optionally filtered by name.', {
  id: str({ description: 'Identifier of this read: a hash of the filter.', computed: true }),
  name_filter: str({
    description: 'Keep only teams whose name contains this text (case-insensitive). Unset lists every team.',
    optional: true,
  }),
  include_members: bool({
    description:
      "Also list each team's active members with their role (three calls per team; the imports and " +
      'reads of `litmos_team_member` in the same run reuse them). Defaults to `false`.',
    optional: true,
  }),
  teams: nested(
    'list',
    {
      id: str({ description: 'Litmos team ID.', computed: true }),
      name: str({ description: 'Team name.', computed: true }),
      parent_team_id: str({
        description: 'ID of the parent team; null for a top-level team.',
        computed: true,
      }),
      code_for_bulk_import: str({ description: 'Team code used by Litmos bulk imports.', computed: true }),
      members: nested(
        'list',
        {
          user_id: str({ description: 'Litmos user ID.', computed: true }),
          role: str({ description: 'Role in the team: `member`, `leader` or `admin`.', computed: true }),
        },
        {
          description: 'Active members and their roles, when `include_members` is true; null otherwise.',
          computed: true,
        },
      ),
    },
    { description: 'The matching teams, ordered as Litmos lists them (by name).', computed: true },
  ),
});

type State = StateModel<typeof teamsSchema>;

const emptyToNull = (v: string | null | undefined): string | null => (v ? v : null);

type Member = { user_id: string | null; role: string | null };

function teamFromApi(t: LitmosTeam, members: Member[] | null) {
  return {
    id: t.Id,
    name: t.Name,
    parent_team_id: emptyToNull(t.ParentTeamId),
    code_for_bulk_import: emptyToNull(t.TeamCodeForBulkImport),
    members,
  };
}

/** The team's active members and roles, from the roster `litmos_team_member` shares. */
async function membersOf(litmos: LitmosClient, teamId: string): Promise<Member[]> {
  const roster = await rostersOf(litmos).get(teamId);
  return [...roster.members].sort().map((userId) => ({ user_id: userId, role: roleIn(roster, userId) }));
}

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const filter = config.name_filter;
  const includeMembers = config.include_members ?? false;
  const found = await listByName('teams', filter, (search) => litmos.teams.list({ search }), ctx.diagnostics);
  if (!found) return null;
  try {
    const teams = await Promise.all(
      found.map(async (t) => teamFromApi(t, includeMembers ? await membersOf(litmos, t.Id) : null)),
    );
    return {
      id: listReadId(TYPE_NAME, includeMembers ? [filter, true] : [filter]),
      name_filter: filter,
      include_members: config.include_members,
      teams,
    };
  } catch (e) {
    addLitmosError(ctx.diagnostics, 'Listing the members of Litmos teams', e);
    return null;
  }
}

export const teamsDataSource = defineDataSource<typeof teamsSchema, ProviderData>({
  typeName: TYPE_NAME,
  schema: teamsSchema,
  read,
});
