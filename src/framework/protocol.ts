/**
 * The protocol-neutral surface of the provider server: plain TypeScript shapes of the tfplugin6
 * requests and responses that the framework answers. Field names are those of the wire contract
 * (snake_case), so that `src/plugin/` can pass messages decoded by @grpc/proto-loader
 * (`keepCase: true, enums: String, longs: String`) with little or no mapping. Nothing here knows
 * about gRPC; values stay encoded (`DynamicValue`) until the framework decodes them with the
 * schema's type through `src/tf/`.
 */

/** An encoded Terraform value: msgpack (what Terraform sends) or JSON (a fallback). */
export interface DynamicValue {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

export type WireSeverity = 'ERROR' | 'WARNING';

export type WirePathStep =
  { attribute_name: string } | { element_key_string: string } | { element_key_int: string | number };

export interface WireAttributePath {
  steps: WirePathStep[];
}

export interface WireDiagnostic {
  severity: WireSeverity;
  summary: string;
  detail?: string;
  attribute?: WireAttributePath;
}

export type WireDescriptionKind = 'PLAIN' | 'MARKDOWN';
export type WireObjectNesting = 'SINGLE' | 'LIST' | 'SET' | 'MAP';
export type WireBlockNesting = 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';

export interface WireSchemaObject {
  attributes: WireSchemaAttribute[];
  nesting: WireObjectNesting;
}

export interface WireSchemaAttribute {
  name: string;
  /** Type JSON (cty), UTF-8 bytes. Exactly one of `type` and `nested_type`. */
  type?: Uint8Array;
  nested_type?: WireSchemaObject;
  description: string;
  description_kind: WireDescriptionKind;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
  deprecation_message?: string;
}

export interface WireNestedBlock {
  type_name: string;
  block: WireSchemaBlock;
  nesting: WireBlockNesting;
  min_items: number;
  max_items: number;
}

export interface WireSchemaBlock {
  version: number;
  attributes: WireSchemaAttribute[];
  block_types: WireNestedBlock[];
  description: string;
  description_kind: WireDescriptionKind;
  deprecated: boolean;
  deprecation_message?: string;
}

export interface WireSchema {
  version: number;
  block: WireSchemaBlock;
}

export interface WireServerCapabilities {
  plan_destroy: boolean;
  get_provider_schema_optional: boolean;
  move_resource_state: boolean;
  generate_resource_config: boolean;
}

export interface WireClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface WireIdentitySchema {
  version: number;
  identity_attributes: {
    name: string;
    type: Uint8Array;
    required_for_import: boolean;
    optional_for_import: boolean;
    description: string;
  }[];
}

export interface WireRawState {
  json?: Uint8Array;
  flatmap?: Record<string, string>;
}

export interface WireIdentityData {
  identity_data?: DynamicValue;
}

export interface GetProviderSchemaResponse {
  provider: WireSchema;
  resource_schemas: Record<string, WireSchema>;
  data_source_schemas: Record<string, WireSchema>;
  ephemeral_resource_schemas: Record<string, WireSchema>;
  /** Protocol 6.10 (Terraform ≥ 1.14 `list` blocks); keyed by the managed resource type listed. */
  list_resource_schemas?: Record<string, WireSchema>;
  server_capabilities: WireServerCapabilities;
  diagnostics: WireDiagnostic[];
}

export interface GetMetadataResponse {
  server_capabilities: WireServerCapabilities;
  diagnostics: WireDiagnostic[];
  resources: { type_name: string }[];
  data_sources: { type_name: string }[];
  ephemeral_resources: { type_name: string }[];
  list_resources?: { type_name: string }[];
}

export interface GetResourceIdentitySchemasResponse {
  identity_schemas: Record<string, WireIdentitySchema>;
  diagnostics: WireDiagnostic[];
}

export interface DiagnosticsResponse {
  diagnostics: WireDiagnostic[];
}

export interface ValidateProviderConfigRequest {
  config?: DynamicValue;
}

export interface ValidateResourceConfigRequest {
  type_name: string;
  config?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
}

export interface ValidateDataResourceConfigRequest {
  type_name: string;
  config?: DynamicValue;
}

export interface ConfigureProviderRequest {
  terraform_version: string;
  config?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
}

export interface UpgradeResourceStateRequest {
  type_name: string;
  version: string | number;
  raw_state?: WireRawState;
}

export interface UpgradeResourceStateResponse {
  upgraded_state?: DynamicValue;
  diagnostics: WireDiagnostic[];
}

export interface UpgradeResourceIdentityRequest {
  type_name: string;
  version: string | number;
  raw_identity?: WireRawState;
}

export interface UpgradeResourceIdentityResponse {
  upgraded_identity?: WireIdentityData;
  diagnostics: WireDiagnostic[];
}

export interface ReadResourceRequest {
  type_name: string;
  current_state?: DynamicValue;
  private?: Uint8Array;
  provider_meta?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
  current_identity?: WireIdentityData;
}

export interface ReadResourceResponse {
  new_state?: DynamicValue;
  diagnostics: WireDiagnostic[];
  private?: Uint8Array;
  new_identity?: WireIdentityData;
}

export interface PlanResourceChangeRequest {
  type_name: string;
  prior_state?: DynamicValue;
  proposed_new_state?: DynamicValue;
  config?: DynamicValue;
  prior_private?: Uint8Array;
  provider_meta?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
  prior_identity?: WireIdentityData;
}

export interface PlanResourceChangeResponse {
  planned_state?: DynamicValue;
  requires_replace: WireAttributePath[];
  planned_private?: Uint8Array;
  diagnostics: WireDiagnostic[];
  planned_identity?: WireIdentityData;
}

export interface ApplyResourceChangeRequest {
  type_name: string;
  prior_state?: DynamicValue;
  planned_state?: DynamicValue;
  config?: DynamicValue;
  planned_private?: Uint8Array;
  provider_meta?: DynamicValue;
  planned_identity?: WireIdentityData;
}

export interface ApplyResourceChangeResponse {
  new_state?: DynamicValue;
  private?: Uint8Array;
  diagnostics: WireDiagnostic[];
  new_identity?: WireIdentityData;
}

export interface ImportResourceStateRequest {
  type_name: string;
  id?: string;
  client_capabilities?: WireClientCapabilities;
  identity?: WireIdentityData;
}

export interface ImportedResource {
  type_name: string;
  state?: DynamicValue;
  private?: Uint8Array;
  identity?: WireIdentityData;
}

export interface ImportResourceStateResponse {
  imported_resources: ImportedResource[];
  diagnostics: WireDiagnostic[];
}

export interface ReadDataSourceRequest {
  type_name: string;
  config?: DynamicValue;
  provider_meta?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
}

export interface ValidateEphemeralResourceConfigRequest {
  type_name: string;
  config?: DynamicValue;
}

export interface OpenEphemeralResourceRequest {
  type_name: string;
  config?: DynamicValue;
  client_capabilities?: WireClientCapabilities;
}

/** No `private` and no `renew_at`: this provider's ephemeral results need no renewal or close. */
export interface OpenEphemeralResourceResponse {
  result?: DynamicValue;
  diagnostics: WireDiagnostic[];
}

export interface ReadDataSourceResponse {
  state?: DynamicValue;
  diagnostics: WireDiagnostic[];
}

export interface ValidateListResourceConfigRequest {
  type_name: string;
  config?: DynamicValue;
  /** A bool value (may be unknown). */
  include_resource_object?: DynamicValue;
  /** A number value (may be unknown). */
  limit?: DynamicValue;
}

export interface ListResourceRequest {
  type_name: string;
  config?: DynamicValue;
  include_resource_object: boolean;
  /** int64 as a decimal string or number; 0 or absent means no limit was given. */
  limit?: string | number;
}

/** One streamed `ListResource.Event`. */
export interface ListResourceEvent {
  identity?: WireIdentityData;
  display_name?: string;
  resource_object?: DynamicValue;
  diagnostic: WireDiagnostic[];
}

export interface StopProviderResponse {
  Error: string;
}

/**
 * What `src/plugin/` calls. Every method resolves (never rejects) with a response whose
 * `diagnostics` carry any problem; a thrown exception is a provider bug and the plugin layer turns
 * it into one error diagnostic. RPCs not listed here (functions, Renew/CloseEphemeralResource, actions, state
 * stores, GenerateResourceConfig, MoveResourceState) are answered by the plugin layer with an
 * empty result or a "not supported" diagnostic.
 */
export interface ProviderServer {
  getProviderSchema(): Promise<GetProviderSchemaResponse>;
  getMetadata(): Promise<GetMetadataResponse>;
  getResourceIdentitySchemas(): Promise<GetResourceIdentitySchemasResponse>;
  validateProviderConfig(req: ValidateProviderConfigRequest): Promise<DiagnosticsResponse>;
  validateResourceConfig(req: ValidateResourceConfigRequest): Promise<DiagnosticsResponse>;
  validateDataResourceConfig(req: ValidateDataResourceConfigRequest): Promise<DiagnosticsResponse>;
  configureProvider(req: ConfigureProviderRequest): Promise<DiagnosticsResponse>;
  upgradeResourceState(req: UpgradeResourceStateRequest): Promise<UpgradeResourceStateResponse>;
  upgradeResourceIdentity(req: UpgradeResourceIdentityRequest): Promise<UpgradeResourceIdentityResponse>;
  readResource(req: ReadResourceRequest): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest): Promise<ImportResourceStateResponse>;
  readDataSource(req: ReadDataSourceRequest): Promise<ReadDataSourceResponse>;
  validateEphemeralResourceConfig(req: ValidateEphemeralResourceConfigRequest): Promise<DiagnosticsResponse>;
  openEphemeralResource(req: OpenEphemeralResourceRequest): Promise<OpenEphemeralResourceResponse>;
  /** Protocol 6.10; absent in servers without list resources (the plugin answers "not supported"). */
  validateListResourceConfig?(req: ValidateListResourceConfigRequest): Promise<DiagnosticsResponse>;
  /** Protocol 6.10: the listed objects, one event each; never throws (errors are event diagnostics). */
  listResource?(req: ListResourceRequest): AsyncIterable<ListResourceEvent>;
  /** Ctrl-C from Terraform: cancel in-flight work promptly. Resolves with an empty `Error` on success. */
  stopProvider(): Promise<StopProviderResponse>;
}
