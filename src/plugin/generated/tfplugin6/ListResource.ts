// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { ResourceIdentityData as _tfplugin6_ResourceIdentityData, ResourceIdentityData__Output as _tfplugin6_ResourceIdentityData__Output } from '../tfplugin6/ResourceIdentityData.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_ListResource_Event {
  'identity'?: (_tfplugin6_ResourceIdentityData | null);
  'display_name'?: (string);
  'resource_object'?: (_tfplugin6_DynamicValue | null);
  'diagnostic'?: (_tfplugin6_Diagnostic)[];
  '_resource_object'?: "resource_object";
}

export interface _tfplugin6_ListResource_Event__Output {
  'identity'?: (_tfplugin6_ResourceIdentityData__Output);
  'display_name'?: (string);
  'resource_object'?: (_tfplugin6_DynamicValue__Output);
  'diagnostic'?: (_tfplugin6_Diagnostic__Output)[];
  '_resource_object'?: "resource_object";
}

export interface _tfplugin6_ListResource_Request {
  'type_name'?: (string);
  'config'?: (_tfplugin6_DynamicValue | null);
  'include_resource_object'?: (boolean);
  'limit'?: (number | string | Long);
}

export interface _tfplugin6_ListResource_Request__Output {
  'type_name'?: (string);
  'config'?: (_tfplugin6_DynamicValue__Output);
  'include_resource_object'?: (boolean);
  'limit'?: (string);
}

export interface ListResource {
}

export interface ListResource__Output {
}
