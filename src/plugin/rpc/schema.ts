/** GetProviderSchema, GetMetadata and GetResourceIdentitySchemas: delegated to the framework. */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import type { ProviderHandlers } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function getProviderSchema(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['GetProviderSchema'] {
  return unary(
    ctx,
    'GetProviderSchema',
    () => server.getProviderSchema(),
    (err) => ({ diagnostics: [bugDiagnostic('GetProviderSchema', err)] }),
  );
}

export function getMetadata(server: ProviderServer, ctx: RpcContext): ProviderHandlers['GetMetadata'] {
  return unary(
    ctx,
    'GetMetadata',
    () => server.getMetadata(),
    (err) => ({ diagnostics: [bugDiagnostic('GetMetadata', err)] }),
  );
}

export function getResourceIdentitySchemas(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['GetResourceIdentitySchemas'] {
  return unary(
    ctx,
    'GetResourceIdentitySchemas',
    () => server.getResourceIdentitySchemas(),
    (err) => ({ identity_schemas: {}, diagnostics: [bugDiagnostic('GetResourceIdentitySchemas', err)] }),
  );
}
