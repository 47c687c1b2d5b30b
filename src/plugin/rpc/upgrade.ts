/** UpgradeResourceState and UpgradeResourceIdentity: delegated to the framework. */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { int64, str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function upgradeResourceState(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['UpgradeResourceState'] {
  return unary(
    ctx,
    'UpgradeResourceState',
    (req: RequestOf<'UpgradeResourceState'>) =>
      server.upgradeResourceState({
        type_name: str(req.type_name),
        version: int64(req.version),
        raw_state: req.raw_state,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('UpgradeResourceState', err)] }),
  );
}

export function upgradeResourceIdentity(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['UpgradeResourceIdentity'] {
  return unary(
    ctx,
    'UpgradeResourceIdentity',
    (req: RequestOf<'UpgradeResourceIdentity'>) =>
      server.upgradeResourceIdentity({
        type_name: str(req.type_name),
        version: int64(req.version),
        raw_identity: req.raw_identity,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('UpgradeResourceIdentity', err)] }),
  );
}
