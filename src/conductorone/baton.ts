/**
 * The self-hosted ("Baton") side of ConductorOne, on top of the client: a Baton connector on an
 * app (the "Baton" catalog entry, created without configuration because the connector process
 * itself holds the settings), and the client credentials such a connector signs in with.
 *
 * Credential calls (ConductorOne's OpenAPI document, `c1.api.app.v1.ConnectorService`):
 * - rotate: `POST /api/v1/apps/connectors/credentials` `{appId, connectorId}` →
 *   `{connectorCredential, clientSecret}`; every call makes a new credential, and the secret is
 *   returned by this call only;
 * - get: `GET /api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}` →
 *   `{connectorCredential}` (the response field name is inferred from the rotate response);
 * - revoke: `POST` to the same path with `{}` → `{}`.
 * Both get and revoke declare a 404 case.
 */
import type { ConductorOneClient } from './client.js';
import { ConductorOneError, configError } from './errors.js';
import type { Connector } from './types.js';

/** The catalog entry of self-hosted (Baton) connectors, as the official provider hard-codes it. */
export const BATON_CATALOG_ID = '2HErg7BRmNdHgX8sTCWVq4E1fyh';

export interface BatonConnectorInput {
  readonly appId: string;
  /** Owners; empty or absent lets the API default to the calling user. */
  readonly userIds?: readonly string[];
  readonly displayName?: string;
  readonly description?: string;
}

export interface BatonConnector {
  readonly id: string;
  readonly appId: string;
  readonly catalogId?: string;
  readonly userIds: readonly string[];
  /** Absent when the API holds an empty value. */
  readonly displayName?: string;
  readonly description?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  /** Set when the API reports the connector deleted. */
  readonly deletedAt?: string;
}

/** Fields a Baton connector update may change. */
export type BatonConnectorField = 'userIds' | 'displayName' | 'description';

export async function createBatonConnector(
  client: ConductorOneClient,
  input: BatonConnectorInput,
): Promise<BatonConnector> {
  return toBatonConnector(
    await client.createDelegatedConnector(input.appId, {
      catalogId: BATON_CATALOG_ID,
      ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
      ...(input.description === undefined ? {} : { description: input.description }),
      userIds: input.userIds,
    }),
  );
}

/** The connector, or a `NOT_FOUND` error. */
export async function readBatonConnector(
  client: ConductorOneClient,
  appId: string,
  id: string,
): Promise<BatonConnector> {
  return toBatonConnector(await client.getConnector(appId, id));
}

/** Changes `fields` through the delegated update, the one whose mask covers owners. */
export async function updateBatonConnector(
  client: ConductorOneClient,
  input: BatonConnectorInput & { readonly id: string },
  fields: readonly BatonConnectorField[],
): Promise<BatonConnector> {
  return toBatonConnector(
    await client.updateDelegatedConnector(
      {
        id: input.id,
        appId: input.appId,
        catalogId: BATON_CATALOG_ID,
        displayName: input.displayName ?? '',
        description: input.description ?? '',
        userIds: input.userIds,
      },
      fields,
    ),
  );
}

export async function deleteBatonConnector(
  client: ConductorOneClient,
  appId: string,
  id: string,
): Promise<void> {
  await client.deleteConnector(appId, id);
}

export function toBatonConnector(connector: Connector): BatonConnector {
  return {
    id: connector.id,
    appId: connector.appId,
    ...(nonEmpty(connector.catalogId) ? { catalogId: connector.catalogId } : {}),
    userIds: [...(connector.userIds ?? [])],
    ...(nonEmpty(connector.displayName) ? { displayName: connector.displayName } : {}),
    ...(nonEmpty(connector.description) ? { description: connector.description } : {}),
    ...(nonEmpty(connector.createdAt) ? { createdAt: connector.createdAt } : {}),
    ...(nonEmpty(connector.updatedAt) ? { updatedAt: connector.updatedAt } : {}),
    ...(nonEmpty(connector.deletedAt) ? { deletedAt: connector.deletedAt } : {}),
  };
}

