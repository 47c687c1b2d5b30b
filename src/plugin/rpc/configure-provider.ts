/** ConfigureProvider: delegated to the framework. */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function configureProvider(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ConfigureProvider'] {
  return unary(
    ctx,
    'ConfigureProvider',
    (req: RequestOf<'ConfigureProvider'>) =>
      server.configureProvider({
        terraform_version: str(req.terraform_version),
        config: req.config,
        client_capabilities: req.client_capabilities,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('ConfigureProvider', err)] }),
  );
}
