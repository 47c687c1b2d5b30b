/** StopProvider (Terraform's Ctrl-C): delegated; a failure is reported in the `Error` string. */
import type { ProviderServer } from '../../framework/protocol.js';
import { errorMessage } from '../diagnostics.js';
import type { ProviderHandlers } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function stopProvider(server: ProviderServer, ctx: RpcContext): ProviderHandlers['StopProvider'] {
  return unary(
    ctx,
    'StopProvider',
    () => server.stopProvider(),
    (err) => ({ Error: `The provider failed to stop: ${errorMessage(err)}` }),
  );
}
