// Original file: proto/tfplugin6.proto


export interface ServerCapabilities {
  'plan_destroy'?: (boolean);
  'get_provider_schema_optional'?: (boolean);
  'move_resource_state'?: (boolean);
  'generate_resource_config'?: (boolean);
}

export interface ServerCapabilities__Output {
  'plan_destroy'?: (boolean);
  'get_provider_schema_optional'?: (boolean);
  'move_resource_state'?: (boolean);
  'generate_resource_config'?: (boolean);
}
