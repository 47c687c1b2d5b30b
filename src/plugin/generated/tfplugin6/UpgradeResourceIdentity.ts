// Original file: proto/tfplugin6.proto

import type { RawState as _tfplugin6_RawState, RawState__Output as _tfplugin6_RawState__Output } from '../tfplugin6/RawState.js';
import type { ResourceIdentityData as _tfplugin6_ResourceIdentityData, ResourceIdentityData__Output as _tfplugin6_ResourceIdentityData__Output } from '../tfplugin6/ResourceIdentityData.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_UpgradeResourceIdentity_Request {
  'type_name'?: (string);
  'version'?: (number | string | Long);
  'raw_identity'?: (_tfplugin6_RawState | null);
}

export interface _tfplugin6_UpgradeResourceIdentity_Request__Output {
  'type_name'?: (string);
  'version'?: (string);
  'raw_identity'?: (_tfplugin6_RawState__Output);
}

export interface _tfplugin6_UpgradeResourceIdentity_Response {
  'upgraded_identity'?: (_tfplugin6_ResourceIdentityData | null);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_UpgradeResourceIdentity_Response__Output {
  'upgraded_identity'?: (_tfplugin6_ResourceIdentityData__Output);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface UpgradeResourceIdentity {
}

export interface UpgradeResourceIdentity__Output {
}
