/** State stores (Terraform 1.13+/1.15+, experimental): not offered by the litmos provider. */
import type { ProviderHandlers } from './types.js';
import type { RpcContext } from './unary.js';
import { unsupportedClientStream, unsupportedServerStream, unsupportedUnary } from './unsupported.js';

const FEATURE = 'State Stores';

type StateStoreRpc =
  | 'ValidateStateStoreConfig'
  | 'ConfigureStateStore'
  | 'ReadStateBytes'
  | 'WriteStateBytes'
  | 'LockState'
  | 'UnlockState'
  | 'GetStates'
  | 'DeleteState';

export function stateStoreHandlers(ctx: RpcContext): Pick<ProviderHandlers, StateStoreRpc> {
  return {
    ValidateStateStoreConfig: unsupportedUnary(ctx, FEATURE, 'ValidateStateStoreConfig', (d) => ({
      diagnostics: [d],
    })),
    ConfigureStateStore: unsupportedUnary(ctx, FEATURE, 'ConfigureStateStore', (d) => ({ diagnostics: [d] })),
    ReadStateBytes: unsupportedServerStream(ctx, FEATURE, 'ReadStateBytes', (d) => ({ diagnostics: [d] })),
    WriteStateBytes: unsupportedClientStream(ctx, FEATURE, 'WriteStateBytes', (d) => ({ diagnostics: [d] })),
    LockState: unsupportedUnary(ctx, FEATURE, 'LockState', (d) => ({ diagnostics: [d] })),
    UnlockState: unsupportedUnary(ctx, FEATURE, 'UnlockState', (d) => ({ diagnostics: [d] })),
    GetStates: unsupportedUnary(ctx, FEATURE, 'GetStates', (d) => ({ state_id: [], diagnostics: [d] })),
    DeleteState: unsupportedUnary(ctx, FEATURE, 'DeleteState', (d) => ({ diagnostics: [d] })),
  };
}
