/** The framework's implementation of `ProviderServer`: one provider definition behind every RPC. */
import type { ProviderDefinition } from '../provider.js';
import type {
  ApplyResourceChangeRequest,
  ConfigureProviderRequest,
  ImportResourceStateRequest,
  ListResourceRequest,
  PlanResourceChangeRequest,
  ProviderServer,
  ReadDataSourceRequest,
  ReadResourceRequest,
  UpgradeResourceIdentityRequest,
  UpgradeResourceStateRequest,
  OpenEphemeralResourceRequest,
  ValidateDataResourceConfigRequest,
  ValidateEphemeralResourceConfigRequest,
  ValidateListResourceConfigRequest,
  ValidateProviderConfigRequest,
  ValidateResourceConfigRequest,
} from '../protocol.js';
import {
  configureProvider,
  validateDataResourceConfig,
  validateEphemeralResourceConfig,
  validateProviderConfig,
  validateResourceConfig,
} from './config-rpcs.js';
import { ServerContext } from './context.js';
import { openEphemeralResource, readDataSource } from './data-rpc.js';
import { importResourceState } from './import-rpc.js';
import { listResource, validateListResourceConfig } from './list-rpcs.js';
import { applyResourceChange, planResourceChange, readResource } from './resource-rpcs.js';
import { getMetadata, getProviderSchema, getResourceIdentitySchemas } from './schema-rpcs.js';
import { upgradeResourceIdentity, upgradeResourceState } from './upgrade-rpcs.js';

export function createFrameworkServer<P>(provider: ProviderDefinition<P>): ProviderServer {
  const ctx = new ServerContext(provider);
  return {
    getProviderSchema: async () => getProviderSchema(ctx),
    getMetadata: async () => getMetadata(ctx),
    getResourceIdentitySchemas: async () => getResourceIdentitySchemas(ctx),
    validateProviderConfig: (req: ValidateProviderConfigRequest) => validateProviderConfig(ctx, req),
    validateResourceConfig: (req: ValidateResourceConfigRequest) => validateResourceConfig(ctx, req),
    validateDataResourceConfig: (req: ValidateDataResourceConfigRequest) =>
      validateDataResourceConfig(ctx, req),
    configureProvider: (req: ConfigureProviderRequest) => configureProvider(ctx, req),
    upgradeResourceState: async (req: UpgradeResourceStateRequest) => upgradeResourceState(ctx, req),
    upgradeResourceIdentity: async (req: UpgradeResourceIdentityRequest) => upgradeResourceIdentity(ctx, req),
    readResource: (req: ReadResourceRequest) => readResource(ctx, req),
    planResourceChange: (req: PlanResourceChangeRequest) => planResourceChange(ctx, req),
    applyResourceChange: (req: ApplyResourceChangeRequest) => applyResourceChange(ctx, req),
    importResourceState: (req: ImportResourceStateRequest) => importResourceState(ctx, req),
    readDataSource: (req: ReadDataSourceRequest) => readDataSource(ctx, req),
    validateEphemeralResourceConfig: (req: ValidateEphemeralResourceConfigRequest) =>
      validateEphemeralResourceConfig(ctx, req),
    openEphemeralResource: (req: OpenEphemeralResourceRequest) => openEphemeralResource(ctx, req),
    validateListResourceConfig: (req: ValidateListResourceConfigRequest) =>
      validateListResourceConfig(ctx, req),
    listResource: (req: ListResourceRequest) => listResource(ctx, req),
    stopProvider: async () => {
      ctx.stop();
      return { Error: '' };
    },
  };
}
