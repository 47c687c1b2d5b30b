// Original file: proto/tfplugin6.proto

import type { DynamicValue as _tfplugin6_DynamicValue, DynamicValue__Output as _tfplugin6_DynamicValue__Output } from '../tfplugin6/DynamicValue.js';
import type { ClientCapabilities as _tfplugin6_ClientCapabilities, ClientCapabilities__Output as _tfplugin6_ClientCapabilities__Output } from '../tfplugin6/ClientCapabilities.js';
import type { Diagnostic as _tfplugin6_Diagnostic, Diagnostic__Output as _tfplugin6_Diagnostic__Output } from '../tfplugin6/Diagnostic.js';

export interface _tfplugin6_InvokeAction_Event_Completed {
  'diagnostics'?: (_tfplugin6_Diagnostic)[];
}

export interface _tfplugin6_InvokeAction_Event_Completed__Output {
  'diagnostics'?: (_tfplugin6_Diagnostic__Output)[];
}

export interface _tfplugin6_InvokeAction_Event {
  'progress'?: (_tfplugin6_InvokeAction_Event_Progress | null);
  'completed'?: (_tfplugin6_InvokeAction_Event_Completed | null);
  'type'?: "progress"|"completed";
}

export interface _tfplugin6_InvokeAction_Event__Output {
  'progress'?: (_tfplugin6_InvokeAction_Event_Progress__Output);
  'completed'?: (_tfplugin6_InvokeAction_Event_Completed__Output);
  'type'?: "progress"|"completed";
}

export interface _tfplugin6_InvokeAction_Event_Progress {
  'message'?: (string);
}

export interface _tfplugin6_InvokeAction_Event_Progress__Output {
  'message'?: (string);
}

export interface _tfplugin6_InvokeAction_Request {
  'action_type'?: (string);
  'config'?: (_tfplugin6_DynamicValue | null);
  'client_capabilities'?: (_tfplugin6_ClientCapabilities | null);
}

export interface _tfplugin6_InvokeAction_Request__Output {
  'action_type'?: (string);
  'config'?: (_tfplugin6_DynamicValue__Output);
  'client_capabilities'?: (_tfplugin6_ClientCapabilities__Output);
}

export interface InvokeAction {
}

export interface InvokeAction__Output {
}
