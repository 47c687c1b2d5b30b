/**
 * `litmos_conductorone_baton_connector`: a self-hosted ("Baton") connector on a ConductorOne app,
 * step 1 of ConductorOne's self-hosted Litmos setup ("Add connector > Baton"). It has no settings
 * in ConductorOne: the baton-litmos process holds them (`BATON_SOURCE`, `BATON_API_KEY`, …) and
 * signs in with a `litmos_conductorone_connector_credential`. Destroy deletes the connector.
 */
import {
  BATON_CATALOG_ID,
  createBatonConnector,
  deleteBatonConnector,
  isNotFound,
  readBatonConnector,
  updateBatonConnector,
  type BatonConnector,
  type BatonConnectorField,
  type ConductorOneClient,
} from '../conductorone/index.js';
import {
  defineResource,
  known,
  lengthBetween,
  schema,
  str,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
} from '../framework/index.js';
import type { ProviderData } from '../provider/provider-data.js';
import type { Diagnostics } from '../tf/diagnostics.js';
import { AttrPath } from '../tf/path.js';
import { Unknown } from '../tf/value.js';
import { connectorPlacementAttributes } from './conductorone-connector-placement.js';
import { addConductorOneError } from './conductorone-errors.js';
import { parseImportId } from './import-id.js';

const batonSchema = schema(
  'A self-hosted (Baton) connector on a ConductorOne app: the connector that a baton-litmos ' +
    'process you run (for example in Kubernetes) reports into. Give the process a client ' +
    'credential with `litmos_conductorone_connector_credential`. Import with ' +
    '`<app_id>/<connector_id>`. Destroying it deletes the connector in ConductorOne.',
  {
    ...connectorPlacementAttributes,
    display_name: str({
      description: 'The connector name ConductorOne shows.',
      optional: true,
      validators: [lengthBetween(1, 256)],
    }),
    description: str({ description: 'Free-text description of the connector.', optional: true }),
    create_time: str({
      description: 'When the connector was created (RFC 3339).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    update_time: str({ description: 'When the connector was last changed (RFC 3339).', computed: true }),
  },
);

type BatonSchema = typeof batonSchema;
type Plan = PlanModel<BatonSchema>;
type State = StateModel<BatonSchema>;
type Ctx = ResourceContext<ProviderData>;

const ADDRESS = 'litmos_conductorone_baton_connector.x';

function validateConfig(config: Plan, diags: Diagnostics): void {
  if (Array.isArray(config.user_ids) && config.user_ids.length === 0) {
    diags.error(
      'Empty Owner List',
      'A connector always has an owner; leave user_ids unset to make the calling user the owner.',
      AttrPath.root('user_ids'),
    );
  }
}

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  const appId = known(plan.app_id) ?? '';
  let created: BatonConnector;
  try {
    created = await createBatonConnector(client, {
      appId,
      userIds: known(plan.user_ids),
      ...optional('displayName', known(plan.display_name)),
      ...optional('description', known(plan.description)),
    });
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Creating a Baton connector on ConductorOne app ${appId}`, e);
    return null;
  }
  return settleToPlan(plan, fromApi(created));
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return state;
  if (!state.app_id || !state.id) return null;
  try {
    return await observe(client, state.app_id, state.id);
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Reading Baton connector ${state.app_id}/${state.id}`, e);
    return state;
  }
}

async function update({ plan, prior }: { plan: Plan; prior: State }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !prior.app_id || !prior.id) return prior;
  const { app_id: appId, id } = prior;
  const owners = known(plan.user_ids);
  const fields: BatonConnectorField[] = [];
  if (owners !== undefined && !sameSet(owners, prior.user_ids ?? [])) fields.push('userIds');
  if (plan.display_name !== prior.display_name) fields.push('displayName');
  if (plan.description !== prior.description) fields.push('description');
  try {
    const now =
      fields.length > 0
        ? await updateBatonConnector(
            client,
            {
              id,
              appId,
              userIds: owners,
              ...optional('displayName', known(plan.display_name)),
              ...optional('description', known(plan.description)),
            },
            fields,
          )
        : await readBatonConnector(client, appId, id);
    return settleToPlan(plan, fromApi(now));
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Updating Baton connector ${appId}/${id}`, e);
    return prior;
  }
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !state.app_id || !state.id) return;
  try {
    await deleteBatonConnector(client, state.app_id, state.id);
  } catch (e) {
    if (isNotFound(e)) return;
    addConductorOneError(ctx.diagnostics, `Deleting Baton connector ${state.app_id}/${state.id}`, e);
  }
}

async function importConnector(appId: string, connectorId: string, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  try {
    const connector = await readBatonConnector(client, appId, connectorId);
    if (connector.deletedAt) {
      notFoundForImport(appId, connectorId, ctx);
      return null;
    }
    if (connector.catalogId && connector.catalogId !== BATON_CATALOG_ID) {
      ctx.diagnostics.error(
        'Not A Baton Connector',
        `Connector ${appId}/${connectorId} belongs to catalog entry ${connector.catalogId}, not Baton ` +
          '(self-hosted); import a cloud-hosted Litmos connector as litmos_conductorone_connector.',
      );
      return null;
    }
    return fromApi(connector);
  } catch (e) {
    if (isNotFound(e)) notFoundForImport(appId, connectorId, ctx);
    else addConductorOneError(ctx.diagnostics, `Importing Baton connector ${appId}/${connectorId}`, e);
    return null;
  }
}

function notFoundForImport(appId: string, connectorId: string, ctx: Ctx): void {
  ctx.diagnostics.error(
    'ConductorOne Connector Not Found',
    `App ${JSON.stringify(appId)} has no connector ${JSON.stringify(connectorId)}. Import takes <app_id>/<connector_id>.`,
  );
}

export const conductorOneBatonConnectorResource = defineResource<BatonSchema, ProviderData>({
  typeName: 'litmos_conductorone_baton_connector',
  schema: batonSchema,
  validateConfig,
  create,
  read,
  update,
  delete: remove,
  async importState(id, ctx) {
    const parts = parseImportId(id, { parts: ['app_id', 'connector_id'], address: ADDRESS }, ctx.diagnostics);
    return parts ? importConnector(parts[0], parts[1], ctx) : null;
  },
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

/** The connector as it is now, or null when it is gone (404, or soft-deleted). */
async function observe(client: ConductorOneClient, appId: string, id: string): Promise<State | null> {
  let connector: BatonConnector;
  try {
    connector = await readBatonConnector(client, appId, id);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  return connector.deletedAt ? null : fromApi(connector);
}

function fromApi(c: BatonConnector): State {
  return {
    id: c.id,
    app_id: c.appId,
    user_ids: [...c.userIds],
    display_name: c.displayName ?? null,
    description: c.description ?? null,
    create_time: c.createdAt ?? null,
    update_time: c.updatedAt ?? null,
  };
}

/** Every value the plan knows, exactly as planned; the API's values fill the rest. */
function settleToPlan(plan: Plan, actual: State): State {
  const out: Record<string, unknown> = { ...actual };
  for (const [k, v] of Object.entries(plan)) if (!(v instanceof Unknown)) out[k] = v;
  return out as State;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
