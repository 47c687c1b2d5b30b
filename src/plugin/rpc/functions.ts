/** Provider functions: the litmos provider defines none. */
import type { ProviderHandlers, RequestOf } from './types.js';
import { unary, type RpcContext } from './unary.js';
import { errorMessage } from '../diagnostics.js';

export function getFunctions(ctx: RpcContext): ProviderHandlers['GetFunctions'] {
  return unary(
    ctx,
    'GetFunctions',
    async () => ({ functions: {}, diagnostics: [] }),
    () => ({ functions: {}, diagnostics: [] }),
  );
}

export function callFunction(ctx: RpcContext): ProviderHandlers['CallFunction'] {
  return unary(
    ctx,
    'CallFunction',
    async (req: RequestOf<'CallFunction'>) => ({
      error: {
        text: `The litmos provider defines no functions, so "${req.name ?? ''}" is not supported by the litmos provider.`,
      },
    }),
    (err) => ({ error: { text: errorMessage(err) } }),
  );
}
