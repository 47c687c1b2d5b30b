/**
 * MoveResourceState and GenerateResourceConfig: the provider does not advertise the
 * `move_resource_state` or `generate_resource_config` capabilities, so these answer "not supported".
 */
import type { ProviderHandlers } from './types.js';
import type { RpcContext } from './unary.js';
import { unsupportedUnary } from './unsupported.js';

export function moveAndGenerateHandlers(
  ctx: RpcContext,
): Pick<ProviderHandlers, 'MoveResourceState' | 'GenerateResourceConfig'> {
  return {
    MoveResourceState: unsupportedUnary(ctx, 'Cross-Resource Moves', 'MoveResourceState', (d) => ({
      diagnostics: [d],
    })),
    GenerateResourceConfig: unsupportedUnary(
      ctx,
      'Generated Resource Configurations',
      'GenerateResourceConfig',
      (d) => ({
        diagnostics: [d],
      }),
    ),
  };
}
