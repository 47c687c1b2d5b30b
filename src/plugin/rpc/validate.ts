/** ValidateProviderConfig, ValidateResourceConfig and ValidateDataResourceConfig: delegated. */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function validateProviderConfig(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ValidateProviderConfig'] {
  return unary(
    ctx,
    'ValidateProviderConfig',
    (req: RequestOf<'ValidateProviderConfig'>) => server.validateProviderConfig({ config: req.config }),
    (err) => ({ diagnostics: [bugDiagnostic('ValidateProviderConfig', err)] }),
  );
}

export function validateResourceConfig(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ValidateResourceConfig'] {
  return unary(
    ctx,
    'ValidateResourceConfig',
    (req: RequestOf<'ValidateResourceConfig'>) =>
      server.validateResourceConfig({
        type_name: str(req.type_name),
        config: req.config,
        client_capabilities: req.client_capabilities,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('ValidateResourceConfig', err)] }),
  );
}

export function validateDataResourceConfig(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ValidateDataResourceConfig'] {
  return unary(
    ctx,
    'ValidateDataResourceConfig',
    (req: RequestOf<'ValidateDataResourceConfig'>) =>
      server.validateDataResourceConfig({ type_name: str(req.type_name), config: req.config }),
    (err) => ({ diagnostics: [bugDiagnostic('ValidateDataResourceConfig', err)] }),
  );
}
