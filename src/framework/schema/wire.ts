/** Converts schemas into the wire shapes of GetProviderSchema. */
import { typeToJsonBytes } from '../../tf/type-json.js';
import type { WireSchema, WireSchemaAttribute, WireSchemaBlock } from '../protocol.js';
import type { AttributeMap, AttributeSpec, NestingMode } from './attributes.js';
import type { Schema } from './schema.js';

const nestingToWire = (n: NestingMode): 'SINGLE' | 'LIST' | 'SET' | 'MAP' =>
  n === 'single' ? 'SINGLE' : n === 'list' ? 'LIST' : n === 'set' ? 'SET' : 'MAP';

export function attributeToWire(name: string, a: AttributeSpec): WireSchemaAttribute {
  const common = {
    name,
    description: a.description,
    description_kind: 'MARKDOWN' as const,
    required: a.required === true,
    optional: a.optional === true,
    computed: a.computed === true,
    sensitive: a.sensitive === true,
    deprecated: a.deprecated !== undefined,
    write_only: a.writeOnly === true,
    ...(a.deprecated !== undefined ? { deprecation_message: a.deprecated } : {}),
  };
  if (a.nested) {
    return {
      ...common,
      nested_type: {
        nesting: nestingToWire(a.nested.nesting),
        attributes: attributesToWire(a.nested.attributes),
      },
    };
  }
  return { ...common, type: typeToJsonBytes(a.type) };
}

const attributesToWire = (attrs: AttributeMap): WireSchemaAttribute[] =>
  Object.keys(attrs)
    .sort()
    .map((name) => attributeToWire(name, attrs[name]));

export function schemaToWire(s: Schema): WireSchema {
  const block: WireSchemaBlock = {
    version: s.version,
    attributes: attributesToWire(s.attributes),
    block_types: [],
    description: s.description,
    description_kind: 'MARKDOWN',
    deprecated: s.deprecated !== undefined,
    ...(s.deprecated !== undefined ? { deprecation_message: s.deprecated } : {}),
  };
  return { version: s.version, block };
}
