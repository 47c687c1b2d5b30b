/** Ephemeral resources: not offered by the litmos provider. */
import type { ProviderHandlers } from './types.js';
import type { RpcContext } from './unary.js';
import { unsupportedUnary } from './unsupported.js';

const FEATURE = 'Ephemeral Resources';

export function ephemeralResourceHandlers(
  ctx: RpcContext,
): Pick<
  ProviderHandlers,
  | 'ValidateEphemeralResourceConfig'
  | 'OpenEphemeralResource'
  | 'RenewEphemeralResource'
  | 'CloseEphemeralResource'
> {
  return {
    ValidateEphemeralResourceConfig: unsupportedUnary(
      ctx,
      FEATURE,
      'ValidateEphemeralResourceConfig',
      (d) => ({
        diagnostics: [d],
      }),
    ),
    OpenEphemeralResource: unsupportedUnary(ctx, FEATURE, 'OpenEphemeralResource', (d) => ({
      diagnostics: [d],
    })),
    RenewEphemeralResource: unsupportedUnary(ctx, FEATURE, 'RenewEphemeralResource', (d) => ({
      diagnostics: [d],
    })),
    CloseEphemeralResource: unsupportedUnary(ctx, FEATURE, 'CloseEphemeralResource', (d) => ({
      diagnostics: [d],
    })),
  };
}
