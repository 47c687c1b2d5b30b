// Original file: proto/tfplugin6.proto

import type { Long } from '@grpc/proto-loader';

export interface StateStoreClientCapabilities {
  'chunk_size'?: (number | string | Long);
}

export interface StateStoreClientCapabilities__Output {
  'chunk_size'?: (string);
}
