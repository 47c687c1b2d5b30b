// Original file: proto/tfplugin6.proto

import type { ServerCapabilities as _tfplugin6_ServerCapabilities, ServerCapabilities__Output as _tfplugin6_ServerCapabilities__Output } from '../tfplugin6/ServerCapabilities.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_GetMetadata_ActionMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_ActionMetadata__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_DataSourceMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_DataSourceMetadata__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_EphemeralMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_EphemeralMetadata__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_FunctionMetadata {
  'name'?: (string);
}

export interface _tfplugin6_GetMetadata_FunctionMetadata__Output {
  'name'?: (string);
}

export interface _tfplugin6_GetMetadata_ListResourceMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_ListResourceMetadata__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_Request {
}

export interface _tfplugin6_GetMetadata_Request__Output {
}

export interface _tfplugin6_GetMetadata_ResourceMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_ResourceMetadata__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_Response {
  'server_capabilities'?: (_tfplugin6_ServerCapabilities | null);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
  'data_sources'?: (_tfplugin6_GetMetadata_DataSourceMetadata)[];
  'resources'?: (_tfplugin6_GetMetadata_ResourceMetadata)[];
  'functions'?: (_tfplugin6_GetMetadata_FunctionMetadata)[];
  'ephemeral_resources'?: (_tfplugin6_GetMetadata_EphemeralMetadata)[];
  'list_resources'?: (_tfplugin6_GetMetadata_ListResourceMetadata)[];
  'state_stores'?: (_tfplugin6_GetMetadata_StateStoreMetadata)[];
  'actions'?: (_tfplugin6_GetMetadata_ActionMetadata)[];
}

export interface _tfplugin6_GetMetadata_Response__Output {
  'server_capabilities'?: (_tfplugin6_ServerCapabilities__Output);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
  'data_sources'?: (_tfplugin6_GetMetadata_DataSourceMetadata__Output)[];
  'resources'?: (_tfplugin6_GetMetadata_ResourceMetadata__Output)[];
  'functions'?: (_tfplugin6_GetMetadata_FunctionMetadata__Output)[];
  'ephemeral_resources'?: (_tfplugin6_GetMetadata_EphemeralMetadata__Output)[];
  'list_resources'?: (_tfplugin6_GetMetadata_ListResourceMetadata__Output)[];
  'state_stores'?: (_tfplugin6_GetMetadata_StateStoreMetadata__Output)[];
  'actions'?: (_tfplugin6_GetMetadata_ActionMetadata__Output)[];
}

export interface _tfplugin6_GetMetadata_StateStoreMetadata {
  'type_name'?: (string);
}

export interface _tfplugin6_GetMetadata_StateStoreMetadata__Output {
  'type_name'?: (string);
}

export interface GetMetadata {
}

export interface GetMetadata__Output {
}
