/**
 * `litmos_team`: one Litmos team, looked up by `id` or by exact `name` (exactly one of them).
 * Several teams with the same name are an error that lists their IDs.
 */
import {
  defineDataSource,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import type { LitmosTeam } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { lookupByIdOrName, requireExactlyOne } from './lookup.js';

const KIND = 'Team';
const LOOKUP = ['id', 'name'] as const;

const teamSchema = schema('One Litmos team, looked up by `id` or by exact `name`.', {
  id: str({ description: 'Litmos team ID. Set this or `name`.', optional: true, computed: true }),
  name: str({
    description: 'Exact team name. Set this or `id`; it is an error when several teams share the name.',
    optional: true,
    computed: true,
  }),
  description: str({ description: 'Team description; null when empty.', computed: true }),
  parent_team_id: str({ description: 'ID of the parent team; null for a top-level team.', computed: true }),
  code_for_bulk_import: str({ description: 'Team code used by Litmos bulk imports.', computed: true }),
});

type State = StateModel<typeof teamSchema>;

const emptyToNull = (v: string | null | undefined): string | null => (v ? v : null);

function fromApi(t: LitmosTeam, config: State): State {
  return {
    id: config.id ?? t.Id,
    name: config.name ?? t.Name,
    description: emptyToNull(t.Description),
    parent_team_id: emptyToNull(t.ParentTeamId),
    code_for_bulk_import: emptyToNull(t.TeamCodeForBulkImport),
  };
}

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const diags = ctx.diagnostics;
  if (!requireExactlyOne(config, LOOKUP, diags)) return null;
  const litmos = ctx.provider.litmos(diags);
  if (!litmos) return null;
  const lookup = {
    kind: KIND,
    // GET /teams/{id} answers Id, Name and Description only: the bulk-import code and parent
    // come from the listing row ([REC] add-sub-team.0 vs teams-all-paginated.0).
    get: (id: string) => litmos.teams.getComplete(id),
    search: (name: string) => litmos.teams.list({ search: name }),
    complete: (row: LitmosTeam) => litmos.teams.completeListed(row),
  };
  const found = await lookupByIdOrName(lookup, config, diags);
  return found ? fromApi(found, config) : null;
}

export const teamDataSource = defineDataSource<typeof teamSchema, ProviderData>({
  typeName: 'litmos_team',
  schema: teamSchema,
  read,
  validateConfig: (config, diags) => void requireExactlyOne(config, LOOKUP, diags),
});
