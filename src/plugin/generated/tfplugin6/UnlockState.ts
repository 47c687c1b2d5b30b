// Original file: proto/tfplugin6.proto

import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_UnlockState_Request {
  'type_name'?: (string);
  'state_id'?: (string);
  'lock_id'?: (string);
}

export interface _tfplugin6_UnlockState_Request__Output {
  'type_name'?: (string);
  'state_id'?: (string);
  'lock_id'?: (string);
}

export interface _tfplugin6_UnlockState_Response {
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_UnlockState_Response__Output {
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface UnlockState {
}

export interface UnlockState__Output {
}
