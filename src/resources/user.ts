/**
 * `litmos_user`: a Litmos user with its access level and profile. Destroy deactivates the user
 * (learning records survive) unless `hard_delete` is true, which deletes it for good. A create
 * that meets an existing user of its username (an ambiguous POST failure, or the orphan of a
 * crashed run) adopts it only when it is exactly the user this create would have made (see
 * `user-create-match.ts`), and a create that finds a deactivated user of the same username
 * reactivates it.
 */
import { AttrPath } from '../tf/path.js';
import {
  bool,
  defineResource,
  idIdentity,
  lengthBetween,
  matches,
  num,
  oneOf,
  schema,
  str,
  useStateForUnknown,
  type ModifyPlanRequest,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  known,
} from '../framework/index.js';
import { ACCESS_LEVELS, isLitmosError, type LitmosUser, type LitmosUserUpdate } from '../litmos/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { accessLevelAsManaged } from './access-level.js';
import { checkAccessLevelClaim } from './administrator-claims.js';
import { addLitmosError, importCommand } from './litmos-errors.js';
import { describeDifferences, differencesFromPlan, sampleUserAddress } from './user-create-match.js';
import { blankToNull, profileAttributes, profileFields, type ProfileAttribute } from './user-fields.js';

/**
 * What Litmos refuses in a username ("Invalid special character's in the username"); the exact set
 * is not documented, this is the one the simulator applies (whitespace, `< > " ' &`).
 */
