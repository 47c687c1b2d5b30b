/**
 * The managed-resource lifecycle RPCs: ReadResource, PlanResourceChange, ApplyResourceChange and
 * ImportResourceState, each delegated to the framework.
 */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { str, type ProviderHandlers, type RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';

export function readResource(server: ProviderServer, ctx: RpcContext): ProviderHandlers['ReadResource'] {
  return unary(
    ctx,
    'ReadResource',
    (req: RequestOf<'ReadResource'>) =>
      server.readResource({
        type_name: str(req.type_name),
        current_state: req.current_state,
        private: req.private,
        provider_meta: req.provider_meta,
        client_capabilities: req.client_capabilities,
        current_identity: req.current_identity,
      }),
    // Echo what Terraform holds, so a bug never looks like a deleted object.
    (err, req) => ({
      new_state: req.current_state,
      private: req.private,
      diagnostics: [bugDiagnostic('ReadResource', err)],
    }),
  );
}

export function planResourceChange(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['PlanResourceChange'] {
  return unary(
    ctx,
    'PlanResourceChange',
    (req: RequestOf<'PlanResourceChange'>) =>
      server.planResourceChange({
        type_name: str(req.type_name),
        prior_state: req.prior_state,
        proposed_new_state: req.proposed_new_state,
        config: req.config,
        prior_private: req.prior_private,
        provider_meta: req.provider_meta,
        client_capabilities: req.client_capabilities,
        prior_identity: req.prior_identity,
      }),
    (err) => ({ diagnostics: [bugDiagnostic('PlanResourceChange', err)] }),
  );
}

export function applyResourceChange(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ApplyResourceChange'] {
  return unary(
    ctx,
    'ApplyResourceChange',
    (req: RequestOf<'ApplyResourceChange'>) =>
      server.applyResourceChange({
        type_name: str(req.type_name),
        prior_state: req.prior_state,
        planned_state: req.planned_state,
        config: req.config,
        planned_private: req.planned_private,
        provider_meta: req.provider_meta,
        planned_identity: req.planned_identity,
      }),
    // Hand back the prior state, so Terraform keeps what it had.
    (err, req) => ({ new_state: req.prior_state, diagnostics: [bugDiagnostic('ApplyResourceChange', err)] }),
  );
}

export function importResourceState(
  server: ProviderServer,
  ctx: RpcContext,
): ProviderHandlers['ImportResourceState'] {
  return unary(
    ctx,
    'ImportResourceState',
    (req: RequestOf<'ImportResourceState'>) =>
      server.importResourceState({
        type_name: str(req.type_name),
        id: req.id,
        client_capabilities: req.client_capabilities,
        identity: req.identity,
      }),
    (err) => ({ imported_resources: [], diagnostics: [bugDiagnostic('ImportResourceState', err)] }),
  );
}
