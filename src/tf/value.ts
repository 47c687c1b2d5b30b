/**
 * Terraform values in TypeScript. Null is `null`; "not known yet" is an `Unknown` instance, never
 * `undefined`, so the two can never be confused. Numbers are exact: a JS `number` when the double
 * is exact, a `bigint` for integers beyond 2^53, and a `BigDecimal` for any other decimal text.
 */
import type { CtyType } from './types.js';

/** Refinements a newer Terraform (≥ 1.6) may attach to an unknown value. */
export interface Refinements {
  /** `true` when the value is known not to be null. */
  readonly notNull?: boolean;
  /** Strings only: a known prefix. */
  readonly stringPrefix?: string;
  /** Numbers only: bounds. */
  readonly numberLower?: { readonly value: NumberValue; readonly inclusive: boolean };
  readonly numberUpper?: { readonly value: NumberValue; readonly inclusive: boolean };
  /** Collections only: length bounds. */
  readonly lengthLower?: number;
  readonly lengthUpper?: number;
}

export class Unknown {
  constructor(readonly refinements: Refinements = {}) {}
  get isRefined(): boolean {
    return Object.keys(this.refinements).length > 0;
  }
}

/** The plain, unrefined unknown. */
export const unknown = new Unknown();

/** A number whose exact decimal text a double cannot carry. */
export class BigDecimal {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A value of a `dynamic`-typed slot: it carries its own concrete type. */
export class DynamicValue {
  constructor(
    readonly type: CtyType,
    readonly value: Value,
  ) {}
}

export type NumberValue = number | bigint | BigDecimal;

export type Value =
  null | Unknown | DynamicValue | string | boolean | NumberValue | Value[] | { [name: string]: Value };

export type ObjectValue = { [name: string]: Value };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** A plain object or map value (not an array, not a class instance). */
export function isObjectValue(v: Value): v is ObjectValue {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Unknown) &&
    !(v instanceof BigDecimal) &&
    !(v instanceof DynamicValue)
  );
}

/** True when no unknown appears anywhere inside the value. */
export function isWhollyKnown(v: Value): boolean {
  if (v instanceof Unknown) return false;
  if (v instanceof DynamicValue) return isWhollyKnown(v.value);
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (isObjectValue(v)) return Object.values(v).every(isWhollyKnown);
  return true;
}