const USERNAME_ALLOWED = /^[^\s<>"'&]+$/u;
/** What Litmos accepts as an e-mail address ("Invalid email address" otherwise), as the simulator checks it. */
const EMAIL_ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/u;

const userSchema = schema(
  'A Litmos user: identity, access level, profile fields and whether the account is active. ' +
    'Destroying it **deactivates** the user unless `hard_delete = true`.',
  {
    id: str({ description: 'Litmos user ID.', computed: true, planModifiers: [useStateForUnknown()] }),
    username: str({
      description: 'Login name; an e-mail address unless the organisation allows custom usernames.',
      required: true,
      validators: [
        lengthBetween(4, 255),
        matches(USERNAME_ALLOWED, 'without spaces and without any of < > " \' & (Litmos refuses them)'),
      ],
    }),
    email: str({
      description: 'E-mail address. Litmos uses the username when it is left out.',
      optional: true,
      computed: true,
      validators: [
        lengthBetween(3, 255),
        matches(EMAIL_ADDRESS, 'an e-mail address such as ada@example.com'),
      ],
    }),
    first_name: str({ description: 'First name.', required: true, validators: [lengthBetween(1, 50)] }),
    last_name: str({ description: 'Last name.', required: true, validators: [lengthBetween(1, 50)] }),
    access_level: str({
      description:
        'Access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`. Left out: not ' +
        'managed (Litmos gives a new user `Learner`; an existing user keeps the level it has). With a ' +
        '`litmos_administrators` in the configuration, `Administrator` exactly when it lists the user: a ' +
        'disagreeing pair is a plan error once the user exists.',
      optional: true,
      computed: true,
      validators: [oneOf(...ACCESS_LEVELS)],
    }),
    active: bool({
      description:
        'Whether the user can sign in. Left out: not managed (a new user is active; an existing user ' +
        'keeps its state).',
      optional: true,
      computed: true,
    }),
    disable_messages: bool({
      description:
        'Stop Litmos from sending e-mail to this user. Left out: not managed (Okta often sets it; ' +
        "a new user gets Litmos's default, `false`).",
      optional: true,
      computed: true,
    }),
    skip_first_login: bool({
      description:
        'Skip the "set your password" step at first sign-in (for SSO users), as Litmos reports it. ' +
        'Sent on create and on update when set; left out: not managed.',
      optional: true,
      computed: true,
    }),
    send_welcome_message: bool({
      description:
        'Send the Litmos welcome e-mail when Terraform creates the user. It has no effect on a user ' +
        'that already exists: an imported user has `false` (Terraform sent no welcome e-mail), and ' +
        'changing it later changes nothing in Litmos.',
      optional: true,
      computed: true,
      default: false,
    }),
    hard_delete: bool({
      description:
        'On destroy, delete the user and all learning records permanently instead of deactivating.',
      optional: true,
      computed: true,
      default: false,
    }),
    ...profileAttributes,
    original_id: num({
      description: 'The numeric ID the Litmos web interface shows.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    created_date: str({
      description: 'When the user was created (ISO 8601).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
  },
  // Version 1 drops `login_key`: a sign-in link has no place in state (data source
  // `litmos_user_login_key` reads one on demand).
  { version: 1 },
);

/** Version 0 → 1: the stored sign-in link is removed from existing state. */
function dropLoginKey(old: Record<string, unknown>): Record<string, unknown> {
  const upgraded = { ...old };
  delete upgraded.login_key;
  return upgraded;
}

type UserSchema = typeof userSchema;
type Plan = PlanModel<UserSchema>;
type State = StateModel<UserSchema>;
type Ctx = ResourceContext<ProviderData>;

/** The user attributes that are API fields, with their API field names. */
const apiFields = {
  username: 'UserName',
  email: 'Email',
  first_name: 'FirstName',
  last_name: 'LastName',
  access_level: 'AccessLevel',
  active: 'Active',
  disable_messages: 'DisableMessages',
  skip_first_login: 'SkipFirstLogin',
  ...Object.fromEntries(Object.entries(profileFields).map(([attr, [field]]) => [attr, field])),
} as const satisfies Partial<Record<keyof State, keyof LitmosUserUpdate>>;

/**
 * The API fields to send: every known planned value on create; on update only those whose planned
 * value differs from `prior`, so a field the configuration leaves out (planned as its prior value)
 * is never written back over what Okta or an administrator set meanwhile.
 */
function toApi(plan: Plan, prior?: State): LitmosUserUpdate {
  const out: Record<string, unknown> = {};
  for (const [attr, field] of Object.entries(apiFields) as [keyof State & keyof Plan, string][]) {
    const v = known(plan[attr]);
    if (v === undefined || v === null) continue;
    if (prior !== undefined && prior[attr] === v) continue;
    out[field] = v;
  }
  return out as LitmosUserUpdate;
}

/**
 * State from the API user; write-time flags are carried over from `flags`, and the access level
 * is reported as managed (see `accessLevelAsManaged`).
 */
function fromApi(
  u: LitmosUser,
  flags: Pick<State, 'send_welcome_message' | 'hard_delete'>,
  managedLevel?: string | null,
): State {
  const profile = Object.fromEntries(
    Object.entries(profileFields).map(([attr, [field]]) => [
      attr,
      blankToNull(u[field] as string | null | undefined),
    ]),
  ) as Record<ProfileAttribute, string | null>;
  return {
    id: u.Id,
    username: u.UserName,
    email: blankToNull(u.Email),
    first_name: u.FirstName,
    last_name: u.LastName,
    access_level: accessLevelAsManaged(u.AccessLevel, managedLevel),
    active: u.Active,
    disable_messages: u.DisableMessages,
    skip_first_login: u.SkipFirstLogin,
    ...flags,
    ...profile,
    original_id: typeof u.OriginalId === 'number' ? u.OriginalId : null,
    created_date: blankToNull(u.CreatedDate),
  };
}

/** Terraform-side settings, which Litmos does not store. */
const flagsOf = (m: Plan | State) => ({
  send_welcome_message: known(m.send_welcome_message) ?? false,
  hard_delete: known(m.hard_delete) ?? false,
});

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  const fields = toApi(plan);
  const flags = flagsOf(plan);
  try {
    const { user, adopted } = await litmos.users.create(
      {
        ...fields,
        UserName: fields.UserName!,
        FirstName: fields.FirstName!,
        LastName: fields.LastName!,
        SkipFirstLogin: fields.SkipFirstLogin ?? false,
      },
      { sendMessage: flags.send_welcome_message, skipFirstLogin: fields.SkipFirstLogin ?? false },
    );
    // The POST failed ambiguously and a user of this username exists: it may be ours, or not.
    if (adopted) return settleExisting(plan, user, ctx);
    // Litmos ignores some fields on create (custom fields on older tenants); enforce the plan.
    const settled = needsUpdate(user, fields) ? await litmos.users.update(user.Id, fields) : user;
    return fromApi(settled, flags, known(plan.access_level));
  } catch (e) {
    const action = `Creating Litmos user ${JSON.stringify(fields.UserName)}`;
    if (!isLitmosError(e, 'USERNAME_TAKEN')) {
      addLitmosError(ctx.diagnostics, action, e);
      return null;
    }
    return settleTaken(plan, ctx, e).catch((inner: unknown) => {
      addLitmosError(ctx.diagnostics, action, inner);
      return null;
    });
  }
}

/**
 * "Username Taken": the orphan of a crashed run, someone else's account, or a deactivated user.
 * Looked up and handed to `settleExisting`.
 */
async function settleTaken(plan: Plan, ctx: Ctx, taken: unknown): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics)!;
  const existing = await litmos.users.findByUserName(known(plan.username)!);
  if (existing === undefined) throw taken;
  return settleExisting(plan, await litmos.users.get(existing.Id), ctx);
}

