/**
 * Wraps an async RPC body as a grpc-js unary handler that always answers with a message: a thrown
 * exception is logged and becomes the `onBug` response (normally one error diagnostic), so the
 * gRPC call itself succeeds and Terraform shows the problem as a diagnostic.
 */
import type * as grpc from '@grpc/grpc-js';
import type { Logger } from '../log.js';

export interface RpcContext {
  readonly log: Logger;
}

export function unary<Req, Res>(
  ctx: RpcContext,
  rpc: string,
  body: (req: Req) => Promise<Res>,
  onBug: (err: unknown, req: Req) => Res,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    ctx.log.trace('rpc start', { rpc });
    Promise.resolve()
      .then(() => body(call.request))
      .then(
        (res) => {
          ctx.log.trace('rpc done', { rpc });
          callback(null, res);
        },
        (err: unknown) => {
          ctx.log.error('provider bug: exception escaped the framework', { rpc, error: err });
          callback(null, onBug(err, call.request));
        },
      );
  };
}