// ---- connector credentials ----

/** A connector's client credential, without its secret. */
export interface ConnectorCredential {
  readonly id: string;
  readonly appId: string;
  readonly connectorId: string;
  /** `BATON_CLIENT_ID` of the connector process. */
  readonly clientId: string;
  readonly displayName?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly expiresTime?: string;
  readonly lastUsedAt?: string;
  readonly deletedAt?: string;
}

export interface RotatedCredential {
  readonly credential: ConnectorCredential;
  /** `BATON_CLIENT_SECRET`; returned by the rotate call only, never again. */
  readonly clientSecret: string;
}

export const ROTATE_CREDENTIAL_PATH = '/api/v1/apps/connectors/credentials';

/** Makes a new credential for the connector ("Rotate" in the ConductorOne UI). */
export async function rotateConnectorCredential(
  client: ConductorOneClient,
  appId: string,
  connectorId: string,
): Promise<RotatedCredential> {
  const where = `POST ${ROTATE_CREDENTIAL_PATH}`;
  pathSegment(appId);
  pathSegment(connectorId);
  const body = await client.call({
    method: 'POST',
    path: ROTATE_CREDENTIAL_PATH,
    json: { appId, connectorId },
  });
  const secret = isRecord(body) ? body.clientSecret : undefined;
  if (typeof secret !== 'string' || secret === '') throw malformed(where, 'no clientSecret');
  return {
    credential: credentialFrom(isRecord(body) ? body.connectorCredential : undefined, where),
    clientSecret: secret,
  };
}

/** The credential (possibly with `deletedAt` set), or a `NOT_FOUND` error. */
export async function getConnectorCredential(
  client: ConductorOneClient,
  appId: string,
  connectorId: string,
  id: string,
): Promise<ConnectorCredential> {
  const path = credentialPath(appId, connectorId, id);
  const body = await client.call({ method: 'GET', path });
  return credentialFrom(isRecord(body) ? body.connectorCredential : undefined, `GET ${path}`);
}

/** Revokes the credential: the connector process can no longer sign in with it. */
export async function revokeConnectorCredential(
  client: ConductorOneClient,
  appId: string,
  connectorId: string,
  id: string,
): Promise<void> {
  await client.call({ method: 'POST', path: credentialPath(appId, connectorId, id), json: {} });
}

function credentialPath(appId: string, connectorId: string, id: string): string {
  return `/api/v1/apps/${pathSegment(appId)}/connectors/${pathSegment(connectorId)}/credentials/${pathSegment(id)}`;
}

function credentialFrom(value: unknown, where: string): ConnectorCredential {
  if (!isRecord(value)) throw malformed(where, 'no connectorCredential');
  const { id, appId, connectorId, clientId } = value;
  if (typeof id !== 'string' || id === '') throw malformed(where, 'connectorCredential has no id');
  if (typeof clientId !== 'string' || clientId === '')
    throw malformed(where, 'connectorCredential has no clientId');
  const text = (field: string): Record<string, string> => {
    const v = value[field];
    return typeof v === 'string' && v !== '' ? { [field]: v } : {};
  };
  return {
    id,
    clientId,
    appId: typeof appId === 'string' ? appId : '',
    connectorId: typeof connectorId === 'string' ? connectorId : '',
    ...text('displayName'),
    ...text('createdAt'),
    ...text('updatedAt'),
    ...text('expiresTime'),
    ...text('lastUsedAt'),
    ...text('deletedAt'),
  };
}

function pathSegment(value: string): string {
  if (value === '') throw configError('an ID in the request path is empty');
  return encodeURIComponent(value);
}

function malformed(where: string, what: string): ConductorOneError {
  return new ConductorOneError('SERVER', `ConductorOne ${where} returned a malformed response: ${what}`, {
    status: 200,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== '';
}
