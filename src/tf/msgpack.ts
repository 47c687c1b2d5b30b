/**
 * Terraform values in msgpack (the form Terraform always sends in a `DynamicValue`). The library
 * reads and writes the msgpack format; this module maps its data to and from typed values:
 * null is nil, unknown is an extension, objects carry exactly their attributes, and a `dynamic`
 * slot is `[bin(type JSON), value]`.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { decodeError, describeRaw, describeValue, encodeError } from './codec-error.js';
import { normalizeSet } from './equality.js';
import {
  PLAIN_UNKNOWN_EXT_TYPE,
  PLAIN_UNKNOWN_PAYLOAD,
  REFINED_UNKNOWN_EXT_TYPE,
  decodeUnknownExtension,
  encodeRefinementPayload,
  unknownForType,
} from './msgpack-unknown.js';
import { isNumberValue } from './decimal.js';
import { numberFromWire, numberToWire } from './number-wire.js';
import { AttrPath } from './path.js';
import { typeFromJsonBytes, typeToJsonBytes } from './type-json.js';
import type { CtyType } from './types.js';
import { DynamicValue, Unknown, isObjectValue } from './value.js';
import type { ObjectValue, Value } from './value.js';

/** Every extension is an unknown to Terraform, so none may turn into a JS object on decode. */
const keepExtension = (data: Uint8Array, type: number): ExtData => new ExtData(type, data);

const extensionCodec = new ExtensionCodec();
extensionCodec.register({ type: -1, encode: () => null, decode: keepExtension });
extensionCodec.register({
  type: PLAIN_UNKNOWN_EXT_TYPE,
  encode: (input) => (input instanceof Unknown && !input.isRefined ? PLAIN_UNKNOWN_PAYLOAD : null),
  decode: keepExtension,
});
extensionCodec.register({
  type: REFINED_UNKNOWN_EXT_TYPE,
  encode: (input) =>
    input instanceof Unknown && input.isRefined ? encodeRefinementPayload(input.refinements) : null,
  decode: keepExtension,
});

const decoder = new Decoder({ extensionCodec, useBigInt64: true });
/** Keys sorted by UTF-16 code units (the same as go-cty's byte order for all but rare astral names). */
const encoder = new Encoder({ extensionCodec, useBigInt64: true, sortKeys: true, maxDepth: 1000 });

export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  if (bytes.length === 0) throw decodeError(AttrPath.empty, 'empty msgpack input');
  let raw: unknown;
  try {
    raw = decoder.decode(bytes);
  } catch (e: unknown) {
    throw decodeError(AttrPath.empty, `invalid msgpack: ${e instanceof Error ? e.message : 'unreadable'}`, {
      cause: e,
    });
  }
  return fromWire(raw, type, AttrPath.empty);
}

export function encodeMsgpack(value: Value, type: CtyType): Uint8Array {
  const wire = toWire(value, type, AttrPath.empty);
  try {
    return encoder.encode(wire);
  } catch (e: unknown) {
    throw encodeError(
      AttrPath.empty,
      `cannot write msgpack: ${e instanceof Error ? e.message : 'unwritable'}`,
      {
        cause: e,
      },
    );
  }
}

// ---- decoding ----

type WireMap = Record<string, unknown>;

const isWireMap = (raw: unknown): raw is WireMap =>
  raw !== null &&
  typeof raw === 'object' &&
  !Array.isArray(raw) &&
  !(raw instanceof Uint8Array) &&
  !(raw instanceof ExtData);

function fromWire(raw: unknown, type: CtyType, path: AttrPath): Value {
  if (raw instanceof ExtData) return decodeUnknownExtension(raw, type, path);
  if (raw === null) return null;
  switch (type.kind) {
    case 'string':
      return stringFromWire(raw, path);
    case 'number': {
      const n = numberFromWire(raw);
      if (n === undefined) throw decodeError(path, `a number is required, got ${describeRaw(raw)}`);
      return n;
    }
    case 'bool':
      if (typeof raw !== 'boolean') throw decodeError(path, `a bool is required, got ${describeRaw(raw)}`);
      return raw;
    case 'list':
      return arrayFromWire(raw, path, 'list').map((e, i) => fromWire(e, type.element, path.index(i)));
    case 'set':
      return normalizeSet(
        arrayFromWire(raw, path, 'set').map((e) => fromWire(e, type.element, path)),
        type.element,
      );
    case 'tuple': {
      const items = arrayFromWire(raw, path, 'tuple');
      if (items.length !== type.elements.length) {
        throw decodeError(
          path,
          `a tuple of length ${type.elements.length} is required (${items.length} given)`,
        );
      }
      return items.map((e, i) => fromWire(e, type.elements[i], path.index(i)));
    }
    case 'map':
      return Object.fromEntries(
        Object.entries(mapFromWire(raw, path, 'map')).map(([k, v]) => {
          const key = k.normalize('NFC');
          return [key, fromWire(v, type.element, path.key(key))];
        }),
      );
    case 'object':
      return objectFromWire(mapFromWire(raw, path, 'object'), type.attributes, path);
    case 'dynamic':
      return dynamicFromWire(raw, path);
  }
}

function stringFromWire(raw: unknown, path: AttrPath): string {
  if (typeof raw === 'string') return raw.normalize('NFC');
  if (raw instanceof Uint8Array) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw).normalize('NFC');
    } catch (e: unknown) {
      throw decodeError(path, 'a string is required, got binary that is not UTF-8', { cause: e });
    }
  }
  throw decodeError(path, `a string is required, got ${describeRaw(raw)}`);
}

