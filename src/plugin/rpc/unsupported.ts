/**
 * Helpers for RPCs of features the litmos provider does not offer: each answers with a
 * "not supported by the litmos provider" error diagnostic, never with UNIMPLEMENTED.
 */
import type * as grpc from '@grpc/grpc-js';
import type { WireDiagnostic } from '../../framework/protocol.js';
import { notSupportedDiagnostic } from '../diagnostics.js';
import type { RpcContext } from './unary.js';

/** A unary handler whose answer is built from the one "not supported" diagnostic. */
export function unsupportedUnary<Req, Res>(
  ctx: RpcContext,
  feature: string,
  rpc: string,
  respond: (diag: WireDiagnostic) => Res,
): grpc.handleUnaryCall<Req, Res> {
  return (_call, callback) => {
    ctx.log.debug('unsupported RPC called', { rpc });
    callback(null, respond(notSupportedDiagnostic(feature, rpc)));
  };
}

/** A server-streaming handler that sends one message carrying the diagnostic, then ends. */
export function unsupportedServerStream<Req, Res>(
  ctx: RpcContext,
  feature: string,
  rpc: string,
  respond: (diag: WireDiagnostic) => Res,
): grpc.handleServerStreamingCall<Req, Res> {
  return (call) => {
    ctx.log.debug('unsupported RPC called', { rpc });
    call.write(respond(notSupportedDiagnostic(feature, rpc)));
    call.end();
  };
}

/** A client-streaming handler that drains what the client sends, then answers with the diagnostic. */
export function unsupportedClientStream<Req, Res>(
  ctx: RpcContext,
  feature: string,
  rpc: string,
  respond: (diag: WireDiagnostic) => Res,
): grpc.handleClientStreamingCall<Req, Res> {
  return (call, callback) => {
    ctx.log.debug('unsupported RPC called', { rpc });
    let answered = false;
    const answer = (): void => {
      if (answered) return;
      answered = true;
      callback(null, respond(notSupportedDiagnostic(feature, rpc)));
    };
    call.on('data', () => undefined);
    call.on('end', answer);
    call.on('error', (err: Error) => ctx.log.debug('client stream ended with an error', { rpc, error: err }));
  };
}
