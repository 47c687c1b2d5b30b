/**
 * The loaded protocol: service definitions for grpc-js, built from the package definition that
 * `protocol-definition.ts` parses from the generated JSON descriptor.
 */
import * as grpc from '@grpc/grpc-js';
import { protocolDefinition } from './protocol-definition.js';
import type { ProtoGrpcType as Tfplugin6Grpc } from './generated/tfplugin6.js';
import type { ProtoGrpcType as ControllerGrpc } from './generated/grpc_controller.js';
import type { ProtoGrpcType as StdioGrpc } from './generated/grpc_stdio.js';
import type { ProtoGrpcType as BrokerGrpc } from './generated/grpc_broker.js';

export { LOADER_OPTIONS } from './protocol-definition.js';

export type LoadedProtocol = Tfplugin6Grpc & ControllerGrpc & StdioGrpc & BrokerGrpc;

let loaded: LoadedProtocol | undefined;

/** Builds the service definitions once per process. */
export function loadProtocol(): LoadedProtocol {
  loaded ??= grpc.loadPackageDefinition(protocolDefinition()) as unknown as LoadedProtocol;
  return loaded;
}
