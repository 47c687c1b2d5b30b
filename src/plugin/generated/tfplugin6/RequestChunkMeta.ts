// Original file: proto/tfplugin6.proto


export interface RequestChunkMeta {
  'type_name'?: (string);
  'state_id'?: (string);
}

export interface RequestChunkMeta__Output {
  'type_name'?: (string);
  'state_id'?: (string);
}
