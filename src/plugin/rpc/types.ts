/** Request and response types of each tfplugin6 RPC, read off the generated handler interface. */
import type * as grpc from '@grpc/grpc-js';
import type { ProviderHandlers } from '../generated/tfplugin6/Provider.js';

export type { ProviderHandlers };
export type RpcName = keyof ProviderHandlers & string;

/** The decoded request grpc-js hands to the handler of `N`. */
export type RequestOf<N extends RpcName> =
  ProviderHandlers[N] extends grpc.handleUnaryCall<infer Q, infer _R>
    ? Q
    : ProviderHandlers[N] extends grpc.handleServerStreamingCall<infer Q, infer _R>
      ? Q
      : ProviderHandlers[N] extends grpc.handleClientStreamingCall<infer Q, infer _R>
        ? Q
        : never;

/** The response (or stream element) the handler of `N` sends. */
export type ResponseOf<N extends RpcName> =
  ProviderHandlers[N] extends grpc.handleUnaryCall<infer _Q, infer R>
    ? R
    : ProviderHandlers[N] extends grpc.handleServerStreamingCall<infer _Q, infer R>
      ? R
      : ProviderHandlers[N] extends grpc.handleClientStreamingCall<infer _Q, infer R>
        ? R
        : never;

/** Proto3 strings default to "" when absent on the wire. */
export const str = (value: string | undefined): string => value ?? '';
/** int64 values arrive as decimal strings (`longs: String`); absent means zero. */
export const int64 = (value: string | undefined): string => value ?? '0';
