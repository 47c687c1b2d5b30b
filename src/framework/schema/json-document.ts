/**
 * The `terraform providers schema -json` shape of a provider, built from the same schemas that are
 * served over gRPC, so docs and CDKTF bindings come from the one source of truth.
 */
import { typeToJson } from '../../tf/type-json.js';
import type { AttributeMap, AttributeSpec } from './attributes.js';
import type { Schema } from './schema.js';

export interface JsonAttribute {
  type?: unknown;
  nested_type?: { attributes: Record<string, JsonAttribute>; nesting_mode: string };
  description?: string;
  description_kind: 'markdown';
  deprecated?: boolean;
  deprecation_message?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  write_only?: boolean;
}

export interface JsonSchema {
  version: number;
  block: {
    attributes: Record<string, JsonAttribute>;
    description?: string;
    description_kind: 'markdown';
    deprecated?: boolean;
    deprecation_message?: string;
  };
}

function attributeToJson(a: AttributeSpec): JsonAttribute {
  const out: JsonAttribute = a.nested
    ? {
        nested_type: { attributes: attributesToJson(a.nested.attributes), nesting_mode: a.nested.nesting },
        description_kind: 'markdown',
      }
    : { type: typeToJson(a.type), description_kind: 'markdown' };
  if (a.description) out.description = a.description;
  if (a.deprecated !== undefined) {
    out.deprecated = true;
    out.deprecation_message = a.deprecated;
  }
  if (a.required) out.required = true;
  if (a.optional) out.optional = true;
  if (a.computed) out.computed = true;
  if (a.sensitive) out.sensitive = true;
  if (a.writeOnly) out.write_only = true;
  return out;
}

const attributesToJson = (attrs: AttributeMap): Record<string, JsonAttribute> =>
  Object.fromEntries(
    Object.keys(attrs)
      .sort()
      .map((name) => [name, attributeToJson(attrs[name])]),
  );

export function schemaToJson(s: Schema): JsonSchema {
  return {
    version: s.version,
    block: {
      attributes: attributesToJson(s.attributes),
      ...(s.description ? { description: s.description } : {}),
      description_kind: 'markdown',
      ...(s.deprecated !== undefined ? { deprecated: true, deprecation_message: s.deprecated } : {}),
    },
  };
}
