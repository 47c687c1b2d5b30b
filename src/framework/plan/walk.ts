/**
 * Walks the attributes of an object value level by level, descending into nested attributes
 * whose value is a known single object, list or map of objects. Set elements cannot be
 * correlated with prior or config elements, so the walk does not enter sets.
 */
import { AttrPath } from '../../tf/path.js';
import { Unknown, isObjectValue } from '../../tf/value.js';
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

const objectOrNull = (v: Value | undefined): ObjectValue | null =>
  v !== undefined && isObjectValue(v) ? v : null;

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
    let value = visitor(visit);
    if (spec.nested && value !== null && !(value instanceof Unknown)) {
      value = walkNested(spec, visit, value, visitor);
    }
    out[name] = value;
  }
  return out;
}

function walkNested(spec: AttributeSpec, visit: AttributeVisit, value: Value, visitor: Visitor): Value {
  const nested = spec.nested;
  if (!nested) return value;
  const attrs = nested.attributes;
  const prior = visit.prior === undefined ? undefined : visit.prior;
  if (nested.nesting === 'single') {
    if (!isObjectValue(value)) return value;
    return walkObject(attrs, objectOrNull(prior), objectOrNull(visit.config), value, visit.path, visitor);
  }
  if (nested.nesting === 'list' && Array.isArray(value)) {
    const cfg = Array.isArray(visit.config) ? visit.config : [];
    const pri = Array.isArray(prior) ? prior : [];
    return value.map((el, i) =>
      isObjectValue(el)
        ? walkObject(attrs, objectOrNull(pri[i]), objectOrNull(cfg[i]), el, visit.path.index(i), visitor)
        : el,
    );
  }
  if (nested.nesting === 'map' && isObjectValue(value)) {
    const cfg = objectOrNull(visit.config) ?? {};
    const pri = objectOrNull(prior) ?? {};
    return Object.fromEntries(
      Object.entries(value).map(([k, el]) => [
        k,
        isObjectValue(el)
          ? walkObject(attrs, objectOrNull(pri[k]), objectOrNull(cfg[k]), el, visit.path.key(k), visitor)
          : el,
      ]),
    );
  }
  return value;
}
