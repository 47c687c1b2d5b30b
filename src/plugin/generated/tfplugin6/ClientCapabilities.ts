// Original file: proto/tfplugin6.proto


export interface ClientCapabilities {
  'deferral_allowed'?: (boolean);
  'write_only_attributes_allowed'?: (boolean);
  'store_planned_private'?: (boolean);
  'computed_blocks_allowed'?: (boolean);
}

export interface ClientCapabilities__Output {
  'deferral_allowed'?: (boolean);
  'write_only_attributes_allowed'?: (boolean);
  'store_planned_private'?: (boolean);
  'computed_blocks_allowed'?: (boolean);
}
