// Original file: proto/tfplugin6.proto

import type { Long } from '@grpc/proto-loader';

export interface _tfplugin6_ResourceIdentitySchema_IdentityAttribute {
  'name'?: (string);
  'type'?: (Buffer | Uint8Array | string);
  'required_for_import'?: (boolean);
  'optional_for_import'?: (boolean);
  'description'?: (string);
}

export interface _tfplugin6_ResourceIdentitySchema_IdentityAttribute__Output {
  'name'?: (string);
  'type'?: (Buffer);
  'required_for_import'?: (boolean);
  'optional_for_import'?: (boolean);
  'description'?: (string);
}

export interface ResourceIdentitySchema {
  'version'?: (number | string | Long);
  'identity_attributes'?: (_tfplugin6_ResourceIdentitySchema_IdentityAttribute)[];
}

export interface ResourceIdentitySchema__Output {
  'version'?: (string);
  'identity_attributes'?: (_tfplugin6_ResourceIdentitySchema_IdentityAttribute__Output)[];
}
