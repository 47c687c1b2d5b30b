/**
 * List resources (Terraform ≥ 1.14 `list` blocks, `terraform query`): ListResource streams one
 * event per listed object; ValidateListResourceConfig checks the `config` block. Servers without
 * list resources answer "not supported".
 */
import type { ProviderServer } from '../../framework/protocol.js';
import { bugDiagnostic } from '../diagnostics.js';
import { int64, str, type ProviderHandlers, type RequestOf, type ResponseOf } from './types.js';
import { unary, type RpcContext } from './unary.js';
import { unsupportedServerStream, unsupportedUnary } from './unsupported.js';

const FEATURE = 'List Resources';

export function listResourceHandlers(
  server: ProviderServer,
  ctx: RpcContext,
): Pick<ProviderHandlers, 'ListResource' | 'ValidateListResourceConfig'> {
  const validate = server.validateListResourceConfig?.bind(server);
  const list = server.listResource?.bind(server);
  return {
    ListResource: list
      ? (call) => {
          const req = call.request as RequestOf<'ListResource'>;
          ctx.log.trace('rpc start', { rpc: 'ListResource' });
          void (async () => {
            try {
              for await (const event of list({
                type_name: str(req.type_name),
                config: req.config,
                include_resource_object: req.include_resource_object ?? false,
                limit: int64(req.limit as string | undefined),
              })) {
                if (call.cancelled) break;
                call.write(event as ResponseOf<'ListResource'>);
              }
            } catch (err: unknown) {
              ctx.log.error('provider bug: exception escaped the framework', {
                rpc: 'ListResource',
                error: err,
              });
              call.write({ diagnostic: [bugDiagnostic('ListResource', err)] });
            }
            call.end();
            ctx.log.trace('rpc done', { rpc: 'ListResource' });
          })();
        }
      : unsupportedServerStream(ctx, FEATURE, 'ListResource', (d) => ({ diagnostic: [d] })),
    ValidateListResourceConfig: validate
      ? unary(
          ctx,
          'ValidateListResourceConfig',
          (req: RequestOf<'ValidateListResourceConfig'>) =>
            validate({
              type_name: str(req.type_name),
              config: req.config,
              include_resource_object: req.include_resource_object,
              limit: req.limit,
            }),
          (err) => ({ diagnostics: [bugDiagnostic('ValidateListResourceConfig', err)] }),
        )
      : unsupportedUnary(ctx, FEATURE, 'ValidateListResourceConfig', (d) => ({ diagnostics: [d] })),
  };
}
