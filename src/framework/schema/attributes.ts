/**
 * The schema DSL: small factories that describe one attribute each (`str`, `num`, `bool`,
 * `strList`, `strSet`, `strMap`, `nested`). The TypeScript type parameter of an `AttributeSpec`
 * is the type the attribute has in a resource's model, so the schema is the model.
 */
import type { CtyType } from '../../tf/types.js';
import { ctyBool, ctyNumber, ctyString, listOf, mapOf, setOf } from '../../tf/types.js';
import type { PlanModifier } from '../planmodifiers/plan-modifier.js';
import type { Validator } from '../validators/validator.js';

export type NestingMode = 'single' | 'list' | 'set' | 'map';

export interface AttributeOptions<T> {
  /** Markdown description; shown in docs and generated bindings. */
  readonly description: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  /** Terraform ≥ 1.11: the value is never stored in plan or state. */
  readonly writeOnly?: boolean;
  /** Deprecation message; marks the attribute deprecated. */
  readonly deprecated?: string;
  /** Planned when the configuration leaves the attribute null. Requires `computed`. */
  readonly default?: T;
  /**
   * For optional and computed attributes: when the configuration leaves the value out and an update
   * changes something else, plan it as unknown (the remote side recomputes it) instead of keeping
   * the prior value. Off by default: a value the configuration leaves out is not managed, so an
   * update plans exactly what the configuration changes.
   */
  readonly recomputedOnUpdate?: boolean;
  readonly validators?: readonly Validator[];
  readonly planModifiers?: readonly PlanModifier[];
}

export interface AttributeSpec<T = unknown> extends AttributeOptions<T> {
  readonly type: CtyType;
  /** Present for nested attributes (`nested_type` on the wire). */
  readonly nested?: { readonly nesting: NestingMode; readonly attributes: AttributeMap };
  /** Phantom field carrying the model type; never set at run time. */
  readonly __model?: T;
}

export type AttributeMap = { readonly [name: string]: AttributeSpec };

/** The model type of one attribute: its TS value, or null. Unknown appears only in `PlanModel`. */
export type ModelValue<A> = A extends AttributeSpec<infer T> ? T : never;

function make<T>(type: CtyType, opts: AttributeOptions<T>): AttributeSpec<T> {
  return { ...opts, type };
}

export const str = (opts: AttributeOptions<string>): AttributeSpec<string> => make(ctyString, opts);
export const num = (opts: AttributeOptions<number>): AttributeSpec<number> => make(ctyNumber, opts);
export const bool = (opts: AttributeOptions<boolean>): AttributeSpec<boolean> => make(ctyBool, opts);
export const strList = (opts: AttributeOptions<string[]>): AttributeSpec<string[]> =>
  make(listOf(ctyString), opts);
export const strSet = (opts: AttributeOptions<string[]>): AttributeSpec<string[]> =>
  make(setOf(ctyString), opts);
export const strMap = (
  opts: AttributeOptions<Record<string, string>>,
): AttributeSpec<Record<string, string>> => make(mapOf(ctyString), opts);

/** The model of a nested object: every attribute, null when unset. */
export type NestedModel<M extends AttributeMap> = { [K in keyof M]: ModelValue<M[K]> | null };

type NestedTs<M extends AttributeMap, N extends NestingMode> = N extends 'single'
  ? NestedModel<M>
  : N extends 'map'
    ? Record<string, NestedModel<M>>
    : NestedModel<M>[];

/** A nested attribute (`nested_type`): an object, or a list/set/map of objects. */
export function nested<M extends AttributeMap, N extends NestingMode>(
  nesting: N,
  attributes: M,
  opts: AttributeOptions<NestedTs<M, N>>,
): AttributeSpec<NestedTs<M, N>> {
  const objectType: CtyType = {
    kind: 'object',
    attributes: Object.fromEntries(Object.entries(attributes).map(([k, a]) => [k, a.type])),
  };
  const type: CtyType =
    nesting === 'single'
      ? objectType
      : nesting === 'list'
        ? listOf(objectType)
        : nesting === 'set'
          ? setOf(objectType)
          : mapOf(objectType);
  return { ...opts, type, nested: { nesting, attributes } };
}

/** True for attributes Terraform may not plan freely (`computed` and not settable). */
export const isComputedOnly = (a: AttributeSpec): boolean => a.computed === true && a.optional !== true;
