// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { ClientCapabilities as _tfplugin6_ClientCapabilities, ClientCapabilities__Output as _tfplugin6_ClientCapabilities__Output } from '../tfplugin6/ClientCapabilities.js';
import type { ResourceIdentityData as _tfplugin6_ResourceIdentityData, ResourceIdentityData__Output as _tfplugin6_ResourceIdentityData__Output } from '../tfplugin6/ResourceIdentityData.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { Deferred as _tfplugin6_Deferred, Deferred__Output as _tfplugin6_Deferred__Output } from '../tfplugin6/Deferred.js';

export interface _tfplugin6_ReadResource_Request {
  'type_name'?: (string);
  'current_state'?: (_tfplugin6_DynamicValue | null);
  'private'?: (Buffer | Uint8Array | string);
  'provider_meta'?: (_tfplugin6_DynamicValue | null);
  'client_capabilities'?: (_tfplugin6_ClientCapabilities | null);
  'current_identity'?: (_tfplugin6_ResourceIdentityData | null);
}

export interface _tfplugin6_ReadResource_Request__Output {
  'type_name'?: (string);
  'current_state'?: (_tfplugin6_DynamicValue__Output);
  'private'?: (Buffer);
  'provider_meta'?: (_tfplugin6_DynamicValue__Output);
  'client_capabilities'?: (_tfplugin6_ClientCapabilities__Output);
  'current_identity'?: (_tfplugin6_ResourceIdentityData__Output);
}

export interface _tfplugin6_ReadResource_Response {
  'new_state'?: (_tfplugin6_DynamicValue | null);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
  'private'?: (Buffer | Uint8Array | string);
  'deferred'?: (_tfplugin6_Deferred | null);
  'new_identity'?: (_tfplugin6_ResourceIdentityData | null);
}

export interface _tfplugin6_ReadResource_Response__Output {
  'new_state'?: (_tfplugin6_DynamicValue__Output);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
  'private'?: (Buffer);
  'deferred'?: (_tfplugin6_Deferred__Output);
  'new_identity'?: (_tfplugin6_ResourceIdentityData__Output);
}

export interface ReadResource {
}

export interface ReadResource__Output {
}