/**
 * A create met `existing`, a user with the planned username. A deactivated one is reactivated and
 * updated to the plan (its learning history is kept). An active one is adopted, with a warning,
 * only when it is exactly what this create would have made; otherwise the create fails, naming
 * the attributes that differ and the import command, and the user is left untouched.
 */
async function settleExisting(plan: Plan, existing: LitmosUser, ctx: Ctx): Promise<State | null> {
  const username = known(plan.username)!;
  if (!existing.Active) return reactivate(plan, existing, ctx);
  // Left out, the access level is not managed, but a create still makes a Learner (Litmos's
  // default): an active Administrator is never what this create would have made.
  const differences = differencesFromPlan(existing, toApi(plan), { AccessLevel: 'Learner' });
  if (differences.length > 0) {
    const address = sampleUserAddress(username);
    ctx.diagnostics.error(
      'Litmos Username Taken',
      `An active Litmos user (ID ${existing.Id}) already has the username ${JSON.stringify(username)} and is ` +
        `not the user this configuration describes: ${describeDifferences(differences)}. It was left unchanged. ` +
        `Choose another username, or, to manage that user with Terraform, import it: ` +
        `${importCommand(address, existing.Id)} (use this resource's address in place of ${address}), ` +
        'then plan to see the changes Terraform would make to it.',
      AttrPath.root('username'),
    );
    return null;
  }
  ctx.diagnostics.warning(
    'Existing Litmos User Adopted',
    `An active Litmos user (ID ${existing.Id}) already had the username ${JSON.stringify(username)} and every ` +
      'attribute this configuration sets, so Terraform now manages it instead of creating a duplicate (a ' +
      'previous apply probably created it and was interrupted, or Litmos did not answer the create).',
    AttrPath.root('username'),
  );
  return fromApi(existing, flagsOf(plan), known(plan.access_level));
}

/**
 * A deactivated user with the same username is taken over rather than failing the apply: updated
 * to the plan, and reactivated unless the plan keeps it deactivated.
 */
async function reactivate(plan: Plan, existing: LitmosUser, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics)!;
  const username = known(plan.username)!;
  const active = known(plan.active) ?? true;
  const user = await litmos.users.update(existing.Id, { ...toApi(plan), Active: active });
  const found = `A deactivated Litmos user named ${JSON.stringify(username)} existed (ID ${existing.Id}); it was`;
  if (active) {
    ctx.diagnostics.warning(
      'Deactivated Litmos User Reactivated',
      `${found} reactivated and updated instead of creating a duplicate. Its learning history is kept.`,
      AttrPath.root('username'),
    );
  } else {
    ctx.diagnostics.warning(
      'Deactivated Litmos User Adopted',
      `${found} updated and left deactivated, as this configuration sets active = false, instead of creating a ` +
        'duplicate. Its learning history is kept.',
      AttrPath.root('username'),
    );
  }
  return fromApi(user, flagsOf(plan), known(plan.access_level));
}

