// Original file: proto/tfplugin6.proto

import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_LockState_Request {
  'type_name'?: (string);
  'state_id'?: (string);
  'operation'?: (string);
}

export interface _tfplugin6_LockState_Request__Output {
  'type_name'?: (string);
  'state_id'?: (string);
  'operation'?: (string);
}

export interface _tfplugin6_LockState_Response {
  'lock_id'?: (string);
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_LockState_Response__Output {
  'lock_id'?: (string);
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface LockState {
}

export interface LockState__Output {
}
