// Original file: proto/tfplugin6.proto

import type { Schema as _tfplugin6_Schema, Schema__Output as _tfplugin6_Schema__Output } from '../tfplugin6/Schema.js';

export interface ActionSchema {
  'schema'?: (_tfplugin6_Schema | null);
}

export interface ActionSchema__Output {
  'schema'?: (_tfplugin6_Schema__Output);
}
