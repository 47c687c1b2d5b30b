/** List resources (Terraform 1.13+ `list` blocks): not offered by the litmos provider. */
import type { ProviderHandlers } from './types.js';
import type { RpcContext } from './unary.js';
import { unsupportedServerStream, unsupportedUnary } from './unsupported.js';

const FEATURE = 'List Resources';

export function listResourceHandlers(
  ctx: RpcContext,
): Pick<ProviderHandlers, 'ListResource' | 'ValidateListResourceConfig'> {
  return {
    ListResource: unsupportedServerStream(ctx, FEATURE, 'ListResource', (d) => ({ diagnostic: [d] })),
    ValidateListResourceConfig: unsupportedUnary(ctx, FEATURE, 'ValidateListResourceConfig', (d) => ({
      diagnostics: [d],
    })),
  };
}
