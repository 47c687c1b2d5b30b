/**
 * `list "litmos_user"` (Terraform ≥ 1.14, `terraform query`): the users of the organisation,
 * narrowed by name, team, access level and whether they are active, each with its identity and,
 * when Terraform asks (`include_resource = true`, `-generate-config-out`), the state an import
 * would give. One paged listing serves the whole query (summary form, or full form when objects
 * are asked for); a team filter adds the team's roster.
 */
import {
  bool,
  defineListResource,
  oneOf,
  schema,
  str,
  type ListContext,
  type ListRequest,
  type ListResult,
} from '../framework/index.js';
import {
  ACCESS_LEVELS,
  type LitmosClient,
  type LitmosUser,
  type LitmosUserSummary,
} from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { matchesFilter } from '../datasources/lookup.js';
import { addLitmosError } from './litmos-errors.js';
import { rostersOf } from './team-roster.js';
import { adoptedUserState } from './user.js';

const userListSchema = schema(
  'Lists Litmos users for `terraform query` (Terraform ≥ 1.14), optionally narrowed; every filter ' +
    'left out matches all users.',
  {
    name_filter: str({
      description:
        'Keep users whose username, first name, last name or e-mail contains this text (case-insensitive).',
      optional: true,
    }),
    team_id: str({ description: 'Keep active members of this Litmos team.', optional: true }),
    access_level: str({
      description:
        'Keep users with this access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`.',
      optional: true,
      validators: [oneOf(...ACCESS_LEVELS)],
    }),
    active: bool({
      description: 'Keep only active users (`true`) or only deactivated ones (`false`).',
      optional: true,
    }),
  },
);

type Req = ListRequest<typeof userListSchema>;

const displayName = (u: LitmosUserSummary): string =>
  `${`${u.FirstName} ${u.LastName}`.trim()} (${u.UserName})`;

/** The users in summary form, or also in full form when objects are wanted (one listing either way). */
async function listUsers(
  litmos: LitmosClient,
  search: string | undefined,
  full: boolean,
): Promise<{ user: LitmosUserSummary; full?: LitmosUser }[]> {
  if (!full) return (await litmos.users.list({ search })).map((user) => ({ user }));
  return (await litmos.users.listDetailedShared()).map((user) => ({ user, full: user }));
}

async function* list(req: Req, ctx: ListContext<ProviderData>): AsyncIterable<ListResult> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return;
  const { name_filter: filter, team_id: teamId, access_level: level, active } = req.config;
  try {
    const search = filter ?? undefined;
    const [rows, roster] = await Promise.all([
      listUsers(litmos, search, req.includeResourceObject),
      teamId ? rostersOf(litmos).get(teamId) : undefined,
    ]);
    for (const { user: u, full } of rows) {
      if (!matchesFilter(filter, [u.UserName, u.FirstName, u.LastName, u.Email])) continue;
      if (roster && !roster.members.has(u.Id)) continue;
      if (level && u.AccessLevel !== level) continue;
      if (active !== null && u.Active !== active) continue;
      yield {
        identity: { id: u.Id },
        displayName: displayName(u),
        object: full ? adoptedUserState(full) : undefined,
      };
    }
  } catch (e) {
    addLitmosError(ctx.diagnostics, 'Listing Litmos users', e);
  }
}

export const userListResource = defineListResource<typeof userListSchema, ProviderData>({
  typeName: 'litmos_user',
  schema: userListSchema,
  list,
});
