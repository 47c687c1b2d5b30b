// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { ResourceIdentityData as _tfplugin6_ResourceIdentityData, ResourceIdentityData__Output as _tfplugin6_ResourceIdentityData__Output } from '../tfplugin6/ResourceIdentityData.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_ApplyResourceChange_Request {
  'type_name'?: (string);
  'prior_state'?: (_tfplugin6_DynamicValue | null);
  'planned_state'?: (_tfplugin6_DynamicValue | null);
  'config'?: (_tfplugin6_DynamicValue | null);
  'planned_private'?: (Buffer | Uint8Array | string);
  'provider_meta'?: (_tfplugin6_DynamicValue | null);
  'planned_identity'?: (_tfplugin6_ResourceIdentityData | null);
}

export interface _tfplugin6_ApplyResourceChange_Request__Output {
  'type_name'?: (string);
  'prior_state'?: (_tfplugin6_DynamicValue__Output);
  'planned_state'?: (_tfplugin6_DynamicValue__Output);
  'config'?: (_tfplugin6_DynamicValue__Output);
  'planned_private'?: (Buffer);
  'provider_meta'?: (_tfplugin6_DynamicValue__Output);
  'planned_identity'?: (_tfplugin6_ResourceIdentityData__Output);
}

export interface _tfplugin6_ApplyResourceChange_Response {
  'new_state'?: (_tfplugin6_DynamicValue | null);
  'private'?: (Buffer | Uint8Array | string);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
  'legacy_type_system'?: (boolean);
  'new_identity'?: (_tfplugin6_ResourceIdentityData | null);
}

export interface _tfplugin6_ApplyResourceChange_Response__Output {
  'new_state'?: (_tfplugin6_DynamicValue__Output);
  'private'?: (Buffer);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
  'legacy_type_system'?: (boolean);
  'new_identity'?: (_tfplugin6_ResourceIdentityData__Output);
}

export interface ApplyResourceChange {
}

export interface ApplyResourceChange__Output {
}
