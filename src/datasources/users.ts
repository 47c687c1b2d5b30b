/**
 * `litmos_users`: Litmos users, active ones only unless `include_inactive` is true, optionally
 * narrowed to those whose username, first or last name, or e-mail contains `name_filter`
 * (case-insensitive). With `include_details`, each user also carries the full profile, from the
 * `GET /users/details` listing that the imports and reads of `litmos_user` in the same run reuse.
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
import type { LitmosClient, LitmosUser, LitmosUserSummary } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { listReadId, matchesFilter } from './lookup.js';
import {
  userDetailAttributes,
  userDetailsFromApi,
  userSummaryAttributes,
  userSummaryFromApi,
} from './user-summary.js';

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
  include_details: bool({
    description:
      'Also report `disable_messages`, `skip_first_login` and the profile fields of each user (null ' +
      'otherwise). One paged `GET /users/details` listing of the whole organisation, filtered here, ' +
      'which the imports and refreshes of `litmos_user` in the same run then reuse. Defaults to `false`.',
    optional: true,
  }),
  users: nested(
    'list',
    {
      id: str({ description: 'Litmos user ID.', computed: true }),
      username: str({ description: 'Login name.', computed: true }),
      ...userSummaryAttributes,
      ...userDetailAttributes,
    },
    { description: 'The matching users, ordered as Litmos lists them (by first name).', computed: true },
  ),
});

type State = StateModel<typeof usersSchema>;

const matches = (filter: string | null, u: LitmosUserSummary): boolean =>
  matchesFilter(filter, [u.UserName, u.FirstName, u.LastName, u.Email]);

/** The users with their details when asked (one shared full listing), else the summary listing. */
async function listUsers(
  litmos: LitmosClient,
  filter: string | null,
  includeInactive: boolean,
  details: boolean,
): Promise<{ user: LitmosUserSummary; full: LitmosUser | null }[]> {
  if (details) return (await litmos.users.listDetailedShared()).map((u) => ({ user: u, full: u }));
  const users = await litmos.users.list({
    search: filter ?? undefined,
    showInactive: includeInactive ? undefined : false,
  });
  return users.map((u) => ({ user: u, full: null }));
}

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const filter = config.name_filter;
  const includeInactive = config.include_inactive ?? false;
  const details = config.include_details ?? false;
  try {
    const users = await listUsers(litmos, filter, includeInactive, details);
    return {
      id: listReadId(TYPE_NAME, details ? [filter, includeInactive, true] : [filter, includeInactive]),
      name_filter: filter,
      include_inactive: includeInactive,
      include_details: config.include_details,
      users: users
        // The API's showInactive=false already drops them; checked again so the rule holds regardless.
        .filter(({ user: u }) => (includeInactive || u.Active) && matches(filter, u))
        .map(({ user: u, full }) => ({
          id: u.Id,
          username: u.UserName,
          ...userSummaryFromApi(u),
          ...userDetailsFromApi(full),
        })),
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
