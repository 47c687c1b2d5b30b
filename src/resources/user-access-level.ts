/**
 * `litmos_user_access_level`: the access level of a Litmos user that exists already (made by SSO,
 * Okta or an administrator). Only `AccessLevel` is managed; every other field of the user is left
 * alone. Create remembers the level it found; destroy puts that level back. A level that a
 * `litmos_administrators` of the same run contradicts is a plan error (`administrator-claims.ts`).
 */
import { accessLevelAsManaged } from './access-level.js';
import { checkAccessLevelClaim } from './administrator-claims.js';
import {
  defineResource,
  oneOf,
  requiresReplace,
  schema,
  str,
  useStateForUnknown,
  type ModifyPlanRequest,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  known,
} from '../framework/index.js';
import { ACCESS_LEVELS, isLitmosError, type LitmosClient, type LitmosUser } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { addLitmosError } from './litmos-errors.js';

const accessLevelSchema = schema(
  'The access level of an existing Litmos user. The user itself is not created or deleted: use this ' +
    'for users provisioned by SSO or Okta. Destroying the resource **restores** the access level the ' +
    'user had when Terraform took it over. A user deleted in Litmos drops out of state. If a ' +
    '`litmos_administrators` also manages the user, `access_level` must be `Administrator` exactly when it ' +
    'lists them; a disagreeing pair in the same run is a plan error.',
  {
    id: str({
      description: 'The Litmos user ID (same as `user_id`).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    user_id: str({
      description: 'Litmos ID of the user. Changing it releases the old user (restoring its level).',
      required: true,
      planModifiers: [requiresReplace()],
    }),
    access_level: str({
      description: 'Access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`.',
      required: true,
      validators: [oneOf(...ACCESS_LEVELS)],
    }),
    previous_access_level: str({
      description:
        'The access level the user had when the resource was created (or imported); destroy restores it.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
  },
);

type AccessLevelSchema = typeof accessLevelSchema;
type Plan = PlanModel<AccessLevelSchema>;
type State = StateModel<AccessLevelSchema>;
type Ctx = ResourceContext<ProviderData>;

/** State from the API user; `userId` is kept as configured so the plan and the result agree. */
function fromApi(user: LitmosUser, userId: string, previous: string | null, managed?: string | null): State {
  return {
    id: userId,
    user_id: userId,
    access_level: accessLevelAsManaged(user.AccessLevel, managed),
    previous_access_level: previous,
  };
}

/** The user, or null with an error diagnostic on `user_id` when Litmos has no such user. */
async function existingUser(litmos: LitmosClient, userId: string, ctx: Ctx): Promise<LitmosUser | null> {
  try {
    return await litmos.users.get(userId);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) {
      ctx.diagnostics.error(
        'Litmos User Not Found',
        `No Litmos user has the ID ${JSON.stringify(userId)}. This resource manages the access level of a ` +
          'user that exists already; create the user first (SSO, Okta or litmos_user).',
        AttrPath.root('user_id'),
      );
      return null;
    }
    addLitmosError(ctx.diagnostics, `Reading Litmos user ${userId}`, e, AttrPath.root('user_id'));
    return null;
  }
}

async function setLevel(
  litmos: LitmosClient,
  user: LitmosUser,
  userId: string,
  levels: { wanted: string; previous: string | null },
  ctx: Ctx,
): Promise<State> {
  const { wanted: level, previous } = levels;
  if (accessLevelAsManaged(user.AccessLevel, level) === level) return fromApi(user, userId, previous, level);
  try {
    return fromApi(await litmos.users.update(user.Id, { AccessLevel: level }), userId, previous, level);
  } catch (e) {
    addLitmosError(
      ctx.diagnostics,
      `Setting the access level of Litmos user ${user.Id} to ${level}`,
      e,
      AttrPath.root('access_level'),
    );
    return fromApi(user, userId, previous);
  }
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const userId = known(plan.user_id);
  const level = known(plan.access_level);
  if (!litmos || userId === undefined || level === undefined) return null;
  const user = await existingUser(litmos, userId, ctx);
  if (!user) return null;
  return setLevel(litmos, user, userId, { wanted: level, previous: user.AccessLevel }, ctx);
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return state;
  if (!state.user_id) return null;
  try {
    return fromApi(
      await litmos.users.get(state.user_id),
      state.user_id,
      state.previous_access_level,
      state.access_level,
    );
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading Litmos user ${state.user_id}`, e);
    return state;
  }
}

async function update({ plan, prior }: { plan: Plan; prior: State }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const level = known(plan.access_level);
  if (!litmos || !prior.user_id || level === undefined) return prior;
  const user = await existingUser(litmos, prior.user_id, ctx);
  if (!user) return prior;
  return setLevel(litmos, user, prior.user_id, { wanted: level, previous: prior.previous_access_level }, ctx);
}

/** Puts back the level found at create. A user that is gone needs nothing. */
async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const previous = state.previous_access_level;
  if (!litmos || !state.user_id || !previous) return;
  try {
    const user = await litmos.users.get(state.user_id);
    if (user.AccessLevel !== previous) await litmos.users.update(user.Id, { AccessLevel: previous });
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    addLitmosError(
      ctx.diagnostics,
      `Restoring the access level ${previous} of Litmos user ${state.user_id}`,
      e,
    );
  }
}

/** Import by user ID; the current level becomes the one that destroy restores. */
async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  try {
    const user = await litmos.users.get(id);
    return fromApi(user, user.Id, user.AccessLevel);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) {
      ctx.diagnostics.error(
        'Litmos User Not Found',
        `No Litmos user has the ID ${JSON.stringify(id)}. Import this resource by the user's Litmos ID.`,
      );
      return null;
    }
    addLitmosError(ctx.diagnostics, `Importing the access level of Litmos user ${JSON.stringify(id)}`, e);
    return null;
  }
}

/** Reports, at plan time, a level that a `litmos_administrators` of this run contradicts. */
function modifyPlan(req: ModifyPlanRequest<AccessLevelSchema>): Promise<void> {
  return checkAccessLevelClaim(req, 'litmos_user_access_level', {
    userId: known(req.plan.user_id),
    level: known(req.plan.access_level),
  });
}

export const userAccessLevelResource = defineResource<AccessLevelSchema, ProviderData>({
  typeName: 'litmos_user_access_level',
  schema: accessLevelSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  modifyPlan,
});
