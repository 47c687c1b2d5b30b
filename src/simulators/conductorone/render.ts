/**
 * Store records → API JSON. Proto3 style: every field present, zero values included, timestamps
 * RFC 3339, `deletedAt: null` while live. Secret config values are never rendered.
 */
import type { SimApp, SimConnector, SimUser } from './store.js';

const SECRET_CONFIG_KEY = /api_key|apikey|secret|password|token/i;

export function isSecretConfigKey(key: string): boolean {
  return SECRET_CONFIG_KEY.test(key);
}

export function renderUser(user: SimUser): Record<string, unknown> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    username: user.email,
    status: user.status,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    deletedAt: null,
  };
}

export function renderApp(app: SimApp, users: ReadonlyMap<string, SimUser>): Record<string, unknown> {
  return {
    id: app.id,
    displayName: app.displayName,
    description: app.description,
    grantPolicyId: app.grantPolicyId,
    revokePolicyId: app.revokePolicyId,
    certifyPolicyId: app.certifyPolicyId,
    identityMatching: app.identityMatching,
    instructions: app.instructions,
    monthlyCostUsd: app.monthlyCostUsd,
    strictAccessEntitlementProvisioning: app.strictAccessEntitlementProvisioning,
    appAccountId: '',
    appAccountName: '',
    connectorVersion: 0,
    defaultRequestCatalogId: '',
    isDirectory: false,
    isManuallyManaged: false,
    parentAppId: '',
    iconUrl: '',
    logoUri: '',
    userCount: '0',
    appOwners: app.ownerIds.flatMap((id) => {
      const user = users.get(id);
      return user === undefined ? [] : [renderUser(user)];
    }),
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    deletedAt: app.deletedAt ?? null,
  };
}

export function renderConnector(connector: SimConnector): Record<string, unknown> {
  return {
    id: connector.id,
    appId: connector.appId,
    catalogId: connector.catalogId,
    displayName: connector.displayName,
    description: connector.description,
    userIds: [...connector.userIds],
    config: renderConfig(connector),
    createdAt: connector.createdAt,
    updatedAt: connector.updatedAt,
    deletedAt: connector.deletedAt ?? null,
    configUpdatedAt: connector.configUpdatedAt ?? null,
    syncDisabledAt: null,
    connectorApiVersion: 0,
    downloadUrl: '',
    canResumeSync: false,
    disableCheckBadSync: false,
    parallelSyncWorkerCount: 0,
    profileAllowList: [],
    profileIgnoreList: [],
    syncDisabledReason: '',
    syncDisabledCategory: '',
    status: {
      status: 'SYNC_STATUS_UNSPECIFIED',
      startedAt: null,
      completedAt: null,
      updatedAt: null,
      lastError: '',
    },
  };
}

/** `{"@type", configuration: {key: {stringValue}}}` without secret keys; null if not configured. */
function renderConfig(connector: SimConnector): Record<string, unknown> | null {
  if (connector.configType === undefined) return null;
  const configuration: Record<string, { stringValue: string }> = {};
  for (const [key, value] of Object.entries(connector.configuration)) {
    if (!isSecretConfigKey(key)) configuration[key] = { stringValue: value };
  }
  return { '@type': connector.configType, configuration };
}

/** The envelope of connector create/get/update answers. */
export function connectorResponse(connector: SimConnector): Record<string, unknown> {
  return {
    connectorView: {
      connector: renderConnector(connector),
      appPath: '',
      usersPath: '',
      capabilitiesPath: '',
    },
    expanded: [],
  };
}
