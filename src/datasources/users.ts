/**
 * `litmos_users`: Litmos users, active ones only unless `include_inactive` is true, optionally
 * narrowed to those whose username, first or last name, or e-mail contains `name_filter`
 * (case-insensitive).
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
import type { LitmosUserSummary } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { listReadId, matchesFilter } from './lookup.js';
import { userSummaryAttributes, userSummaryFromApi } from './user-summary.js';

const TYPE_NAME = 'litmos_users';

const usersSchema = schema('Lists Litmos users, optionally filtered by name and including inactive ones.', {
  id: str({ description: 'Identifier of this read: a hash of the inputs.', computed: true }),
  name_filter: str({
    description:
      'Keep only users whose username, first name, last name or e-mail contains this text (case-insensitive). ' +
      'Unset lists every user.',
    optional: true,
  }),
  include_inactive: bool({
    description: 'Also list deactivated users. Defaults to `false`.',
    optional: true,
    computed: true,
  }),
  users: nested(
    'list',
    {
      id: str({ description: 'Litmos user ID.', computed: true }),
      username: str({ description: 'Login name.', computed: true }),
      ...userSummaryAttributes,
    },
    { description: 'The matching users, ordered as Litmos lists them (by first name).', computed: true },
  ),
});

type State = StateModel<typeof usersSchema>;

const matches = (filter: string | null, u: LitmosUserSummary): boolean =>
  matchesFilter(filter, [u.UserName, u.FirstName, u.LastName, u.Email]);

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const filter = config.name_filter;
  const includeInactive = config.include_inactive ?? false;
  try {
    const users = await litmos.users.list({
      search: filter ?? undefined,
      showInactive: includeInactive ? undefined : false,
    });
    return {
      id: listReadId(TYPE_NAME, [filter, includeInactive]),
      name_filter: filter,
      include_inactive: includeInactive,
      users: users
        // The API's showInactive=false already drops them; checked again so the rule holds regardless.
        .filter((u) => (includeInactive || u.Active) && matches(filter, u))
        .map((u) => ({ id: u.Id, username: u.UserName, ...userSummaryFromApi(u) })),
    };
  } catch (e) {
    addLitmosError(ctx.diagnostics, 'Listing Litmos users', e);
    return null;
  }
}

export const usersDataSource = defineDataSource<typeof usersSchema, ProviderData>({
  typeName: TYPE_NAME,
  schema: usersSchema,
  read,
});
