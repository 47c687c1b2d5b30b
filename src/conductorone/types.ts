/**
 * ConductorOne API objects, with the API's own (lowerCamelCase) field names. Only the fields
 * this project reads or writes are typed strictly; the API sends many more, and proto3 JSON
 * emits zero values, so every read field is optional unless the API always sends it.
 */

/** RFC 3339 timestamp as sent by the API. */
export type Timestamp = string;

export interface User {
  readonly id: string;
  readonly email?: string;
  readonly displayName?: string;
  readonly username?: string;
  readonly status?: string;
  readonly createdAt?: Timestamp;
  readonly updatedAt?: Timestamp;
  readonly deletedAt?: Timestamp | null;
}

export interface App {
  readonly id: string;
  readonly displayName: string;
  readonly description?: string;
  readonly createdAt?: Timestamp;
  readonly updatedAt?: Timestamp;
  readonly deletedAt?: Timestamp | null;
  readonly grantPolicyId?: string;
  readonly revokePolicyId?: string;
  readonly certifyPolicyId?: string;
  readonly identityMatching?: string;
  readonly instructions?: string;
  readonly monthlyCostUsd?: number;
  readonly appAccountId?: string;
  readonly appAccountName?: string;
  readonly connectorVersion?: number;
  readonly defaultRequestCatalogId?: string;
  readonly isDirectory?: boolean;
  readonly isManuallyManaged?: boolean;
  readonly parentAppId?: string;
  readonly iconUrl?: string;
  readonly logoUri?: string;
  /** int64 as a string. */
  readonly userCount?: string;
  readonly strictAccessEntitlementProvisioning?: boolean;
  readonly enableConnectorSourcedOwnership?: boolean;
}

/** Body of `POST /api/v1/apps`. */
export interface CreateAppRequest {
  readonly displayName: string;
  readonly description?: string;
  readonly grantPolicyId?: string;
  readonly revokePolicyId?: string;
  readonly certifyPolicyId?: string;
  readonly identityMatching?: string;
  readonly instructions?: string;
  readonly monthlyCostUsd?: number;
  /** User IDs of the first owners. */
  readonly owners?: readonly string[];
  readonly strictAccessEntitlementProvisioning?: boolean;
}

/** The `app` of `POST /api/v1/apps/{id}` (no update mask is sent, as the official provider does). */
export interface AppInput {
  readonly displayName: string;
  readonly description?: string;
  readonly grantPolicyId?: string;
  readonly revokePolicyId?: string;
  readonly certifyPolicyId?: string;
  readonly identityMatching?: string;
  readonly instructions?: string;
  readonly monthlyCostUsd?: number;
  readonly strictAccessEntitlementProvisioning?: boolean;
}

/** One configuration value. Litmos uses `stringValue` only. */
export interface StringConfigValue {
  readonly stringValue: string;
}

/** Any connector config as the API returns it: an `@type` and free-form properties. */
export interface ConnectorConfig {
  readonly '@type': string;
  readonly [property: string]: unknown;
}

/** `type.googleapis.com/c1.api.app.v1.EnvConfig`: a flat map of named values. */
export interface EnvConnectorConfig extends ConnectorConfig {
  readonly '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig';
  readonly configuration: Readonly<Record<string, StringConfigValue>>;
}

export type SyncStatus =
  | 'SYNC_STATUS_UNSPECIFIED'
  | 'SYNC_STATUS_RUNNING'
  | 'SYNC_STATUS_DONE'
  | 'SYNC_STATUS_ERROR'
  | 'SYNC_STATUS_DISABLED';

export interface ConnectorStatus {
  readonly status?: SyncStatus;
  readonly startedAt?: Timestamp | null;
  readonly completedAt?: Timestamp | null;
  readonly updatedAt?: Timestamp | null;
  readonly lastError?: string;
}

export interface Connector {
  readonly id: string;
  readonly appId: string;
  readonly catalogId?: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly userIds?: readonly string[];
  readonly config?: ConnectorConfig | null;
  readonly createdAt?: Timestamp;
  readonly updatedAt?: Timestamp;
  /** Non-null once the connector has been deleted. */
  readonly deletedAt?: Timestamp | null;
  readonly configUpdatedAt?: Timestamp | null;
  readonly status?: ConnectorStatus;
}

export interface ConnectorView {
  readonly connector: Connector;
  readonly appPath?: string;
  readonly usersPath?: string;
  readonly capabilitiesPath?: string;
}

/** Response of connector create, get and update. */
export interface ConnectorResponse {
  readonly connectorView: ConnectorView;
  readonly expanded?: readonly unknown[];
}

/** Body of `POST /api/v1/apps/{app_id}/connectors/create` (no `displayName` field exists here). */
export interface CreateConnectorRequest {
  readonly catalogId: string;
  readonly userIds?: readonly string[];
  readonly description?: string;
  readonly config: ConnectorConfig;
}

/** Body of `POST /api/v1/apps/{app_id}/connectors`: a connector still waiting for its config. */
export interface CreateDelegatedConnectorRequest {
  readonly catalogId: string;
  readonly displayName?: string;
  readonly userIds?: readonly string[];
  readonly description?: string;
}

/** The `connector` of an update request. */
export interface ConnectorInput {
  readonly id: string;
  readonly appId: string;
  readonly catalogId?: string;
  readonly displayName?: string;
  readonly description?: string;
  readonly userIds?: readonly string[];
  readonly config?: ConnectorConfig;
}

/** Field-mask paths the connector update calls understand. */
export type ConnectorUpdatePath = 'config' | 'displayName' | 'description' | 'userIds';

/** One page of a list call. */
export interface Page<T> {
  readonly list: readonly T[];
  /** Empty on the last page. */
  readonly nextPageToken: string;
}
