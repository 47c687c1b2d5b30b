/**
 * Connector credentials in the simulator: rotate (make a new one), get, revoke. A rotated
 * credential is a real client of the simulator's token endpoint (`BATON_CLIENT_ID` /
 * `BATON_CLIENT_SECRET` mint tokens exactly as a connector process would); revoking it, or
 * deleting its connector, makes the token endpoint refuse it.
 */
import { randomBytes } from 'node:crypto';

import { generateClientCredentials } from '../../conductorone/testing.js';
import { ApiError, type ApiRoute } from './api.js';
import type { AuthServer } from './auth.js';
import { newId, type ConductorOneStore } from './store.js';

export interface SimCredential {
  readonly id: string;
  readonly appId: string;
  readonly connectorId: string;
  readonly clientId: string;
  readonly displayName: string;
  readonly createdAt: string;
  updatedAt: string;
  revokedAt?: string;
}

/** Credentials by ID; tests read it to check what was issued and revoked. */
export class CredentialStore {
  readonly credentials = new Map<string, SimCredential>();

  /** Credentials of the connector that are not revoked. */
  liveOf(connectorId: string): SimCredential[] {
    return [...this.credentials.values()].filter(
      (c) => c.connectorId === connectorId && c.revokedAt === undefined,
    );
  }
}

export interface CredentialRouteParts {
  readonly store: ConductorOneStore;
  readonly credentials: CredentialStore;
  readonly auth: AuthServer;
  /** Host inside issued client IDs (`<id>@<host>/ccc`). */
  readonly host: string;
}

const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} not found`);
const invalid = (message: string): ApiError => new ApiError(400, 'invalid_argument', message);

export function credentialRoutes(parts: CredentialRouteParts): ApiRoute[] {
  const { store, credentials, auth } = parts;

  /** A live credential of a live connector; a credential of a deleted connector is revoked now. */
  const live = (appId = '', connectorId = '', id = ''): SimCredential => {
    const credential = credentials.credentials.get(id);
    if (
      credential === undefined ||
      credential.appId !== appId ||
      credential.connectorId !== connectorId ||
      credential.revokedAt !== undefined
    )
      throw notFound('credential');
    if (store.liveConnector(appId, connectorId) === undefined) {
      revoke(credential);
      throw notFound('credential');
    }
    return credential;
  };

  const revoke = (credential: SimCredential): void => {
    const at = store.timestamp();
    credential.revokedAt = at;
    credential.updatedAt = at;
    auth.unregister(credential.clientId);
  };

  return [
    {
      method: 'POST',
      template: '/api/v1/apps/connectors/credentials',
      handle: async ({ body, caller }) => {
        const input = isRecord(body) ? body : {};
        const appId = typeof input.appId === 'string' ? input.appId : '';
        const connectorId = typeof input.connectorId === 'string' ? input.connectorId : '';
        if (appId === '' || connectorId === '') throw invalid('appId and connectorId are required');
        if (store.liveConnector(appId, connectorId) === undefined) throw notFound('connector');
        const id = newId();
        const generated = await generateClientCredentials(parts.host);
        const clientId = generated.clientId.replace(/\/spc$/, '/ccc');
        auth.register({
          clientId,
          publicJwk: generated.publicJwk,
          userId: caller.userId,
          clientSecret: generated.clientSecret,
          // Deleting the connector (or its app) ends its credentials too.
          active: () =>
            credentials.credentials.get(id)?.revokedAt === undefined &&
            store.liveConnector(appId, connectorId) !== undefined,
        });
        const at = store.timestamp();
        const credential: SimCredential = {
          id,
          appId,
          connectorId,
          clientId,
          displayName: `credential-${randomBytes(3).toString('hex')}`,
          createdAt: at,
          updatedAt: at,
        };
        credentials.credentials.set(credential.id, credential);
        return { connectorCredential: render(credential), clientSecret: generated.clientSecret };
      },
    },
    {
      method: 'GET',
      template: '/api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}',
      handle: ({ params }) => ({
        connectorCredential: render(live(params.app_id, params.connector_id, params.id)),
      }),
    },
    {
      method: 'POST',
      template: '/api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}',
      handle: ({ params }) => {
        revoke(live(params.app_id, params.connector_id, params.id));
        return {};
      },
    },
  ];
}

/** Proto3 style: every field present, timestamps RFC 3339, null when unset. */
function render(credential: SimCredential): Record<string, unknown> {
  return {
    id: credential.id,
    appId: credential.appId,
    connectorId: credential.connectorId,
    clientId: credential.clientId,
    displayName: credential.displayName,
    createdAt: credential.createdAt,
    updatedAt: credential.updatedAt,
    expiresTime: null,
    lastUsedAt: null,
    deletedAt: credential.revokedAt ?? null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
