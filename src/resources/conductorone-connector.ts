/**
 * `litmos_conductorone_connector`: the ConductorOne connector that syncs a Litmos account into a
 * ConductorOne app. The Litmos API key is sent to ConductorOne and never read back: either keep
 * it in state with `api_key`, or keep it out of state with the write-only `api_key_wo` (Terraform
 * ≥ 1.11) and bump `api_key_wo_version` to send a new one. Destroy deletes the connector; a
 * connector deleted outside Terraform leaves state on the next refresh.
 */
import {
  createLitmosIntegration,
  deleteLitmosIntegration,
  isNotFound,
  listLitmosIntegrations,
  LITMOS_CATALOG_ID,
  toIntegration,
  updateLitmosIntegration,
  type ConductorOneClient,
  type Connector,
  type LitmosConnectorSettings,
  type LitmosIntegration,
} from '../conductorone/index.js';
import {
  defineResource,
  lengthBetween,
  num,
  schema,
  str,
  strList,
  uniqueElements,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
  known,
} from '../framework/index.js';
import { registerSecret } from '../log.js';
import type { ProviderData } from '../provider/provider-data.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { connectorPlacementAttributes } from './conductorone-connector-placement.js';
import { addConductorOneError } from './conductorone-errors.js';
import { parseImportId } from './import-id.js';

