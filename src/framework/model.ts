/**
 * Conversion between decoded Terraform values and resource models. Models are plain objects keyed
 * by attribute name (the schema is the model); null stays null and unknown stays `Unknown`.
 * Numbers become JS numbers (our schemas only hold counts and limits).
 */
import { BigDecimal, DynamicValue, Unknown, isObjectValue } from '../tf/value.js';
import type { ObjectValue, Value } from '../tf/value.js';
import type { AttributeMap, ModelValue } from './schema/attributes.js';
import type { Schema } from './schema/schema.js';

/** A model during planning: any attribute may be unknown. */
export type PlanModel<S extends Schema> = {
  -readonly [K in keyof S['attributes']]: ModelValue<S['attributes'][K]> | null | Unknown;
};

/** A model of stored state: wholly known. */
export type StateModel<S extends Schema> = {
  -readonly [K in keyof S['attributes']]: ModelValue<S['attributes'][K]> | null;
};

function toModelValue(v: Value): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof BigDecimal) return Number(v.text);
  if (v instanceof DynamicValue) return toModelValue(v.value);
  if (Array.isArray(v)) return v.map(toModelValue);
  if (isObjectValue(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toModelValue(x)]));
  return v;
}

/** A decoded object value as a model of the schema. */
export function toModel<S extends Schema>(_schema: S, value: ObjectValue): PlanModel<S> {
  return toModelValue(value) as PlanModel<S>;
}

function fromModelValue(v: unknown): Value {
  if (v === undefined || v === null) return null;
  if (v instanceof Unknown) return v;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint')
    return v;
  if (Array.isArray(v)) return v.map(fromModelValue);
  if (typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromModelValue(x)]),
    );
  }
  throw new TypeError(`cannot convert a ${typeof v} into a Terraform value`);
}

/**
 * A model as an object value with exactly the schema's attributes (missing ones null), nested
 * objects completed the same way.
 */
export function fromModel(attributes: AttributeMap, model: object): ObjectValue {
  const source = model as Record<string, unknown>;
  const out: ObjectValue = {};
  for (const [name, spec] of Object.entries(attributes)) {
    const raw = fromModelValue(source[name]);
    out[name] = spec.nested ? completeNested(spec.nested, raw) : raw;
  }
  return out;
}

/**
 * A state model as the object value Terraform stores: `fromModel`, with every write-only attribute
 * null whatever the resource returned (Terraform refuses a state holding one, and it must never
 * be written down).
 */
export function stateFromModel(attributes: AttributeMap, model: object): ObjectValue {
  const value = fromModel(attributes, model);
  for (const [name, spec] of Object.entries(attributes)) {
    if (spec.writeOnly) value[name] = null;
  }
  return value;
}

/** Completes the objects of a nested value; null, unknown and anything else stay as they are. */
function completeNested(nested: { nesting: string; attributes: AttributeMap }, v: Value): Value {
  const complete = (x: Value): Value => (isObjectValue(x) ? fromModel(nested.attributes, x) : x);
  if (nested.nesting === 'single') return complete(v);
  if (Array.isArray(v)) return v.map(complete);
  if (isObjectValue(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, complete(x)]));
  return v;
}

/** A plan model value when it is known and set; undefined for null and unknown. */
export const known = <T>(v: T | null | Unknown): T | undefined =>
  v === null || v instanceof Unknown ? undefined : v;
