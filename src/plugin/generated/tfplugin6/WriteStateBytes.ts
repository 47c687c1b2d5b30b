// Original file: proto/tfplugin6.proto

import type { RequestChunkMeta as _tfplugin6_RequestChunkMeta, RequestChunkMeta__Output as _tfplugin6_RequestChunkMeta__Output } from '../tfplugin6/RequestChunkMeta.js';
import type { StateRange as _tfplugin6_StateRange, StateRange__Output as _tfplugin6_StateRange__Output } from '../tfplugin6/StateRange.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_WriteStateBytes_RequestChunk {
  'meta'?: (_tfplugin6_RequestChunkMeta | null);
  'bytes'?: (Buffer | Uint8Array | string);
  'total_length'?: (number | string | Long);
  'range'?: (_tfplugin6_StateRange | null);
  '_meta'?: "meta";
}

export interface _tfplugin6_WriteStateBytes_RequestChunk__Output {
  'meta'?: (_tfplugin6_RequestChunkMeta__Output);
  'bytes'?: (Buffer);
  'total_length'?: (string);
  'range'?: (_tfplugin6_StateRange__Output);
  '_meta'?: "meta";
}

export interface _tfplugin6_WriteStateBytes_Response {
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_WriteStateBytes_Response__Output {
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface WriteStateBytes {
}

export interface WriteStateBytes__Output {
}
