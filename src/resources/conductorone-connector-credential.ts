/**
 * `litmos_conductorone_connector_credential`: the client ID and secret a self-hosted connector
 * signs in to ConductorOne with ("Rotate" in the ConductorOne UI). Create rotates (makes a new
 * credential); the secret is returned once and kept, sensitive, in state, because no later call
 * returns it; replacing the resource (a changed `rotation_triggers`, `terraform apply -replace`)
 * rotates; destroy revokes. A credential revoked outside Terraform leaves state on refresh, so
 * the next apply makes a new one.
 */
import {
  getConnectorCredential,
  isNotFound,
  revokeConnectorCredential,
  rotateConnectorCredential,
  type ConductorOneClient,
  type ConnectorCredential,
} from '../conductorone/index.js';
import {
  defineResource,
  known,
  num,
  requiresReplace,
  schema,
  str,
  strMap,
  useStateForUnknown,
  type PlanModel,
  type ResourceContext,
  type StateModel,
} from '../framework/index.js';
import { registerSecret } from '../log.js';
import type { ProviderData } from '../provider/provider-data.js';
import { Unknown } from '../tf/value.js';
import { addConductorOneError } from './conductorone-errors.js';

const IMPORT_FORM = '<app_id>/<connector_id>/<credential_id>';

