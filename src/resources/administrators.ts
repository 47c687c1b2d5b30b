/**
 * `litmos_administrators`: the complete set of Litmos users who hold the `Administrator` access
 * level. Listed users who do not hold it are promoted; anyone else found holding it is planned for
 * demotion to `demote_to`, by name, in the computed `demotions`, and the apply demotes nobody the
 * plan did not name. Account Owners rank above Administrator: they are reported in
 * `account_owners` and never demoted, and listing one is refused, because making an Account Owner
 * an Administrator would lower them (and may take the API key's own owner's rights away).
 *
 * The API cannot tell which user owns the provider's API key. Keys belong to Account Owners, who
 * this resource never touches; if an Administrator's key is in use, name that user in
 * `api_key_owner_id` and a configuration that would demote them is refused at plan time.
 *
 * Destroy changes nobody's access level: Terraform only stops managing the set.
 * Clash rules: `litmos_user.access_level` and `litmos_user_access_level` of a user must agree with
 * this set (`Administrator` exactly when the user is listed), or the resources undo each other.
 * A disagreeing pair in the same run is a plan error on both sides when the user's ID is known at
 * plan time (`administrator-claims.ts`); a user created in the same apply is not checked.
 */
import {
  defineResource,
  known,
  oneOf,
  schema,
  str,
  strList,
  strSet,
  useStateForUnknown,
  type ModifyPlanRequest,
  type PlanModel,
  type ResourceContext,
  type StateModel,
} from '../framework/index.js';
import { isLitmosError, type LitmosClient, type LitmosUserSummary } from '../litmos/index.js';
import { ProviderData } from '../provider/provider-data.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import {
  claimAdministrators,
  describeAccessLevelClash,
  type AccessLevelClash,
} from './administrator-claims.js';
import { addLitmosError } from './litmos-errors.js';

const ADMINISTRATOR = 'Administrator';
const ACCOUNT_OWNER = 'Account_Owner';
const DEMOTION_LEVELS = ['Learner', 'Team_Leader'] as const;
const RESOURCE_ID = 'administrators';

const administratorsSchema = schema(
  'The complete set of Litmos users who hold `Administrator`. Others found holding it are planned for ' +
    'demotion to `demote_to` and named in `demotions`; Account Owners are reported, never demoted. Destroy ' +
    'changes nobody\'s access level. A listed user needs `access_level = "Administrator"` wherever ' +
    '`litmos_user` or `litmos_user_access_level` also manages it (and an unlisted one another level), ' +
    'or the resources undo each other: a pair that disagrees is a plan error when both are in the same run ' +
    "and the user's ID is known at plan time (a user created by the same apply is not checked).",
  {
    id: str({
      description: 'Always `administrators`.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    user_ids: strSet({
      description: 'IDs of every user who should hold `Administrator`. Listing an Account Owner is refused.',
      required: true,
    }),
    demote_to: str({
      description:
        'Access level given to anyone found holding `Administrator` who is not listed: `Learner` or `Team_Leader`.',
      required: true,
      validators: [oneOf(...DEMOTION_LEVELS)],
    }),
    api_key_owner_id: str({
      description:
        "ID of the user who owns the provider's API key, when that user is an Administrator (Account Owners " +
        'are never demoted anyway). A configuration that would demote them is refused.',
      optional: true,
    }),
    demotions: strList({
      description:
        'Users holding `Administrator` who are not in `user_ids`, as `<username> (<user_id>)`: planned for ' +
        'demotion by the next apply, and after it, who was demoted.',
      computed: true,
    }),
    account_owners: strList({
      description: 'The Account Owners, as `<username> (<user_id>)`: reported, never demoted.',
      computed: true,
    }),
  },
);

type AdministratorsSchema = typeof administratorsSchema;
type Plan = PlanModel<AdministratorsSchema>;
type State = StateModel<AdministratorsSchema>;
type Ctx = ResourceContext<ProviderData>;

const label = (u: Pick<LitmosUserSummary, 'Id' | 'UserName'>): string => `${u.UserName} (${u.Id})`;

