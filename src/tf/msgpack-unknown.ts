/**
 * Unknown values in msgpack. Every extension decodes as unknown; a payload of at most one byte is
 * the plain unknown, and extension type 12 carries refinements as a msgpack map with small
 * integer keys. Refinements that do not apply to the value's type are dropped, on both sides.
 */
import { Decoder, encode } from '@msgpack/msgpack';
import type { ExtData } from '@msgpack/msgpack';
import { decodeError } from './codec-error.js';
import { numberFromWire, numberToWire } from './number-wire.js';
import type { AttrPath } from './path.js';
import type { CtyType } from './types.js';
import { Unknown, unknown } from './value.js';
import type { NumberValue, Refinements } from './value.js';

export const PLAIN_UNKNOWN_EXT_TYPE = 0;
export const REFINED_UNKNOWN_EXT_TYPE = 12;
/** go-cty writes the plain unknown as fixext1 type 0 with a zero byte: `d4 00 00`. */
export const PLAIN_UNKNOWN_PAYLOAD: Uint8Array = Uint8Array.of(0);
const MAX_REFINEMENT_PAYLOAD_BYTES = 1024;
const MAX_PREFIX_BYTES = 255;
/** msgpack "fixmap" header for n ≤ 15 entries; the library only writes maps with string keys. */
const FIXMAP = 0x80;

const RefinementKey = {
  Nullness: 1,
  StringPrefix: 2,
  NumberLower: 3,
  NumberUpper: 4,
  LengthLower: 5,
  LengthUpper: 6,
} as const;

const payloadDecoder = new Decoder({ useBigInt64: true });

/** Keeps only the refinements that mean something for `type` (none for `dynamic`). */
export function applicableRefinements(r: Refinements, type: CtyType): Refinements {
  if (type.kind === 'dynamic') return {};
  const out: { -readonly [K in keyof Refinements]: Refinements[K] } = {};
  if (r.notNull === true) out.notNull = true;
  if (type.kind === 'string' && r.stringPrefix !== undefined && r.stringPrefix !== '') {
    out.stringPrefix = r.stringPrefix;
  }
  if (type.kind === 'number') {
    if (r.numberLower !== undefined) out.numberLower = r.numberLower;
    if (r.numberUpper !== undefined) out.numberUpper = r.numberUpper;
  }
  if (type.kind === 'list' || type.kind === 'set' || type.kind === 'map') {
    if (r.lengthLower !== undefined && r.lengthLower > 0) out.lengthLower = r.lengthLower;
    if (r.lengthUpper !== undefined) out.lengthUpper = r.lengthUpper;
  }
  return out;
}

/** The unknown to write for `value` in a slot of `type`: plain when no refinement applies. */
export function unknownForType(value: Unknown, type: CtyType): Unknown {
  const refinements = applicableRefinements(value.refinements, type);
  return Object.keys(refinements).length === 0 ? unknown : new Unknown(refinements);
}

/** The payload of a type-12 extension. Refinements must already be filtered for the type. */
export function encodeRefinementPayload(r: Refinements): Uint8Array {
  const entries: [number, unknown][] = [];
  if (r.notNull === true) entries.push([RefinementKey.Nullness, false]);
  if (r.stringPrefix !== undefined) entries.push([RefinementKey.StringPrefix, truncateUtf8(r.stringPrefix)]);
  if (r.numberLower !== undefined) entries.push([RefinementKey.NumberLower, bound(r.numberLower)]);
  if (r.numberUpper !== undefined) entries.push([RefinementKey.NumberUpper, bound(r.numberUpper)]);
  if (r.lengthLower !== undefined) entries.push([RefinementKey.LengthLower, length(r.lengthLower)]);
  if (r.lengthUpper !== undefined) entries.push([RefinementKey.LengthUpper, length(r.lengthUpper)]);
  const parts = entries.flatMap(([k, v]) => [encode(k), encode(v, { useBigInt64: true })]);
  return concat([Uint8Array.of(FIXMAP | entries.length), ...parts]);
}

/** The unknown an extension stands for, with the refinements that apply to `type`. */
export function decodeUnknownExtension(ext: ExtData, type: CtyType, path: AttrPath): Unknown {
  const data = typeof ext.data === 'function' ? ext.data(0) : ext.data;
  if (data.length <= 1 || ext.type !== REFINED_UNKNOWN_EXT_TYPE) return unknown;
  if (data.length > MAX_REFINEMENT_PAYLOAD_BYTES) {
    throw decodeError(path, `unknown value refinements are too long (${data.length} bytes)`);
  }
  let payload: unknown;
  try {
    payload = payloadDecoder.decode(data);
  } catch (e: unknown) {
    throw decodeError(path, 'unknown value refinements are not valid msgpack', { cause: e });
  }
  if (
    payload === null ||
    typeof payload !== 'object' ||
    Array.isArray(payload) ||
    payload instanceof Uint8Array
  ) {
    throw decodeError(path, 'unknown value refinements must be a msgpack map');
  }
  const fields = new Map(Object.entries(payload).map(([k, v]: [string, unknown]) => [Number(k), v]));
  return unknownForType(new Unknown(readRefinements(fields, path)), type);
}

function readRefinements(fields: Map<number, unknown>, path: AttrPath): Refinements {
  const out: { -readonly [K in keyof Refinements]: Refinements[K] } = {};
  const nullness = fields.get(RefinementKey.Nullness);
  if (nullness !== undefined) {
    if (typeof nullness !== 'boolean') throw decodeError(path, 'refinement nullness must be a bool');
    if (!nullness) out.notNull = true;
  }
  const prefix = fields.get(RefinementKey.StringPrefix);
  if (prefix !== undefined) {
    if (typeof prefix !== 'string') throw decodeError(path, 'refinement string prefix must be a string');
    if (prefix !== '') out.stringPrefix = prefix.normalize('NFC');
  }
  const lower = fields.get(RefinementKey.NumberLower);
  if (lower !== undefined) out.numberLower = readBound(lower, path);
  const upper = fields.get(RefinementKey.NumberUpper);
  if (upper !== undefined) out.numberUpper = readBound(upper, path);
  const minLength = fields.get(RefinementKey.LengthLower);
  if (minLength !== undefined) out.lengthLower = readLength(minLength, path);
  const maxLength = fields.get(RefinementKey.LengthUpper);
  if (maxLength !== undefined) out.lengthUpper = readLength(maxLength, path);
  return out;
}

function readBound(raw: unknown, path: AttrPath): { value: NumberValue; inclusive: boolean } {
  const value = Array.isArray(raw) && raw.length === 2 ? numberFromWire(raw[0]) : undefined;
  if (value === undefined || !Array.isArray(raw) || typeof raw[1] !== 'boolean') {
    throw decodeError(path, 'a refinement number bound must be [number, inclusive bool]');
  }
  return { value, inclusive: raw[1] };
}

function readLength(raw: unknown, path: AttrPath): number {
  const n = typeof raw === 'bigint' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw decodeError(path, 'a refinement length bound must be a non-negative integer');
  }
  return n;
}

function bound(b: { readonly value: NumberValue; readonly inclusive: boolean }): unknown[] {
  return [numberToWire(b.value), b.inclusive];
}

function length(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new TypeError('a length refinement must be a non-negative integer');
  return n;
}

/** go-cty keeps at most 255 bytes of a prefix; cut at a character boundary. */
function truncateUtf8(s: string): string {
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > MAX_PREFIX_BYTES) break;
    out += ch;
  }
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
