/**
 * The `tfplugin6.Provider` service: every RPC of protocol 6.10 has a handler. Those in
 * `ProviderServer` are delegated to the framework; the others answer with an empty result or a
 * "not supported by the litmos provider" diagnostic.
 */
import type { ProviderServer } from '../framework/protocol.js';
import { actionHandlers } from './rpc/actions.js';
import { configureProvider } from './rpc/configure-provider.js';
import { ephemeralResourceHandlers } from './rpc/ephemeral.js';
import { callFunction, getFunctions } from './rpc/functions.js';
import { listResourceHandlers } from './rpc/list.js';
import { moveAndGenerateHandlers } from './rpc/move-and-generate.js';
import { readDataSource } from './rpc/read-data-source.js';
import {
  applyResourceChange,
  importResourceState,
  planResourceChange,
  readResource,
} from './rpc/resource.js';
import { getMetadata, getProviderSchema, getResourceIdentitySchemas } from './rpc/schema.js';
import { stateStoreHandlers } from './rpc/state-store.js';
import { stopProvider } from './rpc/stop-provider.js';
import type { ProviderHandlers } from './rpc/types.js';
import type { RpcContext } from './rpc/unary.js';
import { upgradeResourceIdentity, upgradeResourceState } from './rpc/upgrade.js';
import {
  validateDataResourceConfig,
  validateProviderConfig,
  validateResourceConfig,
} from './rpc/validate.js';

export function providerHandlers(server: ProviderServer, ctx: RpcContext): ProviderHandlers {
  return {
    GetMetadata: getMetadata(server, ctx),
    GetProviderSchema: getProviderSchema(server, ctx),
    GetResourceIdentitySchemas: getResourceIdentitySchemas(server, ctx),
    ValidateProviderConfig: validateProviderConfig(server, ctx),
    ValidateResourceConfig: validateResourceConfig(server, ctx),
    ValidateDataResourceConfig: validateDataResourceConfig(server, ctx),
    UpgradeResourceState: upgradeResourceState(server, ctx),
    UpgradeResourceIdentity: upgradeResourceIdentity(server, ctx),
    ConfigureProvider: configureProvider(server, ctx),
    ReadResource: readResource(server, ctx),
    PlanResourceChange: planResourceChange(server, ctx),
    ApplyResourceChange: applyResourceChange(server, ctx),
    ImportResourceState: importResourceState(server, ctx),
    ReadDataSource: readDataSource(server, ctx),
    StopProvider: stopProvider(server, ctx),
    GetFunctions: getFunctions(ctx),
    CallFunction: callFunction(ctx),
    ...moveAndGenerateHandlers(ctx),
    ...ephemeralResourceHandlers(server, ctx),
    ...listResourceHandlers(server, ctx),
    ...actionHandlers(ctx),
    ...stateStoreHandlers(ctx),
  };
}
