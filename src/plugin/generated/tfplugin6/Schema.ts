// Original file: proto/tfplugin6.proto

import type { StringKind as _tfplugin6_StringKind, StringKind__Output as _tfplugin6_StringKind__Output } from '../tfplugin6/StringKind.js';
import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_Schema_Attribute {
  'name'?: (string);
  'type'?: (Buffer | Uint8Array | string);
  'nested_type'?: (_tfplugin6_Schema_Object | null);
  'description'?: (string);
  'required'?: (boolean);
  'optional'?: (boolean);
  'computed'?: (boolean);
  'sensitive'?: (boolean);
  'description_kind'?: (_tfplugin6_StringKind);
  'deprecated'?: (boolean);
  'write_only'?: (boolean);
  'deprecation_message'?: (string);
}

export interface _tfplugin6_Schema_Attribute__Output {
  'name'?: (string);
  'type'?: (Buffer);
  'nested_type'?: (_tfplugin6_Schema_Object__Output);
  'description'?: (string);
  'required'?: (boolean);
  'optional'?: (boolean);
  'computed'?: (boolean);
  'sensitive'?: (boolean);
  'description_kind'?: (_tfplugin6_StringKind__Output);
  'deprecated'?: (boolean);
  'write_only'?: (boolean);
  'deprecation_message'?: (string);
}

export interface _tfplugin6_Schema_Block {
  'version'?: (number | string | Long);
  'attributes'?: (_tfplugin6_Schema_Attribute)[];
  'block_types'?: (_tfplugin6_Schema_NestedBlock)[];
  'description'?: (string);
  'description_kind'?: (_tfplugin6_StringKind);
  'deprecated'?: (boolean);
  'deprecation_message'?: (string);
  'computed'?: (boolean);
}

export interface _tfplugin6_Schema_Block__Output {
  'version'?: (string);
  'attributes'?: (_tfplugin6_Schema_Attribute__Output)[];
  'block_types'?: (_tfplugin6_Schema_NestedBlock__Output)[];
  'description'?: (string);
  'description_kind'?: (_tfplugin6_StringKind__Output);
  'deprecated'?: (boolean);
  'deprecation_message'?: (string);
  'computed'?: (boolean);
}

export interface _tfplugin6_Schema_NestedBlock {
  'type_name'?: (string);
  'block'?: (_tfplugin6_Schema_Block | null);
  'nesting'?: (_tfplugin6_Schema_NestedBlock_NestingMode);
  'min_items'?: (number | string | Long);
  'max_items'?: (number | string | Long);
}

export interface _tfplugin6_Schema_NestedBlock__Output {
  'type_name'?: (string);
  'block'?: (_tfplugin6_Schema_Block__Output);
  'nesting'?: (_tfplugin6_Schema_NestedBlock_NestingMode__Output);
  'min_items'?: (string);
  'max_items'?: (string);
}

// Original file: proto/tfplugin6.proto

export const _tfplugin6_Schema_NestedBlock_NestingMode = {
  INVALID: 'INVALID',
  SINGLE: 'SINGLE',
  LIST: 'LIST',
  SET: 'SET',
  MAP: 'MAP',
  GROUP: 'GROUP',
} as const;

export type _tfplugin6_Schema_NestedBlock_NestingMode =
  | 'INVALID'
  | 0
  | 'SINGLE'
  | 1
  | 'LIST'
  | 2
  | 'SET'
  | 3
  | 'MAP'
  | 4
  | 'GROUP'
  | 5

export type _tfplugin6_Schema_NestedBlock_NestingMode__Output = typeof _tfplugin6_Schema_NestedBlock_NestingMode[keyof typeof _tfplugin6_Schema_NestedBlock_NestingMode]

// Original file: proto/tfplugin6.proto

export const _tfplugin6_Schema_Object_NestingMode = {
  INVALID: 'INVALID',
  SINGLE: 'SINGLE',
  LIST: 'LIST',
  SET: 'SET',
  MAP: 'MAP',
} as const;

export type _tfplugin6_Schema_Object_NestingMode =
  | 'INVALID'
  | 0
  | 'SINGLE'
  | 1
  | 'LIST'
  | 2
  | 'SET'
  | 3
  | 'MAP'
  | 4

export type _tfplugin6_Schema_Object_NestingMode__Output = typeof _tfplugin6_Schema_Object_NestingMode[keyof typeof _tfplugin6_Schema_Object_NestingMode]

export interface _tfplugin6_Schema_Object {
  'attributes'?: (_tfplugin6_Schema_Attribute)[];
  'nesting'?: (_tfplugin6_Schema_Object_NestingMode);
  'min_items'?: (number | string | Long);
  'max_items'?: (number | string | Long);
}

export interface _tfplugin6_Schema_Object__Output {
  'attributes'?: (_tfplugin6_Schema_Attribute__Output)[];
  'nesting'?: (_tfplugin6_Schema_Object_NestingMode__Output);
  'min_items'?: (string);
  'max_items'?: (string);
}

export interface Schema {
  'version'?: (number | string | Long);
  'block'?: (_tfplugin6_Schema_Block | null);
}

export interface Schema__Output {
  'version'?: (string);
  'block'?: (_tfplugin6_Schema_Block__Output);
}
