/**
 * A schema: a version, a markdown description and the attributes. Its implied cty type is what
 * every DynamicValue of the resource must match.
 */
import type { CtyType } from '../../tf/types.js';
import type { AttributeMap, AttributeSpec } from './attributes.js';

export interface Schema<M extends AttributeMap = AttributeMap> {
  readonly version: number;
  readonly description: string;
  readonly attributes: M;
  /** Set on the whole schema to mark the resource type deprecated. */
  readonly deprecated?: string;
}

export function schema<M extends AttributeMap>(
  description: string,
  attributes: M,
  opts: { version?: number; deprecated?: string } = {},
): Schema<M> {
  return { version: opts.version ?? 0, description, attributes, deprecated: opts.deprecated };
}

/** The object type a schema implies. */
export function impliedType(s: Schema): CtyType {
  return objectTypeOf(s.attributes);
}

export function objectTypeOf(attributes: AttributeMap): CtyType {
  return {
    kind: 'object',
    attributes: Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, a.type])),
  };
}

/**
 * Checks the schema against Terraform's validity rules and our own, so that a mistake is reported
 * when the schema is served, not at apply. Returns one message per problem.
 */
export function schemaProblems(typeName: string, s: Schema): string[] {
  const problems: string[] = [];
  const visit = (attrs: AttributeMap, prefix: string, insideSet: boolean): void => {
    for (const [name, a] of Object.entries(attrs)) {
      const where = `${typeName}: attribute ${prefix}${name}`;
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) problems.push(`${where}: name must match ^[a-z_][a-z0-9_]*$`);
      problems.push(...attributeProblems(where, a, insideSet));
      if (a.nested) visit(a.nested.attributes, `${prefix}${name}.`, insideSet || a.nested.nesting === 'set');
    }
  };
  visit(s.attributes, '', false);
  if (s.version < 0) problems.push(`${typeName}: schema version must not be negative`);
  return problems;
}

function attributeProblems(where: string, a: AttributeSpec, insideSet: boolean): string[] {
  const p: string[] = [];
  if (!a.required && !a.optional && !a.computed) p.push(`${where}: must be required, optional or computed`);
  if (a.required && a.optional) p.push(`${where}: cannot be both required and optional`);
  if (a.required && a.computed) p.push(`${where}: cannot be both required and computed`);
  if (a.default !== undefined && !a.computed) p.push(`${where}: a default requires computed (and optional)`);
  if (a.default !== undefined && a.required) p.push(`${where}: a required attribute cannot have a default`);
  if (a.writeOnly && a.computed) p.push(`${where}: a write-only attribute cannot be computed`);
  if (a.writeOnly && insideSet) p.push(`${where}: write-only attributes cannot live inside a set`);
  if (!a.description) p.push(`${where}: a description is required`);
  return p;
}
