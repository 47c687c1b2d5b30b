/**
 * The `conductorone_integration_litmos` lifecycle in plain terms, on top of the client: the
 * resource layer passes `{appId, userIds, settings}` and gets back what the API holds, never
 * seeing the EnvConfig envelope or the choice between configured and delegated calls.
 */
import type { ConductorOneClient } from './client.js';
import {
  buildLitmosConnectorConfig,
  LITMOS_CATALOG_ID,
  LITMOS_DISPLAY_NAME,
  parseLitmosConnectorConfig,
  type LitmosConnectorSettings,
} from './litmos-config.js';
import type { Connector } from './types.js';

export interface LitmosIntegrationInput {
  readonly appId: string;
  /** Owners; empty or absent lets the API default to the calling user. */
  readonly userIds?: readonly string[];
  readonly settings: LitmosConnectorSettings;
}

export interface LitmosIntegration {
  readonly id: string;
  readonly appId: string;
  readonly userIds: readonly string[];
  /** As held by the API; absent when the API holds no value. */
  readonly source?: string;
  readonly courseIds?: readonly string[];
  readonly createdAt?: string;
  readonly updatedAt?: string;
  /** Set when the API reports the connector deleted: drop it from state. */
  readonly deletedAt?: string;
}

/** Configured create when any setting is given, else a delegated (pending-config) create. */
export async function createLitmosIntegration(
  client: ConductorOneClient,
  input: LitmosIntegrationInput,
): Promise<LitmosIntegration> {
  const config = buildLitmosConnectorConfig(input.settings);
  const connector =
    config === undefined
      ? await client.createDelegatedConnector(input.appId, {
          catalogId: LITMOS_CATALOG_ID,
          displayName: LITMOS_DISPLAY_NAME,
          userIds: input.userIds,
        })
      : await client.createConnector(input.appId, {
          catalogId: LITMOS_CATALOG_ID,
          userIds: input.userIds,
          config,
        });
  return toIntegration(connector);
}

/** The app's Litmos connectors that are not deleted. */
export async function listLitmosIntegrations(
  client: ConductorOneClient,
  appId: string,
): Promise<LitmosIntegration[]> {
  const connectors = await client.listConnectors(appId);
  return connectors
    .filter((c) => c.catalogId === LITMOS_CATALOG_ID && !nonEmpty(c.deletedAt))
    .map(toIntegration);
}

export async function readLitmosIntegration(
  client: ConductorOneClient,
  appId: string,
  id: string,
): Promise<LitmosIntegration> {
  return toIntegration(await client.getConnector(appId, id));
}

/**
 * With settings: a `config` update that names only `config` in its mask and carries every
 * managed key (see `buildLitmosConnectorConfig`); when `userIds` is given and differs from the
 * owners the answer shows, the owners are then set through the owners API. Without settings
 * (a connector still waiting for its configuration): a delegated `displayName,userIds` update.
 */
export async function updateLitmosIntegration(
  client: ConductorOneClient,
  input: LitmosIntegrationInput & { readonly id: string },
): Promise<LitmosIntegration> {
  const config = buildLitmosConnectorConfig(input.settings, { for: 'update' });
  const base = {
    id: input.id,
    appId: input.appId,
    catalogId: LITMOS_CATALOG_ID,
    displayName: LITMOS_DISPLAY_NAME,
  };
  if (config === undefined) {
    const delegated = { ...base, userIds: input.userIds };
    return toIntegration(await client.updateDelegatedConnector(delegated, ['displayName', 'userIds']));
  }
  let connector = await client.updateConnector({ ...base, config }, ['config']);
  const wanted = input.userIds ?? [];
  if (wanted.length > 0 && !sameSet(wanted, connector.userIds ?? [])) {
    await client.setConnectorOwners(input.appId, input.id, wanted);
    connector = await client.getConnector(input.appId, input.id);
  }
  return toIntegration(connector);
}

export async function deleteLitmosIntegration(
  client: ConductorOneClient,
  appId: string,
  id: string,
): Promise<void> {
  await client.deleteConnector(appId, id);
}

export function toIntegration(connector: Connector): LitmosIntegration {
  const { source, courseIds } = parseLitmosConnectorConfig(connector.config);
  return {
    id: connector.id,
    appId: connector.appId,
    userIds: [...(connector.userIds ?? [])],
    ...(source === undefined ? {} : { source }),
    ...(courseIds === undefined ? {} : { courseIds }),
    ...(nonEmpty(connector.createdAt) ? { createdAt: connector.createdAt } : {}),
    ...(nonEmpty(connector.updatedAt) ? { updatedAt: connector.updatedAt } : {}),
    ...(nonEmpty(connector.deletedAt) ? { deletedAt: connector.deletedAt } : {}),
  };
}

function nonEmpty(value: string | null | undefined): value is string {
  return typeof value === 'string' && value !== '';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const right = new Set(b);
  return new Set(a).size === right.size && a.every((value) => right.has(value));
}