interface Holders {
  readonly administrators: LitmosUserSummary[];
  readonly accountOwners: LitmosUserSummary[];
  readonly byId: ReadonlyMap<string, LitmosUserSummary>;
}

/** Who holds Administrator and Account Owner now, from one listing of every user. */
async function holders(litmos: LitmosClient): Promise<Holders> {
  const users = await litmos.users.list();
  return {
    administrators: users.filter((u) => u.AccessLevel === ADMINISTRATOR),
    accountOwners: users.filter((u) => u.AccessLevel === ACCOUNT_OWNER),
    byId: new Map(users.map((u) => [u.Id, u])),
  };
}

async function modifyPlan(req: ModifyPlanRequest<AdministratorsSchema>): Promise<void> {
  const { plan, diagnostics } = req;
  const wanted = knownStrings(plan.user_ids);
  const litmos = req.provider instanceof ProviderData ? req.provider.litmos(diagnostics) : undefined;
  // IDs of users made in this apply are not known yet: who is demoted is known after apply.
  if (!litmos || wanted === undefined) {
    plan.demotions = new Unknown();
    plan.account_owners = new Unknown();
    return;
  }
  const listed = new Set(wanted);
  const clashes = claimAdministrators(litmos, listed);
  let found: Holders;
  try {
    found = await holders(litmos);
  } catch (e) {
    addLitmosError(diagnostics, 'Reading the Litmos users', e);
    reportClashes(diagnostics, clashes);
    return;
  }
  reportClashes(diagnostics, clashes, found.byId);
  for (const id of listed) {
    const user = found.byId.get(id);
    if (!user) {
      diagnostics.error(
        'Litmos User Not Found',
        `No Litmos user has the ID ${JSON.stringify(id)}.`,
        AttrPath.root('user_ids'),
      );
    } else if (user.AccessLevel === ACCOUNT_OWNER) {
      diagnostics.error(
        'Account Owner Listed As Administrator',
        `${label(user)} is an Account Owner; making them an Administrator would lower their access level ` +
          "(and may remove the API key owner's own rights). Remove them from user_ids: Account Owners are " +
          'reported in account_owners and never demoted.',
        AttrPath.root('user_ids'),
      );
    }
  }
  const keyOwner = known(plan.api_key_owner_id);
  const demoted = found.administrators.filter((u) => !listed.has(u.Id));
  if (keyOwner && demoted.some((u) => u.Id === keyOwner)) {
    diagnostics.error(
      'API Key Owner Would Be Demoted',
      `User ${keyOwner} owns the provider's API key and holds Administrator; leaving them out of user_ids ` +
        'would demote them and remove the rights this provider works with. Add them to user_ids.',
      AttrPath.root('user_ids'),
    );
  }
  plan.demotions = demoted.map(label).sort();
  plan.account_owners = found.accountOwners.map(label).sort();
  const prior = req.prior;
  // Nothing to change: keep the names stored by the last apply, so a second plan is empty.
  if (
    prior &&
    demoted.length === 0 &&
    sameSet(prior.user_ids, wanted) &&
    prior.demote_to === known(plan.demote_to)
  ) {
    plan.demotions = prior.demotions ?? [];
  }
}

/** Reports the per-user access levels of this run that the set contradicts, by name when known. */
function reportClashes(
  diagnostics: Diagnostics,
  clashes: readonly AccessLevelClash[],
  byId?: ReadonlyMap<string, LitmosUserSummary>,
): void {
  for (const clash of clashes) {
    diagnostics.error(
      'Litmos Administrator Set Clash',
      describeAccessLevelClash(clash, byId?.get(clash.userId)?.UserName),
      AttrPath.root('user_ids'),
    );
  }
}

/** The set's elements when the set and every element are known. */
function knownStrings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: unknown[] = value;
  return items.every((x): x is string => typeof x === 'string') ? items : undefined;
}

const sameSet = (a: readonly string[] | null, b: readonly string[]): boolean =>
  a !== null && a.length === b.length && b.every((x) => a.includes(x));

