/**
 * The cty type JSON form used in schemas (`Schema.Attribute.type`) and in the `dynamic` wrapper:
 * `"string"`, `["list","string"]`, `["object",{"a":"number"},["a"]]`, `["tuple",["bool"]]`.
 */
import type { CtyType } from './types.js';

const PRIMITIVES = new Set(['string', 'number', 'bool', 'dynamic']);
const COLLECTIONS = new Set(['list', 'set', 'map']);

export function typeToJson(t: CtyType): unknown {
  switch (t.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return t.kind;
    case 'list':
    case 'set':
    case 'map':
      return [t.kind, typeToJson(t.element)];
    case 'tuple':
      return ['tuple', t.elements.map(typeToJson)];
    case 'object': {
      const names = Object.keys(t.attributes).sort();
      const attrs = Object.fromEntries(names.map((n) => [n, typeToJson(t.attributes[n])]));
      const optional = t.optional ?? [];
      return optional.length > 0 ? ['object', attrs, [...optional].sort()] : ['object', attrs];
    }
  }
}

export function typeToJsonText(t: CtyType): string {
  return JSON.stringify(typeToJson(t));
}

export function typeToJsonBytes(t: CtyType): Uint8Array {
  return new TextEncoder().encode(typeToJsonText(t));
}

/** Reads the parsed type JSON; throws `TypeError` naming the offending part. */
export function typeFromJson(j: unknown): CtyType {
  return readType(j, 'type');
}

/** Reads type JSON text or UTF-8 bytes (whitespace allowed, trailing data rejected). */
export function typeFromJsonBytes(input: Uint8Array | string): CtyType {
  let text: string;
  let parsed: unknown;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
    parsed = JSON.parse(text);
  } catch (e: unknown) {
    throw new TypeError(`invalid type JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return typeFromJson(parsed);
}

function readType(j: unknown, where: string): CtyType {
  if (typeof j === 'string') {
    if (PRIMITIVES.has(j)) return { kind: j as 'string' | 'number' | 'bool' | 'dynamic' };
    throw new TypeError(`${where}: unsupported type name ${JSON.stringify(j)}`);
  }
  if (!Array.isArray(j) || j.length < 2 || typeof j[0] !== 'string') {
    throw new TypeError(`${where}: a type must be a type name or a [kind, argument] array`);
  }
  const [kind, arg, extra] = j as [string, unknown, unknown];
  if (COLLECTIONS.has(kind)) {
    expectLength(j, 2, where, kind);
    return { kind: kind as 'list' | 'set' | 'map', element: readType(arg, `${where}.${kind}`) };
  }
  if (kind === 'tuple') {
    expectLength(j, 2, where, kind);
    if (!Array.isArray(arg)) throw new TypeError(`${where}: a tuple type needs an array of element types`);
    return { kind: 'tuple', elements: arg.map((e: unknown, i) => readType(e, `${where}.tuple[${i}]`)) };
  }
  if (kind === 'object') {
    if (j.length > 3) throw new TypeError(`${where}: an object type has at most 3 elements`);
    return readObjectType(arg, extra, where);
  }
  throw new TypeError(`${where}: unsupported type kind ${JSON.stringify(kind)}`);
}

function expectLength(j: unknown[], n: number, where: string, kind: string): void {
  if (j.length !== n) throw new TypeError(`${where}: a ${kind} type has exactly ${n} elements`);
}

function readObjectType(arg: unknown, optionalJson: unknown, where: string): CtyType {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) {
    throw new TypeError(`${where}: an object type needs a JSON object of attribute types`);
  }
  const attributes = Object.fromEntries(
    Object.entries(arg).map(([name, t]: [string, unknown]) => [name, readType(t, `${where}.${name}`)]),
  );
  if (optionalJson === undefined) return { kind: 'object', attributes };
  if (!Array.isArray(optionalJson) || !optionalJson.every((n): n is string => typeof n === 'string')) {
    throw new TypeError(`${where}: optional attributes must be an array of attribute names`);
  }
  const unknownName = optionalJson.find((n) => !Object.hasOwn(attributes, n));
  if (unknownName !== undefined) {
    throw new TypeError(`${where}: optional attribute ${JSON.stringify(unknownName)} is not an attribute`);
  }
  return optionalJson.length > 0
    ? { kind: 'object', attributes, optional: optionalJson }
    : { kind: 'object', attributes };
}
