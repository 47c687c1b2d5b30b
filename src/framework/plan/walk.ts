/**
 * Walks the attributes of an object value level by level, descending into nested attributes
 * whose value is a known single object, list or map of objects. Set elements cannot be
 * correlated with prior or config elements, so the walk does not enter sets.
 */
import { AttrPath } from '../../tf/path.js';
import { isObjectValue } from '../../tf/value.js';
import type { ObjectValue, Value } from '../../tf/value.js';
import type { AttributeMap, AttributeSpec } from '../schema/attributes.js';

export interface AttributeVisit {
  readonly name: string;
  readonly spec: AttributeSpec;
  readonly path: AttrPath;
  readonly config: Value;
  /** undefined when there is no prior object at this level (create). */
  readonly prior: Value | undefined;
  readonly plan: Value;
}

/** Returns the new planned value of the attribute. */
export type Visitor = (visit: AttributeVisit) => Value;

const objectOrNull = (v: Value | undefined): ObjectValue | null => {
  const value = v ?? null;
  return isObjectValue(value) ? value : null;
};

/** Element `i` of a list value as an object; null when there is no such list or object. */
const elementOf = (list: Value | undefined, i: number): ObjectValue | null =>
  Array.isArray(list) ? objectOrNull(list[i]) : null;

export function walkObject(
  attributes: AttributeMap,
  prior: ObjectValue | null,
  config: ObjectValue | null,
  plan: ObjectValue,
  path: AttrPath,
  visitor: Visitor,
): ObjectValue {
  const out: ObjectValue = { ...plan };
  for (const [name, spec] of Object.entries(attributes)) {
    const attrPath = path.isEmpty ? AttrPath.root(name) : path.attr(name);
    const visit: AttributeVisit = {
      name,
      spec,
      path: attrPath,
      config: config ? (config[name] ?? null) : null,
      prior: prior ? (prior[name] ?? null) : undefined,
      plan: plan[name] ?? null,
    };
    const value = visitor(visit);
    out[name] = spec.nested ? walkNested(spec.nested, visit, value, visitor) : value;
  }
  return out;
}

/** The nested objects of a known value walked; null, unknown and set values stay as they are. */
function walkNested(
  nested: NonNullable<AttributeSpec['nested']>,
  visit: AttributeVisit,
  value: Value,
  visitor: Visitor,
): Value {
  const attrs = nested.attributes;
  switch (nested.nesting) {
    case 'single':
      return isObjectValue(value)
        ? walkObject(attrs, objectOrNull(visit.prior), objectOrNull(visit.config), value, visit.path, visitor)
        : value;
    case 'list':
      return Array.isArray(value)
        ? value.map((el, i) =>
            isObjectValue(el)
              ? walkObject(
                  attrs,
                  elementOf(visit.prior, i),
                  elementOf(visit.config, i),
                  el,
                  visit.path.index(i),
                  visitor,
                )
              : el,
          )
        : value;
    case 'map': {
      if (!isObjectValue(value)) return value;
      const cfg = objectOrNull(visit.config) ?? {};
      const pri = objectOrNull(visit.prior) ?? {};
      return Object.fromEntries(
        Object.entries(value).map(([k, el]) => [
          k,
          isObjectValue(el)
            ? walkObject(attrs, objectOrNull(pri[k]), objectOrNull(cfg[k]), el, visit.path.key(k), visitor)
            : el,
        ]),
      );
    }
    case 'set':
      return value;
  }
}