async function reconcile(plan: Plan, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  const wanted = known(plan.user_ids);
  const demoteTo = known(plan.demote_to);
  if (!litmos || !wanted || !demoteTo) return null;
  const planned = plan.demotions instanceof Unknown ? undefined : new Set(plan.demotions ?? []);
  const diags = ctx.diagnostics;
  let found: Holders;
  try {
    found = await holders(litmos);
  } catch (e) {
    addLitmosError(diags, 'Reading the Litmos users', e);
    return null;
  }
  const listed = new Set(wanted);
  const holding = new Set(found.administrators.map((u) => u.Id));
  for (const id of listed) {
    const user = found.byId.get(id);
    // The plan checked every listed user; one deleted or made an Account Owner since is an error
    // here (returning a set other than the planned one without one would be an inconsistent result).
    if (!user) {
      diags.error(
        'Litmos User Not Found',
        `No Litmos user has the ID ${JSON.stringify(id)} (deleted since the plan); it was not made an Administrator.`,
        AttrPath.root('user_ids'),
      );
      continue;
    }
    if (user.AccessLevel === ADMINISTRATOR) continue;
    if (user.AccessLevel === ACCOUNT_OWNER) {
      diags.error(
        'Account Owner Listed As Administrator',
        `${label(user)} became an Account Owner after the plan and was left as they are: making them an ` +
          'Administrator would lower their access level. Remove them from user_ids.',
        AttrPath.root('user_ids'),
      );
      continue;
    }
    try {
      await litmos.users.update(id, { AccessLevel: ADMINISTRATOR });
      holding.add(id);
    } catch (e) {
      addLitmosError(
        diags,
        `Making Litmos user ${label(user)} an Administrator`,
        e,
        AttrPath.root('user_ids'),
      );
    }
  }
  const demoted: string[] = [];
  for (const user of found.administrators) {
    if (listed.has(user.Id)) continue;
    const name = label(user);
    if (planned !== undefined && !planned.has(name)) {
      diags.error(
        'Litmos Administrator Not In Plan',
        `${name} holds Administrator but the plan did not name them for demotion (promoted after the plan). ` +
          'They were left as they are; the next plan names them.',
        AttrPath.root('user_ids'),
      );
      continue;
    }
    try {
      await litmos.users.update(user.Id, { AccessLevel: demoteTo });
      holding.delete(user.Id);
      demoted.push(name);
    } catch (e) {
      addLitmosError(
        diags,
        `Demoting Litmos administrator ${name} to ${demoteTo}`,
        e,
        AttrPath.root('user_ids'),
      );
    }
  }
  const now = [...holding].sort();
  return {
    id: RESOURCE_ID,
    user_ids: sameSet(wanted, now) ? wanted : now,
    demote_to: demoteTo,
    api_key_owner_id: known(plan.api_key_owner_id) ?? null,
    demotions: planned === undefined ? demoted.sort() : [...planned],
    // As planned (Terraform requires it); an Account Owner made since shows on the next refresh.
    account_owners: known(plan.account_owners) ?? found.accountOwners.map(label).sort(),
  };
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const litmos = ctx.provider.litmos(ctx.diagnostics);
  if (!litmos) return state;
  try {
    const found = await holders(litmos);
    const current = found.administrators.map((u) => u.Id).sort();
    return {
      ...state,
      id: RESOURCE_ID,
      // A set: keep the stored order when the members are the same.
      user_ids: sameSet(state.user_ids, current) ? state.user_ids : current,
      account_owners: found.accountOwners.map(label).sort(),
    };
  } catch (e) {
    if (isLitmosError(e, 'NOT_FOUND')) return state;
    addLitmosError(ctx.diagnostics, 'Reading the Litmos users', e);
    return state;
  }
}

export const administratorsResource = defineResource<AdministratorsSchema, ProviderData>({
  typeName: 'litmos_administrators',
  schema: administratorsSchema,
  create: ({ plan }, ctx) => reconcile(plan, ctx),
  read,
  update: ({ plan }, ctx) => reconcile(plan, ctx),
  delete: () => Promise.resolve(),
  modifyPlan,
});
