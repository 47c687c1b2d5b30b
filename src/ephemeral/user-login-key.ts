/**
 * `litmos_user_login_key` (ephemeral resource, Terraform ≥ 1.10): a Litmos user's single-use
 * sign-in link, read only where a configuration asks for it and never stored in plan or state
 * (`litmos_user` no longer keeps it either). Never offered for Administrators and Account Owners.
 */
import { AttrPath } from '../tf/path.js';
import {
  defineDataSource,
  schema,
  str,
  type DataSourceContext,
  type StateModel,
} from '../framework/index.js';
import { isLitmosError } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { addLitmosError } from '../resources/litmos-errors.js';

const PRIVILEGED = new Set(['Administrator', 'Account_Owner']);

const loginKeySchema = schema(
  "A Litmos user's single-use sign-in link, opened for one Terraform run and never stored in the " +
    'plan or the state (ephemeral resource, Terraform 1.10 or later). Use it where ephemeral values ' +
    'are allowed: a write-only attribute, a provider block, an ephemeral output. Refused for ' +
    'Administrators and Account Owners.',
  {
    user_id: str({ description: 'Litmos user ID.', required: true }),
    login_key: str({ description: 'Single-use sign-in link.', computed: true, sensitive: true }),
  },
);

type State = StateModel<typeof loginKeySchema>;

async function read(config: State, ctx: DataSourceContext<ProviderData>): Promise<State | null> {
  const diags = ctx.diagnostics;
  const litmos = ctx.provider.litmos(diags);
  const userId = config.user_id;
  if (!litmos || userId === null) return null;
  try {
    const user = await litmos.users.get(userId);
    if (PRIVILEGED.has(user.AccessLevel)) {
      diags.error(
        'Sign-In Link Refused',
        `Litmos user ${userId} is ${user.AccessLevel === 'Account_Owner' ? 'an Account Owner' : 'an Administrator'}: ` +
          'the provider never reads sign-in links of privileged users, which would put an admin sign-in into state.',
        AttrPath.root('user_id'),
      );
      return null;
    }
    if (!user.LoginKey) {
      diags.error(
        'No Sign-In Link',
        `Litmos returned no sign-in link for user ${userId}.`,
        AttrPath.root('user_id'),
      );
      return null;
    }
    return { user_id: userId, login_key: user.LoginKey };
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) {
      diags.error(
        'Litmos User Not Found',
        `No Litmos user has the ID ${JSON.stringify(userId)}.`,
        AttrPath.root('user_id'),
      );
      return null;
    }
    addLitmosError(diags, `Reading the sign-in link of Litmos user ${userId}`, e);
    return null;
  }
}

export const userLoginKeyEphemeralResource = defineDataSource<typeof loginKeySchema, ProviderData>({
  typeName: 'litmos_user_login_key',
  schema: loginKeySchema,
  read,
});