function needsUpdate(user: LitmosUser, fields: LitmosUserUpdate): boolean {
  return Object.entries(fields).some(
    ([k, v]) => v !== undefined && (user as unknown as Record<string, unknown>)[k] !== v,
  );
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.id) return litmos ? null : state;
  try {
    return fromApi(await litmos.users.getDetailed(state.id), flagsOf(state), state.access_level);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return null;
    addLitmosError(ctx.diagnostics, `Reading Litmos user ${state.id}`, e);
    return state;
  }
}

/**
 * Updates send only what changed (see `toApi`). An attribute the configuration leaves out is not
 * managed: if Okta changed it between plan and apply, Litmos keeps Okta's value and the result
 * reports the planned one (Terraform requires the planned value), so the next refresh records
 * Okta's value and, the attribute being unmanaged, plans nothing.
 */
async function update(
  { plan, prior, config }: { plan: Plan; prior: State; config: Plan },
  ctx: Ctx,
): Promise<State | null> {
  const changes = toApi(plan, prior);
  // Only Terraform-side settings changed (hard_delete, send_welcome_message): nothing to send.
  if (Object.keys(changes).length === 0) return { ...prior, ...flagsOf(plan) };
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return prior;
  try {
    const updated = fromApi(
      await litmos.users.update(prior.id!, changes),
      flagsOf(plan),
      known(plan.access_level),
    );
    return keepPlannedUnmanaged(updated, plan, config);
  } catch (e) {
    addLitmosError(ctx.diagnostics, `Updating Litmos user ${prior.id}`, e);
    return prior;
  }
}

function keepPlannedUnmanaged(state: State, plan: Plan, config: Plan): State {
  const out: Record<string, unknown> = { ...state };
  for (const attr of Object.keys(apiFields) as (keyof State & keyof Plan)[]) {
    const planned = known(plan[attr]);
    if (config[attr] === null && planned !== undefined) out[attr] = planned;
  }
  return out as State;
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos || !state.id) return;
  try {
    if (state.hard_delete) await litmos.users.delete(state.id);
    else await litmos.users.deactivate(state.id);
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return;
    addLitmosError(
      ctx.diagnostics,
      `${state.hard_delete ? 'Deleting' : 'Deactivating'} Litmos user ${state.id}`,
      e,
    );
  }
}

/** An imported user was not created by Terraform: no welcome e-mail was sent, destroy deactivates. */
const IMPORTED_FLAGS = { send_welcome_message: false, hard_delete: false } as const;

/** The state of a user Terraform did not create, as import and `terraform query` report it. */
export const adoptedUserState = (u: LitmosUser): State => fromApi(u, IMPORTED_FLAGS);

/**
 * Import by user ID or by username. Concurrent imports (an adoption with `import` blocks) share
 * one paged `GET /users/details` listing; one or two imports use `GET /users/{x}`.
 */
async function importState(id: string, ctx: Ctx): Promise<Partial<State> | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return null;
  try {
    return adoptedUserState(await litmos.users.getDetailedByIdOrUserName(id));
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) {
      ctx.diagnostics.error(
        'Litmos User Not Found',
        `No Litmos user has the ID or username ${JSON.stringify(id)}.`,
      );
      return null;
    }
    addLitmosError(ctx.diagnostics, `Importing Litmos user ${JSON.stringify(id)}`, e);
    return null;
  }
}

/**
 * Reports, at plan time, an `access_level` that a `litmos_administrators` of this run contradicts.
 * Only a configured level of a user that exists (known ID) is compared.
 */
function modifyPlan(req: ModifyPlanRequest<UserSchema>): Promise<void> {
  return checkAccessLevelClaim(req, 'litmos_user', {
    userId: known(req.plan.id),
    level: known(req.config.access_level),
    username: known(req.plan.username),
  });
}

export const userResource = defineResource<UserSchema, ProviderData>({
  typeName: 'litmos_user',
  schema: userSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  modifyPlan,
  identity: idIdentity('Litmos user ID.'),
  stateUpgraders: { 0: dropLoginKey },
});
