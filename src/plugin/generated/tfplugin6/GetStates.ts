// Original file: proto/tfplugin6.proto

import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_GetStates_Request {
  'type_name'?: (string);
}

export interface _tfplugin6_GetStates_Request__Output {
  'type_name'?: (string);
}

export interface _tfplugin6_GetStates_Response {
  'state_id'?: (string)[];
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_GetStates_Response__Output {
  'state_id'?: (string)[];
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface GetStates {
}

export interface GetStates__Output {
}