const connectorSchema = schema(
  'The ConductorOne connector that syncs a Litmos account (users, teams, courses) into a ' +
    'ConductorOne app. Set exactly one of `api_key` and `api_key_wo`. Import with ' +
    '`<app_id>/<connector_id>`. Destroying it deletes the connector in ConductorOne.',
  {
    ...connectorPlacementAttributes,
    source: str({
      description: 'The Litmos source: the name of the Litmos account.',
      required: true,
      validators: [lengthBetween(1, 50)],
    }),
    api_key: str({
      description: 'Litmos API key, kept in state. Conflicts with `api_key_wo`.',
      optional: true,
      sensitive: true,
    }),
    api_key_wo: str({
      description:
        'Litmos API key, write-only (Terraform ≥ 1.11): never stored in plan or state. Bump ' +
        '`api_key_wo_version` to send a new key. Conflicts with `api_key`.',
      optional: true,
      sensitive: true,
      writeOnly: true,
    }),
    api_key_wo_version: num({
      description: 'Change this number to send the current `api_key_wo` to ConductorOne.',
      optional: true,
    }),
    course_ids: strList({
      description: 'Litmos course IDs to sync. Empty or unset syncs all courses.',
      optional: true,
      validators: [uniqueElements()],
    }),
    display_name: str({
      description: 'The connector name ConductorOne shows.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    create_time: str({
      description: 'When the connector was created (RFC 3339).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    update_time: str({ description: 'When the connector was last changed (RFC 3339).', computed: true }),
  },
);

type ConnectorSchema = typeof connectorSchema;
type Plan = PlanModel<ConnectorSchema>;
type State = StateModel<ConnectorSchema>;
type Ctx = ResourceContext<ProviderData>;

const IMPORT_ID_FORM = '<app_id>/<connector_id>';

function validateConfig(config: Plan, diags: Diagnostics): void {
  const keySet = config.api_key !== null;
  const writeOnlyKeySet = config.api_key_wo !== null;
  // ConductorOne reads an empty value as "delete this config field" (facts §2.6): refuse it.
  for (const attribute of ['api_key', 'api_key_wo'] as const) {
    if (config[attribute] === '') {
      diags.error(
        'Empty Litmos API Key',
        `${attribute} is empty. ConductorOne deletes a connector setting sent empty, so the connector ` +
          'would be left without a key; set the Litmos API key.',
        AttrPath.root(attribute),
      );
    }
  }
  if (keySet && writeOnlyKeySet) {
    diags.error(
      'Conflicting API Key Attributes',
      'Set only one of api_key and api_key_wo: api_key keeps the key in state, api_key_wo keeps it out.',
      AttrPath.root('api_key_wo'),
    );
  }
  if (!keySet && !writeOnlyKeySet) {
    diags.error(
      'Missing Litmos API Key',
      'Set api_key, or api_key_wo on Terraform 1.11 and later, to the Litmos API key the connector uses.',
      AttrPath.root('api_key'),
    );
  }
  if (config.api_key_wo_version !== null && config.api_key_wo === null) {
    diags.error(
      'Version Without Write-Only Key',
      'api_key_wo_version only takes effect with api_key_wo; remove it or set api_key_wo.',
      AttrPath.root('api_key_wo_version'),
    );
  }
  if (Array.isArray(config.user_ids) && config.user_ids.length === 0) {
    diags.error(
      'Empty Owner List',
      'A connector always has an owner; leave user_ids unset to make the calling user the owner.',
      AttrPath.root('user_ids'),
    );
  }
}

/**
 * A create is made safe to repeat after a crash (the previous run's connector exists, but
 * Terraform lost it from state): when the app already holds exactly one Litmos connector whose
 * readable settings (source, course IDs, and owners when configured) equal the plan, that
 * connector is adopted with a warning and sent the planned configuration, key included (the key
 * cannot be read back to compare). Otherwise a new connector is created, as before.
 */
async function create({ plan, config }: { plan: Plan; config: Plan }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  const appId = known(plan.app_id) ?? '';
  const input = { appId, userIds: known(plan.user_ids), settings: settingsOf(plan, config) };
  let created: LitmosIntegration;
  try {
    const orphan = matchingConnector(await listLitmosIntegrations(client, appId), plan);
    if (orphan) {
      created = await updateLitmosIntegration(client, { ...input, id: orphan.id });
      ctx.diagnostics.warning(
        'Existing Litmos Connector Adopted',
        `ConductorOne app ${appId} already held a Litmos connector (${orphan.id}) with this source, course IDs ` +
          'and owners, so Terraform now manages it and sent it the configured key instead of creating a second ' +
          'one (a previous apply probably created it and was interrupted).',
      );
    } else {
      created = await createLitmosIntegration(client, input);
    }
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Creating the Litmos connector of ConductorOne app ${appId}`, e);
    return null;
  }
  const fallback = fromApi(created, null, plan);
  try {
    return settleToPlan(plan, (await observe(client, appId, created.id, plan)) ?? fallback);
  } catch (e) {
    // The connector exists; a failed read-back must not lose it.
    addConductorOneError(ctx.diagnostics, `Reading back connector ${created.id}`, e);
    return settleToPlan(plan, fallback);
  }
}

/** The one connector of `existing` that this plan would have made, or undefined (none, or several). */
function matchingConnector(
  existing: readonly LitmosIntegration[],
  plan: Plan,
): LitmosIntegration | undefined {
  const owners = known(plan.user_ids);
  const matches = existing.filter(
    (i) =>
      i.source === known(plan.source) &&
      sameSet(i.courseIds ?? [], known(plan.course_ids) ?? []) &&
      (owners === undefined || sameSet(i.userIds, owners)),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return state;
  if (!state.app_id || !state.id) return null;
  try {
    return await observe(client, state.app_id, state.id, state);
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Reading connector ${state.app_id}/${state.id}`, e);
    return state;
  }
}

/**
 * A changed source, course list or key (or key version) sends the whole configuration (then the
 * owners through the owners API if they changed); changed owners alone go through the owners
 * API only, so no key is re-sent.
 */
async function update(
  { plan, prior, config }: { plan: Plan; prior: State; config: Plan },
  ctx: Ctx,
): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !prior.app_id || !prior.id) return prior;
  const { app_id: appId, id } = prior;
  const owners = known(plan.user_ids);
  try {
    if (configChanged(plan, prior)) {
      await updateLitmosIntegration(client, {
        id,
        appId,
        userIds: owners,
        settings: settingsOf(plan, config),
      });
    } else if (owners !== undefined && !sameSet(owners, prior.user_ids ?? [])) {
      await client.setConnectorOwners(appId, id, owners);
    }
    const now = await observe(client, appId, id, plan);
    if (now) return settleToPlan(plan, now);
    ctx.diagnostics.error(
      'ConductorOne Connector Disappeared',
      `Connector ${appId}/${id} was deleted while it was being updated. Apply again to create it anew.`,
    );
    return prior;
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Updating connector ${appId}/${id}`, e);
    return observeOr(client, prior);
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !state.app_id || !state.id) return;
  try {
    await deleteLitmosIntegration(client, state.app_id, state.id);
  } catch (e) {
    if (isNotFound(e)) return;
    addConductorOneError(ctx.diagnostics, `Deleting connector ${state.app_id}/${state.id}`, e);
  }
}

/** Import by `<app_id>/<connector_id>`. The key cannot be read: the next apply sends it. */
async function importState(id: string, ctx: Ctx): Promise<State | null> {
  const parts = parseImportId(
    id,
    { parts: ['app_id', 'connector_id'], address: 'litmos_conductorone_connector.x' },
    ctx.diagnostics,
  );
  if (!parts) return null;
  const [appId, connectorId] = parts;
  return importConnector(appId, connectorId, ctx);
}

async function importConnector(appId: string, connectorId: string, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  try {
    const connector = await client.getConnector(appId, connectorId);
    if (connector.deletedAt) {
      notFoundForImport(appId, connectorId, ctx);
      return null;
    }
    if (connector.catalogId && connector.catalogId !== LITMOS_CATALOG_ID) {
      ctx.diagnostics.error(
        'Not A Litmos Connector',
        `Connector ${appId}/${connectorId} belongs to catalog entry ${connector.catalogId}, not Litmos; ` +
          'only Litmos connectors can be imported here.',
      );
      return null;
    }
    return fromApi(toIntegration(connector), connector.displayName, null);
  } catch (e) {
    if (isNotFound(e)) notFoundForImport(appId, connectorId, ctx);
    else addConductorOneError(ctx.diagnostics, `Importing connector ${appId}/${connectorId}`, e);
    return null;
  }
}

function notFoundForImport(appId: string, connectorId: string, ctx: Ctx): void {
  ctx.diagnostics.error(
    'ConductorOne Connector Not Found',
    `App ${JSON.stringify(appId)} has no connector ${JSON.stringify(connectorId)}. Import takes ${IMPORT_ID_FORM}.`,
  );
}

export const conductorOneConnectorResource = defineResource<ConnectorSchema, ProviderData>({
  typeName: 'litmos_conductorone_connector',
  schema: connectorSchema,
  validateConfig,
  create,
  read,
  update,
  delete: remove,
  importState,
  identity: {
    version: 0,
    attributes: {
      app_id: { description: 'ConductorOne app ID.', requiredForImport: true },
      id: { description: 'ConductorOne connector ID.', requiredForImport: true },
    },
    fromModel: (m) => ({
      app_id: typeof m.app_id === 'string' ? m.app_id : null,
      id: typeof m.id === 'string' ? m.id : null,
    }),
  },
  async importByIdentity(identity, ctx) {
    return identity.app_id && identity.id ? importConnector(identity.app_id, identity.id, ctx) : null;
  },
});

// ---- private mappers ----

/** What to send: the key comes from `api_key` in the plan or, write-only, from the configuration. */
function settingsOf(plan: Plan, config: Plan): LitmosConnectorSettings {
  const apiKey = known(plan.api_key) ?? known(config.api_key_wo);
  if (apiKey !== undefined) registerSecret(apiKey);
  const courseIds = known(plan.course_ids);
  return {
    source: known(plan.source),
    ...(apiKey === undefined ? {} : { apiKey }),
    ...(courseIds === undefined ? {} : { courseIds }),
  };
}

function configChanged(plan: Plan, prior: State): boolean {
  return (
    plan.source !== prior.source ||
    plan.api_key !== prior.api_key ||
    plan.api_key_wo_version !== prior.api_key_wo_version ||
    !sameList(known(plan.course_ids) ?? [], prior.course_ids ?? [])
  );
}

/** The connector as it is now, or null when it is gone (404, or soft-deleted). */
async function observe(
  client: ConductorOneClient,
  appId: string,
  id: string,
  like: Plan | State,
): Promise<State | null> {
  let connector: Connector;
  try {
    connector = await client.getConnector(appId, id);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  if (connector.deletedAt) return null;
  return fromApi(toIntegration(connector), connector.displayName, like);
}

/** After a failed write: the connector as it is, or the prior state when even that cannot be read. */
async function observeOr(client: ConductorOneClient, prior: State): Promise<State> {
  try {
    return (await observe(client, prior.app_id!, prior.id!, prior)) ?? prior;
  } catch {
    // The write's error is already reported; keep what Terraform had.
    return prior;
  }
}

/**
 * State from the API. The key and its version are never returned, so they come from `like` (the
 * plan or the prior state); so does the choice between an empty course list and none.
 */
function fromApi(
  i: LitmosIntegration,
  displayName: string | undefined | null,
  like: Plan | State | null,
): State {
  const likeCourses = like ? known(like.course_ids) : undefined;
  return {
    id: i.id,
    app_id: i.appId,
    user_ids: [...i.userIds],
    source: i.source ?? null,
    api_key: like ? (known(like.api_key) ?? null) : null,
    api_key_wo: null,
    api_key_wo_version: like ? (known(like.api_key_wo_version) ?? null) : null,
    course_ids:
      i.courseIds && i.courseIds.length > 0 ? [...i.courseIds] : likeCourses?.length === 0 ? [] : null,
    display_name: displayName || null,
    create_time: i.createdAt ?? null,
    update_time: i.updatedAt ?? null,
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

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
