// Original file: proto/tfplugin6.proto

import type { Long } from '@grpc/proto-loader';

export interface StateStoreServerCapabilities {
  'chunk_size'?: (number | string | Long);
}

export interface StateStoreServerCapabilities__Output {
  'chunk_size'?: (string);
}
