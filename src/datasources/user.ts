/** `litmos_user` (data source): one Litmos user, looked up by `id` or by exact `username`. */
import {
  defineDataSource,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import { isLitmosError, type LitmosUserSummary } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { addLitmosError } from '../resources/litmos-errors.js';
import { addNotFound, requireExactlyOne, sameId, singleByName } from './lookup.js';
import { userSummaryAttributes, userSummaryFromApi } from './user-summary.js';

const KIND = 'User';
const LOOKUP = ['id', 'username'] as const;

const userSchema = schema('One Litmos user, looked up by `id` or by exact `username`.', {
  id: str({ description: 'Litmos user ID. Set this or `username`.', optional: true, computed: true }),
  username: str({ description: 'Exact login name. Set this or `id`.', optional: true, computed: true }),
  ...userSummaryAttributes,
});

type State = StateModel<typeof userSchema>;

const fromApi = (u: LitmosUserSummary, config: State): State => ({
  id: config.id ?? u.Id,
  username: config.username ?? u.UserName,
  ...userSummaryFromApi(u),
});

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const diags = ctx.diagnostics;
  if (!requireExactlyOne(config, LOOKUP, diags)) return null;
  const litmos = ctx.provider.litmos(diags);
  if (!litmos) return null;
  const { id, username } = config;
  try {
    if (id !== null) {
      // GET /users/{x} also accepts a username; the ID check keeps `id` meaning an ID.
      const user = await litmos.users.get(id);
      if (sameId(user.Id, id)) return fromApi(user, config);
      addNotFound(diags, KIND, 'id', id);
      return null;
    }
    const match = singleByName(await litmos.users.list({ search: username! }), username!, (u) => u.UserName, {
      kind: KIND,
      attribute: 'username',
      diags,
    });
    return match ? fromApi(match, config) : null;
  } catch (e) {
    if (id !== null && isLitmosError(e, 'NOT_FOUND')) {
      addNotFound(diags, KIND, 'id', id);
      return null;
    }
    addLitmosError(diags, `Looking up Litmos user ${JSON.stringify(id ?? username)}`, e);
    return null;
  }
}

export const userDataSource = defineDataSource<typeof userSchema, ProviderData>({
  typeName: 'litmos_user',
  schema: userSchema,
  read,
  validateConfig: (config, diags) => void requireExactlyOne(config, LOOKUP, diags),
});
