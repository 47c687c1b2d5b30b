/**
 * Ephemeral resources: validation and Open are delegated to the framework. Open returns no
 * `private` data and no `renew_at`, so Renew and Close have nothing to do and answer empty.
 */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function ephemeralResourceHandlers(
  server: ProviderServer,
  ctx: RpcContext,
): Pick<
  ProviderHandlers,
  | 'ValidateEphemeralResourceConfig'
  | 'OpenEphemeralResource'
  | 'RenewEphemeralResource'
  | 'CloseEphemeralResource'
> {
  return {
    ValidateEphemeralResourceConfig: unary(
      ctx,
      'ValidateEphemeralResourceConfig',
      (req: RequestOf<'ValidateEphemeralResourceConfig'>) =>
        server.validateEphemeralResourceConfig({ type_name: str(req.type_name), config: req.config }),
      (err) => ({ diagnostics: [bugDiagnostic('ValidateEphemeralResourceConfig', err)] }),
    ),
    OpenEphemeralResource: unary(
      ctx,
      'OpenEphemeralResource',
      (req: RequestOf<'OpenEphemeralResource'>) =>
        server.openEphemeralResource({
          type_name: str(req.type_name),
          config: req.config,
          client_capabilities: req.client_capabilities,
        }),
      (err) => ({ diagnostics: [bugDiagnostic('OpenEphemeralResource', err)] }),
    ),
    RenewEphemeralResource: unary(
      ctx,
      'RenewEphemeralResource',
      async () => ({ diagnostics: [] }),
      (err) => ({ diagnostics: [bugDiagnostic('RenewEphemeralResource', err)] }),
    ),
    CloseEphemeralResource: unary(
      ctx,
      'CloseEphemeralResource',
      async () => ({ diagnostics: [] }),
      (err) => ({ diagnostics: [bugDiagnostic('CloseEphemeralResource', err)] }),
    ),
  };
}
