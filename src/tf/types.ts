/**
 * cty types: the type system of Terraform values. Every value the framework handles has one of
 * these types, derived from the schema.
 */
export type CtyType =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'list'; readonly element: CtyType }
  | { readonly kind: 'set'; readonly element: CtyType }
  | { readonly kind: 'map'; readonly element: CtyType }
  | {
      readonly kind: 'object';
      readonly attributes: Readonly<Record<string, CtyType>>;
      /** Optional-attribute names: only meaningful in type constraints, never in schemas. */
      readonly optional?: readonly string[];
    }
  | { readonly kind: 'tuple'; readonly elements: readonly CtyType[] };

export type CtyKind = CtyType['kind'];

export const ctyString: CtyType = Object.freeze({ kind: 'string' });
export const ctyNumber: CtyType = Object.freeze({ kind: 'number' });
export const ctyBool: CtyType = Object.freeze({ kind: 'bool' });
export const ctyDynamic: CtyType = Object.freeze({ kind: 'dynamic' });

export const listOf = (element: CtyType): CtyType => ({ kind: 'list', element });
export const setOf = (element: CtyType): CtyType => ({ kind: 'set', element });
export const mapOf = (element: CtyType): CtyType => ({ kind: 'map', element });
export const objectOf = (attributes: Record<string, CtyType>, optional?: string[]): CtyType =>
  optional && optional.length > 0 ? { kind: 'object', attributes, optional } : { kind: 'object', attributes };
export const tupleOf = (elements: CtyType[]): CtyType => ({ kind: 'tuple', elements });

/** Structural type equality (object attribute order does not matter). */
export function typeEquals(a: CtyType, b: CtyType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
    case 'set':
    case 'map':
      return typeEquals(a.element, (b as typeof a).element);
    case 'object': {
      const other = b as typeof a;
      const names = Object.keys(a.attributes);
      if (names.length !== Object.keys(other.attributes).length) return false;
      return names.every((n) => n in other.attributes && typeEquals(a.attributes[n], other.attributes[n]));
    }
    case 'tuple': {
      const other = b as typeof a;
      return (
        a.elements.length === other.elements.length &&
        a.elements.every((t, i) => typeEquals(t, other.elements[i]))
      );
    }
    default:
      return true;
  }
}
