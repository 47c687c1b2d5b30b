/**
 * The loaded protocol: service definitions for grpc-js, built from the generated JSON descriptor
 * (never from `.proto` text at run time). Loader options keep wire names (snake_case), enums as
 * strings, 64-bit integers as strings, no filled-in defaults, and virtual oneof fields.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protocolDescriptorJson } from './generated/descriptor.js';
import type { ProtoGrpcType as Tfplugin6Grpc } from './generated/tfplugin6.js';
import type { ProtoGrpcType as ControllerGrpc } from './generated/grpc_controller.js';
import type { ProtoGrpcType as StdioGrpc } from './generated/grpc_stdio.js';
import type { ProtoGrpcType as BrokerGrpc } from './generated/grpc_broker.js';

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  enums: String,
  longs: String,
  defaults: false,
  oneofs: true,
};

export type LoadedProtocol = Tfplugin6Grpc & ControllerGrpc & StdioGrpc & BrokerGrpc;

let loaded: LoadedProtocol | undefined;

/** Parses the embedded descriptor once per process. */
export function loadProtocol(): LoadedProtocol {
  if (!loaded) {
    const descriptor: unknown = JSON.parse(protocolDescriptorJson);
    const definition = protoLoader.fromJSON(
      descriptor as Parameters<typeof protoLoader.fromJSON>[0],
      LOADER_OPTIONS,
    );
    loaded = grpc.loadPackageDefinition(definition) as unknown as LoadedProtocol;
  }
  return loaded;
}
