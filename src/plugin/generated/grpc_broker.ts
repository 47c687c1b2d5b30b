import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ConnInfo as _plugin_ConnInfo, ConnInfo__Output as _plugin_ConnInfo__Output } from './plugin/ConnInfo.js';
import type { GRPCBrokerClient as _plugin_GRPCBrokerClient, GRPCBrokerDefinition as _plugin_GRPCBrokerDefinition } from './plugin/GRPCBroker.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  plugin: {
    ConnInfo: MessageTypeDefinition<_plugin_ConnInfo, _plugin_ConnInfo__Output>
    GRPCBroker: SubtypeConstructor<typeof grpc.Client, _plugin_GRPCBrokerClient> & { service: _plugin_GRPCBrokerDefinition }
  }
}