function arrayFromWire(raw: unknown, path: AttrPath, kind: string): unknown[] {
  if (!Array.isArray(raw))
    throw decodeError(path, `a ${kind} (msgpack array) is required, got ${describeRaw(raw)}`);
  return raw;
}

function mapFromWire(raw: unknown, path: AttrPath, kind: 'map' | 'object'): WireMap {
  if (!isWireMap(raw))
    throw decodeError(path, `${article(kind)} (msgpack map) is required, got ${describeRaw(raw)}`);
  return raw;
}

function objectFromWire(
  raw: WireMap,
  attributes: Readonly<Record<string, CtyType>>,
  path: AttrPath,
): ObjectValue {
  const names = Object.keys(attributes);
  const given = Object.keys(raw);
  if (given.length !== names.length) {
    throw decodeError(path, `an object with ${names.length} attributes is required (${given.length} given)`);
  }
  const unsupported = given.find((k) => !Object.hasOwn(attributes, k));
  if (unsupported !== undefined)
    throw decodeError(path, `unsupported attribute ${JSON.stringify(unsupported)}`);
  return Object.fromEntries(names.map((n) => [n, fromWire(raw[n], attributes[n], path.attr(n))]));
}

function dynamicFromWire(raw: unknown, path: AttrPath): DynamicValue {
  if (!Array.isArray(raw) || raw.length !== 2) {
    throw decodeError(path, `a dynamic value must be a [type, value] array, got ${describeRaw(raw)}`);
  }
  const [typeJson, inner] = raw as [unknown, unknown];
  if (typeof typeJson !== 'string' && !(typeJson instanceof Uint8Array)) {
    throw decodeError(path, `the type of a dynamic value must be type JSON, got ${describeRaw(typeJson)}`);
  }
  let type: CtyType;
  try {
    type = typeFromJsonBytes(typeJson);
  } catch (e: unknown) {
    throw decodeError(path, e instanceof Error ? e.message : 'invalid type JSON', { cause: e });
  }
  return new DynamicValue(type, fromWire(inner, type, path));
}

// ---- encoding ----

function toWire(value: Value, type: CtyType, path: AttrPath): unknown {
  if (value === null) return null;
  if (value instanceof Unknown) return unknownForType(value, type);
  switch (type.kind) {
    case 'string':
      if (typeof value !== 'string')
        throw encodeError(path, `a string is required, got ${describeValue(value)}`);
      return value;
    case 'number':
      return numberValueToWire(value, path);
    case 'bool':
      if (typeof value !== 'boolean')
        throw encodeError(path, `a bool is required, got ${describeValue(value)}`);
      return value;
    case 'list':
      return arrayOf(value, path, 'list').map((e, i) => toWire(e, type.element, path.index(i)));
    case 'set':
      return arrayOf(value, path, 'set').map((e) => toWire(e, type.element, path));
    case 'tuple': {
      const items = arrayOf(value, path, 'tuple');
      if (items.length !== type.elements.length) {
        throw encodeError(
          path,
          `a tuple of length ${type.elements.length} is required (${items.length} given)`,
        );
      }
      return items.map((e, i) => toWire(e, type.elements[i], path.index(i)));
    }
    case 'map':
      return Object.fromEntries(
        Object.entries(mapOf(value, path, 'map')).map(([k, v]) => [k, toWire(v, type.element, path.key(k))]),
      );
    case 'object':
      return objectToWire(mapOf(value, path, 'object'), type.attributes, path);
    case 'dynamic':
      return dynamicToWire(value, path);
  }
}

function numberValueToWire(value: Value, path: AttrPath): unknown {
  if (!isNumberValue(value)) throw encodeError(path, `a number is required, got ${describeValue(value)}`);
  try {
    return numberToWire(value);
  } catch (e: unknown) {
    throw encodeError(path, e instanceof Error ? e.message : 'not a number', { cause: e });
  }
}

function arrayOf(value: Value, path: AttrPath, kind: string): Value[] {
  if (!Array.isArray(value))
    throw encodeError(path, `a ${kind} (array) is required, got ${describeValue(value)}`);
  return value;
}

function mapOf(value: Value, path: AttrPath, kind: 'map' | 'object'): ObjectValue {
  if (!isObjectValue(value))
    throw encodeError(path, `${article(kind)} is required, got ${describeValue(value)}`);
  return value;
}

const article = (kind: 'map' | 'object'): string => (kind === 'map' ? 'a map' : 'an object');

function objectToWire(
  value: ObjectValue,
  attributes: Readonly<Record<string, CtyType>>,
  path: AttrPath,
): unknown {
  const unsupported = Object.keys(value).find((k) => !Object.hasOwn(attributes, k));
  if (unsupported !== undefined)
    throw encodeError(path, `unsupported attribute ${JSON.stringify(unsupported)}`);
  return Object.fromEntries(
    Object.keys(attributes).map((n) => [
      n,
      Object.hasOwn(value, n) ? toWire(value[n], attributes[n], path.attr(n)) : null,
    ]),
  );
}

function dynamicToWire(value: Value, path: AttrPath): unknown {
  if (!(value instanceof DynamicValue)) {
    throw encodeError(
      path,
      `a dynamic slot needs a DynamicValue, null or unknown, got ${describeValue(value)}`,
    );
  }
  // A value whose type is itself still unknown travels bare: nil or the extension.
  if (value.type.kind === 'dynamic') return toWire(value.value, value.type, path);
  return [typeToJsonBytes(value.type), toWire(value.value, value.type, path)];
}
