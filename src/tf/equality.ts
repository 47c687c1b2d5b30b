/**
 * Exact equality of Terraform values, as plan comparisons need it: unknown equals unknown
 * (refinements ignored) and nothing else; numbers compare by exact decimal value; strings by
 * their NFC form; sets as sets, objects and maps by key. Without a type, arrays compare in
 * order; pass the type to compare sets (at any depth) as sets.
 */
import { decimalOfNumberValue, formatPlain, formatScientific, isNumberValue } from './decimal.js';
import { typeToJsonText } from './type-json.js';
import type { CtyType } from './types.js';
import { DynamicValue, Unknown, isObjectValue, isWhollyKnown } from './value.js';
import type { NumberValue, Value } from './value.js';

export function valueEquals(a: Value, b: Value, type?: CtyType): boolean {
  if (a === b) return true;
  return canonicalKey(a, type) === canonicalKey(b, type);
}

/**
 * Shortest exact decimal text, without exponent: `1`, `-0.25`, `9007199254740993`, `0.1`.
 * A JS `number` prints as the shortest decimal that reads back as the same double, which is how
 * Terraform compares numbers. ±Infinity prints as `Infinity` / `-Infinity`.
 */
export function numberToText(n: NumberValue): string {
  const d = decimalOfNumberValue(n);
  if (d === undefined) return (n as number) > 0 ? 'Infinity' : '-Infinity';
  return formatPlain(d);
}

/**
 * Removes repeated set elements (the first of equal elements stays, order is kept). Elements
 * that are not wholly known are always kept: unknown set members are never merged.
 */
export function normalizeSet(values: Value[], elementType?: CtyType): Value[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    if (!isWhollyKnown(v)) return true;
    const key = canonicalKey(v, elementType);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A string that is equal for two values exactly when they are equal (see the module comment). */
function canonicalKey(v: Value, type: CtyType | undefined): string {
  if (v === null) return 'null';
  if (v instanceof Unknown) return '?';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return JSON.stringify(v.normalize('NFC'));
  if (isNumberValue(v)) {
    const d = decimalOfNumberValue(v);
    return d === undefined ? `#${String(v)}` : `#${formatScientific(d)}`;
  }
  if (v instanceof DynamicValue) return `<${typeToJsonText(v.type)}|${canonicalKey(v.value, v.type)}>`;
  if (Array.isArray(v)) return arrayKey(v, type);
  if (isObjectValue(v)) {
    const names = Object.keys(v).sort();
    const parts = names.map((n) => `${JSON.stringify(n)}:${canonicalKey(v[n], memberType(type, n))}`);
    return `{${parts.join(',')}}`;
  }
  throw new TypeError('not a Terraform value');
}

function arrayKey(values: Value[], type: CtyType | undefined): string {
  if (type?.kind === 'set') {
    const keys = [...new Set(values.map((e) => canonicalKey(e, type.element)))].sort();
    return `set(${keys.join(',')})`;
  }
  const keys = values.map((e, i) => canonicalKey(e, elementTypeAt(type, i)));
  return `[${keys.join(',')}]`;
}

function elementTypeAt(type: CtyType | undefined, index: number): CtyType | undefined {
  if (type?.kind === 'list') return type.element;
  if (type?.kind === 'tuple') return type.elements[index];
  return undefined;
}

function memberType(type: CtyType | undefined, name: string): CtyType | undefined {
  if (type?.kind === 'map') return type.element;
  if (type?.kind === 'object' && Object.hasOwn(type.attributes, name)) return type.attributes[name];
  return undefined;
}
