/** Actions (Terraform 1.14+): not offered by the litmos provider. */
import type { ProviderHandlers } from './types.js';
import type { RpcContext } from './unary.js';
import { unsupportedServerStream, unsupportedUnary } from './unsupported.js';

const FEATURE = 'Actions';

export function actionHandlers(
  ctx: RpcContext,
): Pick<ProviderHandlers, 'PlanAction' | 'InvokeAction' | 'ValidateActionConfig'> {
  return {
    PlanAction: unsupportedUnary(ctx, FEATURE, 'PlanAction', (d) => ({ diagnostics: [d] })),
    InvokeAction: unsupportedServerStream(ctx, FEATURE, 'InvokeAction', (d) => ({
      completed: { diagnostics: [d] },
    })),
    ValidateActionConfig: unsupportedUnary(ctx, FEATURE, 'ValidateActionConfig', (d) => ({
      diagnostics: [d],
    })),
  };
}
