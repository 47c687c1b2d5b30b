/**
 * `litmos_conductorone_app`: the ConductorOne app a Litmos connector belongs to, with its display
 * name, description and owners. Destroy deletes the app (ConductorOne deletes its connectors with
 * it). An app deleted outside Terraform leaves state on the next refresh. A create is safe to
 * repeat: see `conductorone-app-match.ts` for what it does with apps of the same display name.
 */
import type { App, ConductorOneClient } from '../conductorone/index.js';
import { isNotFound } from '../conductorone/index.js';
import {
  defineResource,
  idIdentity,
  lengthBetween,
  schema,
  str,
  strSet,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  known,
} from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { decideAppCreate, sameNamed, type AppCandidate, type AppWanted } from './conductorone-app-match.js';
import { addConductorOneError } from './conductorone-errors.js';

const appSchema = schema(
  'A ConductorOne app, typically the one a `litmos_conductorone_connector` syncs Litmos into. ' +
    'Destroying it deletes the app in ConductorOne. A create first searches for apps with the same ' +
    'display name, so that one repeated after a crash (the app exists, Terraform lost it from state) ' +
    'makes no duplicate: exactly one app with the same display name, description (none when unset) ' +
    'and owners (when set) is adopted with a warning; any other app of that name fails the create with ' +
    'its ID, the differences and the import command, and nothing is changed. An app made outside ' +
    'Terraform that is equal in all of these is adopted too: it cannot be told apart from the one this ' +
    'create would have made.',
  {
    id: str({ description: 'ConductorOne app ID.', computed: true, planModifiers: [useStateForUnknown()] }),
    display_name: str({
      description: 'Name of the app as ConductorOne shows it.',
      required: true,
      validators: [lengthBetween(1, 256)],
    }),
    description: str({ description: 'Free-text description of the app.', optional: true }),
    owner_user_ids: strSet({
      description:
        'ConductorOne user IDs of the app owners. When left unset the owners are not managed and ' +
        'the current owners are recorded.',
      optional: true,
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    create_time: str({
      description: 'When the app was created (RFC 3339).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    update_time: str({ description: 'When the app was last changed (RFC 3339).', computed: true }),
  },
);

type AppSchema = typeof appSchema;
type Plan = PlanModel<AppSchema>;
type State = StateModel<AppSchema>;
type Ctx = ResourceContext<ProviderData>;

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  const owners = known(plan.owner_user_ids);
  const displayName = known(plan.display_name) ?? '';
  const description = known(plan.description);
  const wanted = { displayName, description: description ?? '', ownerIds: owners };
  let created: App;
  try {
    const decision = decideAppCreate(await sameNamedApps(client, wanted), wanted);
    if (decision.kind === 'refuse') {
      ctx.diagnostics.error('ConductorOne App Name Taken', decision.detail, AttrPath.root('display_name'));
      return null;
    }
    if (decision.kind === 'adopt') {
      created = decision.app;
      ctx.diagnostics.warning(
        'Existing ConductorOne App Adopted',
        `A ConductorOne app named ${JSON.stringify(displayName)} (${created.id}) already existed with the ` +
          'configured description and owners, so Terraform now manages it instead of creating a second one ' +
          '(a previous apply probably created it and was interrupted).',
      );
    } else {
      created = await client.createApp({
        displayName,
        ...optional('description', description),
        ...optional('owners', owners),
      });
    }
  } catch (e) {
    addConductorOneError(
      ctx.diagnostics,
      `Creating ConductorOne app ${JSON.stringify(plan.display_name)}`,
      e,
    );
    return null;
  }
  const fallback = fromApi(created, owners ?? [], plan);
  try {
    return settleToPlan(plan, (await observe(client, created.id, plan)) ?? fallback);
  } catch (e) {
    // The app exists; a failed read-back must not lose it.
    addConductorOneError(ctx.diagnostics, `Reading back ConductorOne app ${created.id}`, e);
    return settleToPlan(plan, fallback);
  }
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return state;
  if (!state.id) return null;
  try {
    return await observe(client, state.id, state);
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Reading ConductorOne app ${state.id}`, e);
    return state;
  }
}

async function update({ plan, prior }: { plan: Plan; prior: State }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !prior.id) return prior;
  const id = prior.id;
  try {
    await client.updateApp(id, {
      displayName: known(plan.display_name) ?? '',
      // Both fields are named in the update mask, so a removed description is cleared with "".
      description: known(plan.description) ?? '',
    });
    const owners = known(plan.owner_user_ids);
    if (owners !== undefined && !sameSet(owners, prior.owner_user_ids ?? [])) {
      await client.setAppOwners(id, owners);
    }
    const now = await observe(client, id, plan);
    if (now) return settleToPlan(plan, now);
    ctx.diagnostics.error(
      'ConductorOne App Disappeared',
      `ConductorOne app ${id} was deleted while it was being updated. Apply again to create it anew.`,
    );
    return prior;
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Updating ConductorOne app ${id}`, e);
    return observeOr(client, id, prior);
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !state.id) return;
  try {
    await client.deleteApp(state.id);
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Deleting ConductorOne app ${state.id}`, e);
  }
}

/** Import by app ID. */
async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  try {
    const found = await observe(client, id.trim(), null);
    if (!found) {
      ctx.diagnostics.error(
        'ConductorOne App Not Found',
        `No ConductorOne app has the ID ${JSON.stringify(id)}. Import takes the app ID.`,
      );
    }
    return found;
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Importing ConductorOne app ${JSON.stringify(id)}`, e);
    return null;
  }
}

export const conductorOneAppResource = defineResource<AppSchema, ProviderData>({
  typeName: 'litmos_conductorone_app',
  schema: appSchema,
  create,
  read,
  update,
  delete: remove,
  importState,
  identity: idIdentity('ConductorOne app ID.'),
});

// ---- private mappers ----

/** The app as it is now, or null when it is gone (404, or soft-deleted). */
async function observe(
  client: ConductorOneClient,
  id: string,
  like: Plan | State | null,
): Promise<State | null> {
  try {
    const app = await client.getApp(id);
    if (app.deletedAt) return null;
    const owners = await client.listAppOwners(id);
    return fromApi(
      app,
      owners.map((u) => u.id),
      like,
    );
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** The live apps named exactly like the plan, with their owners when the plan sets owners. */
async function sameNamedApps(client: ConductorOneClient, wanted: AppWanted): Promise<AppCandidate[]> {
  const apps = sameNamed(await client.listApps({ displayName: wanted.displayName }), wanted.displayName);
  return Promise.all(
    apps.map(async (app) =>
      wanted.ownerIds === undefined
        ? { app }
        : { app, ownerIds: (await client.listAppOwners(app.id)).map((u) => u.id) },
    ),
  );
}

/** After a failed write: the object as it is, or the prior state when even that cannot be read. */
async function observeOr(client: ConductorOneClient, id: string, prior: State): Promise<State> {
  try {
    return (await observe(client, id, prior)) ?? prior;
  } catch {
    // The write's error is already reported; keep what Terraform had.
    return prior;
  }
}

/** State from the API; `like` says whether an empty description was configured as "" or left out. */
function fromApi(app: App, ownerIds: readonly string[], like: Plan | State | null): State {
  const description = app.description ?? '';
  return {
    id: app.id,
    display_name: app.displayName,
    description: description === '' ? (like?.description === '' ? '' : null) : description,
    owner_user_ids: [...ownerIds],
    create_time: app.createdAt || null,
    update_time: app.updatedAt || null,
  };
}

/**
 * Every value the plan knows, exactly as planned; the API's values fill the rest. The API is read
 * back first, so this only differs from it when ConductorOne lags behind the write it accepted.
 */
function settleToPlan(plan: Plan, actual: State): State {
  const out: Record<string, unknown> = { ...actual };
  for (const [k, v] of Object.entries(plan)) if (!(v instanceof Unknown)) out[k] = v;
  return out as State;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
