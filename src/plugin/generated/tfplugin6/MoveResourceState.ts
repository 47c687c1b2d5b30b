// Original file: proto/tfplugin6.proto

import type { RawState as _tfplugin6_RawState, RawState__Output as _tfplugin6_RawState__Output } from '../tfplugin6/RawState.js';
import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { ResourceIdentityData as _tfplugin6_ResourceIdentityData, ResourceIdentityData__Output as _tfplugin6_ResourceIdentityData__Output } from '../tfplugin6/ResourceIdentityData.js';
import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_MoveResourceState_Request {
  'source_provider_address'?: (string);
  'source_type_name'?: (string);
  'source_schema_version'?: (number | string | Long);
  'source_state'?: (_tfplugin6_RawState | null);
  'target_type_name'?: (string);
  'source_private'?: (Buffer | Uint8Array | string);
  'source_identity'?: (_tfplugin6_RawState | null);
  'source_identity_schema_version'?: (number | string | Long);
}

export interface _tfplugin6_MoveResourceState_Request__Output {
  'source_provider_address'?: (string);
  'source_type_name'?: (string);
  'source_schema_version'?: (string);
  'source_state'?: (_tfplugin6_RawState__Output);
  'target_type_name'?: (string);
  'source_private'?: (Buffer);
  'source_identity'?: (_tfplugin6_RawState__Output);
  'source_identity_schema_version'?: (string);
}

export interface _tfplugin6_MoveResourceState_Response {
  'target_state'?: (_tfplugin6_DynamicValue | null);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
  'target_private'?: (Buffer | Uint8Array | string);
  'target_identity'?: (_tfplugin6_ResourceIdentityData | null);
}

export interface _tfplugin6_MoveResourceState_Response__Output {
  'target_state'?: (_tfplugin6_DynamicValue__Output);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
  'target_private'?: (Buffer);
  'target_identity'?: (_tfplugin6_ResourceIdentityData__Output);
}

export interface MoveResourceState {
}

export interface MoveResourceState__Output {
}
