// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';

export interface ResourceIdentityData {
  'identity_data'?: (_tfplugin6_DynamicValue | null);
}

export interface ResourceIdentityData__Output {
  'identity_data'?: (_tfplugin6_DynamicValue__Output);
}
