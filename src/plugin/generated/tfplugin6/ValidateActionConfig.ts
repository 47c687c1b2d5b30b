// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_ValidateActionConfig_Request {
  'type_name'?: (string);
  'config'?: (_tfplugin6_DynamicValue | null);
}

export interface _tfplugin6_ValidateActionConfig_Request__Output {
  'type_name'?: (string);
  'config'?: (_tfplugin6_DynamicValue__Output);
}

export interface _tfplugin6_ValidateActionConfig_Response {
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_ValidateActionConfig_Response__Output {
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface ValidateActionConfig {
}

export interface ValidateActionConfig__Output {
}