const credentialSchema = schema(
  'A client credential of a self-hosted (Baton) ConductorOne connector: `client_id` and ' +
    "`client_secret` are the connector process's `BATON_CLIENT_ID` and `BATON_CLIENT_SECRET`. " +
    'Creating it rotates (ConductorOne makes a new credential and returns its secret once); the ' +
    'secret is kept in state, marked sensitive, because nothing can read it again. Change ' +
    '`rotation_triggers` (or `terraform apply -replace`) to rotate; destroying it revokes the ' +
    `credential. Import with \`${IMPORT_FORM}\` (the secret cannot be imported).`,
  {
    id: str({
      description: 'ConductorOne credential ID.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    app_id: str({
      description: 'ID of the ConductorOne app of the connector. Changing it replaces the credential.',
      required: true,
      planModifiers: [requiresReplace()],
    }),
    connector_id: str({
      description: 'ID of the self-hosted connector. Changing it replaces the credential.',
      required: true,
      planModifiers: [requiresReplace()],
    }),
    rotation_triggers: strMap({
      description:
        'Arbitrary values; changing any of them replaces the credential, which rotates it (the ' +
        'old credential is revoked).',
      optional: true,
      planModifiers: [requiresReplace()],
    }),
    client_id: str({
      description: 'The client ID (`BATON_CLIENT_ID`).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    client_secret: str({
      description:
        'The client secret (`BATON_CLIENT_SECRET`), returned by ConductorOne only when the ' +
        'credential is made. Null after import.',
      computed: true,
      sensitive: true,
      planModifiers: [useStateForUnknown()],
    }),
    display_name: str({
      description: 'The name ConductorOne gave the credential.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    create_time: str({
      description: 'When the credential was made (RFC 3339).',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    expire_time: str({
      description: 'When the credential expires (RFC 3339); null when it does not.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
    revision: num({
      description:
        'A number that changes with every rotation (the creation time in milliseconds). Use it ' +
        'as the version of a write-only attribute that receives the secret, e.g. ' +
        '`kubernetes_secret_v1.data_wo_revision`, or in a pod-template annotation.',
      computed: true,
      planModifiers: [useStateForUnknown()],
    }),
  },
);

type CredentialSchema = typeof credentialSchema;
type Plan = PlanModel<CredentialSchema>;
type State = StateModel<CredentialSchema>;
type Ctx = ResourceContext<ProviderData>;

async function create({ plan }: { plan: Plan }, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  const appId = known(plan.app_id) ?? '';
  const connectorId = known(plan.connector_id) ?? '';
  try {
    const { credential, clientSecret } = await rotateConnectorCredential(client, appId, connectorId);
    registerSecret(clientSecret);
    const state = fromApi(credential, clientSecret, known(plan.rotation_triggers) ?? null);
    return { ...state, app_id: appId, connector_id: connectorId, revision: state.revision ?? Date.now() };
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Rotating a credential for connector ${appId}/${connectorId}`, e);
    return null;
  }
}

async function read(state: State, ctx: Ctx): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return state;
  if (!state.app_id || !state.connector_id || !state.id) return null;
  if (state.client_secret) registerSecret(state.client_secret);
  try {
    const now = await observe(client, state.app_id, state.connector_id, state.id);
    if (!now) return null;
    return {
      ...fromApi(now, state.client_secret, state.rotation_triggers),
      app_id: state.app_id,
      connector_id: state.connector_id,
      revision: state.revision,
    };
  } catch (e) {
    addConductorOneError(ctx.diagnostics, `Reading credential ${state.id}`, e);
    return state;
  }
}

/** Every configurable attribute forces replacement, so an update only records the plan. */
async function update({ plan, prior }: { plan: Plan; prior: State }): Promise<State | null> {
  const out: Record<string, unknown> = { ...prior };
  for (const [k, v] of Object.entries(plan)) if (!(v instanceof Unknown)) out[k] = v;
  return out as State;
}

async function remove(state: State, ctx: Ctx): Promise<void> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client || !state.app_id || !state.connector_id || !state.id) return;
  try {
    await revokeConnectorCredential(client, state.app_id, state.connector_id, state.id);
  } catch (e) {
    if (isNotFound(e)) return; // revoked already, or its connector is gone
    addConductorOneError(ctx.diagnostics, `Revoking credential ${state.id}`, e);
  }
}

async function importCredential(
  appId: string,
  connectorId: string,
  id: string,
  ctx: Ctx,
): Promise<State | null> {
  const client = ctx.provider.conductorOne(ctx.diagnostics);
  if (!client) return null;
  try {
    const now = await observe(client, appId, connectorId, id);
    if (!now) {
      notFound(`${appId}/${connectorId}/${id}`, ctx);
      return null;
    }
    ctx.diagnostics.warning(
      'Client Secret Not Imported',
      "ConductorOne returns a credential's secret only when it is made, so client_secret is null " +
        'after import. Replace the resource (terraform apply -replace) to rotate and get a new secret.',
    );
    return { ...fromApi(now, null, null), app_id: appId, connector_id: connectorId };
  } catch (e) {
    // A missing credential is not an error here: observe returns null for it.
    addConductorOneError(ctx.diagnostics, `Importing credential ${id}`, e);
    return null;
  }
}

function notFound(what: string, ctx: Ctx): void {
  ctx.diagnostics.error(
    'ConductorOne Credential Not Found',
    `No live credential ${JSON.stringify(what)}. Import takes ${IMPORT_FORM}.`,
  );
}

export const conductorOneConnectorCredentialResource = defineResource<CredentialSchema, ProviderData>({
  typeName: 'litmos_conductorone_connector_credential',
  schema: credentialSchema,
  create,
  read,
  update,
  delete: remove,
  async importState(id, ctx) {
    const parts = id.trim().split('/');
    if (parts.length !== 3 || parts.some((p) => p.trim() === '')) {
      ctx.diagnostics.error(
        'Invalid Import ID',
        `Expected ${JSON.stringify(IMPORT_FORM)}, got ${JSON.stringify(id)}. Example: terraform import ` +
          'litmos_conductorone_connector_credential.x app123/conn456/cred789',
      );
      return null;
    }
    return importCredential(parts[0]!, parts[1]!, parts[2]!, ctx);
  },
  identity: {
    version: 0,
    attributes: {
      app_id: { description: 'ConductorOne app ID.', requiredForImport: true },
      connector_id: { description: 'ConductorOne connector ID.', requiredForImport: true },
      id: { description: 'ConductorOne credential ID.', requiredForImport: true },
    },
    fromModel: (m) => ({
      app_id: typeof m.app_id === 'string' ? m.app_id : null,
      connector_id: typeof m.connector_id === 'string' ? m.connector_id : null,
      id: typeof m.id === 'string' ? m.id : null,
    }),
  },
  async importByIdentity(identity, ctx) {
    return identity.app_id && identity.connector_id && identity.id
      ? importCredential(identity.app_id, identity.connector_id, identity.id, ctx)
      : null;
  },
});

/** The credential as it is now, or null when it is revoked or gone. */
async function observe(
  client: ConductorOneClient,
  appId: string,
  connectorId: string,
  id: string,
): Promise<ConnectorCredential | null> {
  try {
    const credential = await getConnectorCredential(client, appId, connectorId, id);
    return credential.deletedAt ? null : credential;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

function fromApi(
  c: ConnectorCredential,
  clientSecret: string | null,
  rotationTriggers: Record<string, string> | null,
): State {
  const created = c.createdAt === undefined ? NaN : Date.parse(c.createdAt);
  return {
    id: c.id,
    app_id: c.appId,
    connector_id: c.connectorId,
    rotation_triggers: rotationTriggers,
    client_id: c.clientId,
    client_secret: clientSecret,
    display_name: c.displayName ?? null,
    create_time: c.createdAt ?? null,
    expire_time: c.expiresTime ?? null,
    revision: Number.isFinite(created) ? created : null,
  };
}
