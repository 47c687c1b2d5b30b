/**
 * `litmos_teams`: every Litmos team (sub-teams included), optionally narrowed to those whose name
 * contains `name_filter` (case-insensitive).
 */
import {
  defineDataSource,
  nested,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { LitmosTeam } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { listByName, listReadId } from './lookup.js';

const TYPE_NAME = 'litmos_teams';

const teamsSchema = schema('Lists Litmos teams, optionally filtered by name.', {
  id: str({ description: 'Identifier of this read: a hash of the filter.', computed: true }),
  name_filter: str({
    description: 'Keep only teams whose name contains this text (case-insensitive). Unset lists every team.',
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
    },
    { description: 'The matching teams, ordered as Litmos lists them (by name).', computed: true },
  ),
});

type State = StateModel<typeof teamsSchema>;

const emptyToNull = (v: string | null | undefined): string | null => (v ? v : null);

function teamFromApi(t: LitmosTeam) {
  return {
    id: t.Id,
    name: t.Name,
    parent_team_id: emptyToNull(t.ParentTeamId),
    code_for_bulk_import: emptyToNull(t.TeamCodeForBulkImport),
  };
}

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const filter = config.name_filter;
  const found = await listByName('teams', filter, (search) => litmos.teams.list({ search }), ctx.diagnostics);
  return found && { id: listReadId(TYPE_NAME, [filter]), name_filter: filter, teams: found.map(teamFromApi) };
}

export const teamsDataSource = defineDataSource<typeof teamsSchema, ProviderData>({
  typeName: TYPE_NAME,
  schema: teamsSchema,
  read,
});
