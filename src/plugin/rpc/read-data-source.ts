/** ReadDataSource: delegated to the framework. */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function readDataSource(server: ProviderServer, ctx: RpcContext): ProviderHandlers['ReadDataSource'] {
  return unary(
    ctx,
    'ReadDataSource',
    (req: RequestOf<'ReadDataSource'>) =>
      server.readDataSource({
        type_name: str(req.type_name),
        config: req.config,
        provider_meta: req.provider_meta,
        client_capabilities: req.client_capabilities,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('ReadDataSource', err)] }),
  );
}
