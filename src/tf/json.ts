/**
 * Terraform values in JSON: the `DynamicValue.json` fallback and `RawState.json` (state written
 * by an older schema version). Numbers keep their exact text; a missing object attribute is
 * null; a `dynamic` slot is `{"value": …, "type": <type JSON>}`. JSON cannot carry unknowns.
 */
import { decodeError, describeValue, encodeError } from './codec-error.js';
import { decimalToNumberValue, isNumberValue, parseDecimal } from './decimal.js';
import { normalizeSet, numberToText } from './equality.js';
import { JsonNumber, parseJsonText } from './json-text.js';
import type { JsonNode } from './json-text.js';
import { AttrPath } from './path.js';
import { typeFromJson, typeToJsonText } from './type-json.js';
import type { CtyType } from './types.js';
import { DynamicValue, Unknown, isObjectValue } from './value.js';
import type { NumberValue, ObjectValue, Value } from './value.js';

export interface JsonDecodeOptions {
  /**
   * Skip object attributes the type does not have (state written by an older schema).
   * @default false - an unknown attribute name is an error
   */
  readonly ignoreUnknownAttributes?: boolean;
}

export function decodeJson(bytes: Uint8Array | string, type: CtyType, opts: JsonDecodeOptions = {}): Value {
  let node: JsonNode;
  try {
    const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    node = parseJsonText(text);
  } catch (e: unknown) {
    throw decodeError(AttrPath.empty, `invalid JSON: ${e instanceof Error ? e.message : 'unreadable'}`, {
      cause: e,
    });
  }
  return new JsonValueReader(opts.ignoreUnknownAttributes === true).read(node, type, AttrPath.empty);
}

/** Compact JSON text of a wholly known value; throws `ValueCodecError` on any unknown. */
export function encodeJson(value: Value, type: CtyType): string {
  return writeJson(value, type, AttrPath.empty);
}

// ---- decoding ----

class JsonValueReader {
  constructor(private readonly ignoreUnknownAttributes: boolean) {}

  read(node: JsonNode, type: CtyType, path: AttrPath): Value {
    if (node === null) return null;
    switch (type.kind) {
      case 'string':
        return readString(node, path);
      case 'number':
        return readNumber(node, path);
      case 'bool':
        return readBool(node, path);
      case 'list':
        return arrayNode(node, path, 'list').map((e, i) => this.read(e, type.element, path.index(i)));
      case 'set':
        return normalizeSet(
          arrayNode(node, path, 'set').map((e) => this.read(e, type.element, path)),
          type.element,
        );
      case 'tuple': {
        const items = arrayNode(node, path, 'tuple');
        if (items.length !== type.elements.length) {
          throw decodeError(
            path,
            `a tuple of length ${type.elements.length} is required (${items.length} given)`,
          );
        }
        return items.map((e, i) => this.read(e, type.elements[i], path.index(i)));
      }
      case 'map':
        return Object.fromEntries(
          [...objectNode(node, path, 'a map')].map(([k, v]) => {
            const key = k.normalize('NFC');
            return [key, this.read(v, type.element, path.key(key))];
          }),
        );
      case 'object':
        return this.readObject(objectNode(node, path, 'an object'), type.attributes, path);
      case 'dynamic':
        return this.readDynamic(node, path);
    }
  }

  private readObject(
    members: Map<string, JsonNode>,
    attributes: Readonly<Record<string, CtyType>>,
    path: AttrPath,
  ): ObjectValue {
    if (!this.ignoreUnknownAttributes) {
      const unsupported = [...members.keys()].find((k) => !Object.hasOwn(attributes, k));
      if (unsupported !== undefined)
        throw decodeError(path, `unsupported attribute ${JSON.stringify(unsupported)}`);
    }
    return Object.fromEntries(
      Object.keys(attributes).map((n) => {
        const member = members.get(n);
        return [n, member === undefined ? null : this.read(member, attributes[n], path.attr(n))];
      }),
    );
  }

  private readDynamic(node: JsonNode, path: AttrPath): DynamicValue {
    const members = objectNode(node, path, 'a {"type", "value"} object');
    const extra = [...members.keys()].find((k) => k !== 'type' && k !== 'value');
    if (extra !== undefined)
      throw decodeError(path, `invalid key ${JSON.stringify(extra)} in a dynamic value`);
    const typeNode = members.get('type');
    if (typeNode === undefined) throw decodeError(path, 'a dynamic value needs a "type"');
    let type: CtyType;
    try {
      type = typeFromJson(toPlainJson(typeNode));
    } catch (e: unknown) {
      throw decodeError(path, e instanceof Error ? e.message : 'invalid type JSON', { cause: e });
    }
    return new DynamicValue(type, this.read(members.get('value') ?? null, type, path));
  }
}

/** go-cty converts a JSON number or bool to a string, and reads numbers and bools from strings. */
function readString(node: JsonNode, path: AttrPath): string {
  if (typeof node === 'string') return node.normalize('NFC');
  if (node instanceof JsonNumber) return node.text;
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  throw decodeError(path, `a string is required, got ${describeNode(node)}`);
}

