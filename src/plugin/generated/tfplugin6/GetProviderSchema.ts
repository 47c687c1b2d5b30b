// Original file: proto/tfplugin6.proto

import type { Schema as _tfplugin6_Schema, Schema__Output as _tfplugin6_Schema__Output } from '../tfplugin6/Schema.js';
import type { Function as _tfplugin6_Function, Function__Output as _tfplugin6_Function__Output } from '../tfplugin6/Function.js';
import type { ActionSchema as _tfplugin6_ActionSchema, ActionSchema__Output as _tfplugin6_ActionSchema__Output } from '../tfplugin6/ActionSchema.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';
import type { ServerCapabilities as _tfplugin6_ServerCapabilities, ServerCapabilities__Output as _tfplugin6_ServerCapabilities__Output } from '../tfplugin6/ServerCapabilities.js';

export interface _tfplugin6_GetProviderSchema_Request {
}

export interface _tfplugin6_GetProviderSchema_Request__Output {
}

export interface _tfplugin6_GetProviderSchema_Response {
  'provider'?: (_tfplugin6_Schema | null);
  'resource_schemas'?: ({[key: string]: _tfplugin6_Schema});
  'data_source_schemas'?: ({[key: string]: _tfplugin6_Schema});
  'functions'?: ({[key: string]: _tfplugin6_Function});
  'ephemeral_resource_schemas'?: ({[key: string]: _tfplugin6_Schema});
  'list_resource_schemas'?: ({[key: string]: _tfplugin6_Schema});
  'state_store_schemas'?: ({[key: string]: _tfplugin6_Schema});
  'action_schemas'?: ({[key: string]: _tfplugin6_ActionSchema});
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
  'provider_meta'?: (_tfplugin6_Schema | null);
  'server_capabilities'?: (_tfplugin6_ServerCapabilities | null);
}

export interface _tfplugin6_GetProviderSchema_Response__Output {
  'provider'?: (_tfplugin6_Schema__Output);
  'resource_schemas'?: ({[key: string]: _tfplugin6_Schema__Output});
  'data_source_schemas'?: ({[key: string]: _tfplugin6_Schema__Output});
  'functions'?: ({[key: string]: _tfplugin6_Function__Output});
  'ephemeral_resource_schemas'?: ({[key: string]: _tfplugin6_Schema__Output});
  'list_resource_schemas'?: ({[key: string]: _tfplugin6_Schema__Output});
  'state_store_schemas'?: ({[key: string]: _tfplugin6_Schema__Output});
  'action_schemas'?: ({[key: string]: _tfplugin6_ActionSchema__Output});
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
  'provider_meta'?: (_tfplugin6_Schema__Output);
  'server_capabilities'?: (_tfplugin6_ServerCapabilities__Output);
}

export interface GetProviderSchema {
}

export interface GetProviderSchema__Output {
}
