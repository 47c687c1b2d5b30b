// Original file: proto/tfplugin6.proto

import type { Long } from '@grpc/proto-loader';

export interface StateRange {
  'start'?: (number | string | Long);
  'end'?: (number | string | Long);
}

export interface StateRange__Output {
  'start'?: (string);
  'end'?: (string);
}