function readNumber(node: JsonNode, path: AttrPath): NumberValue {
  const text = node instanceof JsonNumber ? node.text : typeof node === 'string' ? node : undefined;
  const d = text === undefined ? undefined : parseDecimal(text);
  if (d === undefined) throw decodeError(path, `a number is required, got ${describeNode(node)}`);
  return decimalToNumberValue(d);
}

function readBool(node: JsonNode, path: AttrPath): boolean {
  if (typeof node === 'boolean') return node;
  if (node === 'true' || node === 'false') return node === 'true';
  throw decodeError(path, `a bool is required, got ${describeNode(node)}`);
}

function arrayNode(node: JsonNode, path: AttrPath, kind: string): JsonNode[] {
  if (!Array.isArray(node))
    throw decodeError(path, `a ${kind} (JSON array) is required, got ${describeNode(node)}`);
  return node;
}

function objectNode(node: JsonNode, path: AttrPath, what: string): Map<string, JsonNode> {
  if (!(node instanceof Map))
    throw decodeError(path, `${what} (JSON object) is required, got ${describeNode(node)}`);
  return node;
}

function describeNode(node: JsonNode): string {
  if (node === null) return 'null';
  if (node instanceof JsonNumber) return 'number';
  if (node instanceof Map) return 'object';
  if (Array.isArray(node)) return 'array';
  return typeof node === 'boolean' ? 'bool' : 'string';
}

/** Type JSON never holds numbers, so the plain form (for `typeFromJson`) loses nothing. */
function toPlainJson(node: JsonNode): unknown {
  if (node instanceof JsonNumber) return Number(node.text);
  if (node instanceof Map) return Object.fromEntries([...node].map(([k, v]) => [k, toPlainJson(v)]));
  if (Array.isArray(node)) return node.map(toPlainJson);
  return node;
}

// ---- encoding ----

function writeJson(value: Value, type: CtyType, path: AttrPath): string {
  if (value === null) return 'null';
  if (value instanceof Unknown) throw encodeError(path, 'JSON cannot carry an unknown value');
  switch (type.kind) {
    case 'string':
      if (typeof value !== 'string')
        throw encodeError(path, `a string is required, got ${describeValue(value)}`);
      return JSON.stringify(value);
    case 'number':
      return writeNumber(value, path);
    case 'bool':
      if (typeof value !== 'boolean')
        throw encodeError(path, `a bool is required, got ${describeValue(value)}`);
      return value ? 'true' : 'false';
    case 'list':
    case 'set':
      return `[${arrayValue(value, path, type.kind)
        .map((e, i) => writeJson(e, type.element, type.kind === 'list' ? path.index(i) : path))
        .join(',')}]`;
    case 'tuple': {
      const items = arrayValue(value, path, 'tuple');
      if (items.length !== type.elements.length) {
        throw encodeError(
          path,
          `a tuple of length ${type.elements.length} is required (${items.length} given)`,
        );
      }
      return `[${items.map((e, i) => writeJson(e, type.elements[i], path.index(i))).join(',')}]`;
    }
    case 'map': {
      const map = objectValue(value, path, 'a map');
      return writeMembers(Object.keys(map), (k) => writeJson(map[k], type.element, path.key(k)));
    }
    case 'object': {
      const obj = objectValue(value, path, 'an object');
      const unsupported = Object.keys(obj).find((k) => !Object.hasOwn(type.attributes, k));
      if (unsupported !== undefined)
        throw encodeError(path, `unsupported attribute ${JSON.stringify(unsupported)}`);
      return writeMembers(Object.keys(type.attributes), (n) =>
        Object.hasOwn(obj, n) ? writeJson(obj[n], type.attributes[n], path.attr(n)) : 'null',
      );
    }
    case 'dynamic':
      return writeDynamic(value, path);
  }
}

function writeNumber(value: Value, path: AttrPath): string {
  if (!isNumberValue(value)) throw encodeError(path, `a number is required, got ${describeValue(value)}`);
  let text: string;
  try {
    text = numberToText(value);
  } catch (e: unknown) {
    throw encodeError(path, e instanceof Error ? e.message : 'not a number', { cause: e });
  }
  if (text.endsWith('Infinity')) throw encodeError(path, 'JSON cannot carry an infinite number');
  return text;
}

function writeDynamic(value: Value, path: AttrPath): string {
  if (!(value instanceof DynamicValue)) {
    throw encodeError(path, `a dynamic slot needs a DynamicValue or null, got ${describeValue(value)}`);
  }
  if (value.type.kind === 'dynamic') return writeJson(value.value, value.type, path);
  return `{"value":${writeJson(value.value, value.type, path)},"type":${typeToJsonText(value.type)}}`;
}

function writeMembers(names: string[], write: (name: string) => string): string {
  return `{${[...names]
    .sort()
    .map((n) => `${JSON.stringify(n)}:${write(n)}`)
    .join(',')}}`;
}

function arrayValue(value: Value, path: AttrPath, kind: string): Value[] {
  if (!Array.isArray(value))
    throw encodeError(path, `a ${kind} (array) is required, got ${describeValue(value)}`);
  return value;
}

function objectValue(value: Value, path: AttrPath, what: string): ObjectValue {
  if (!isObjectValue(value)) throw encodeError(path, `${what} is required, got ${describeValue(value)}`);
  return value;
}
