/**
 * The one error the value codecs throw: what went wrong, and where in the value it happened.
 * Messages never contain the offending value itself (it may be a secret), only its kind.
 */
import type { AttrPath } from './path.js';
import { BigDecimal, DynamicValue, Unknown } from './value.js';
import type { Value } from './value.js';

export type CodecErrorCode = 'DECODE' | 'ENCODE';

export class ValueCodecError extends Error {
  override readonly name = 'ValueCodecError';

  constructor(
    readonly code: CodecErrorCode,
    readonly path: AttrPath,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(path.isEmpty ? reason : `${path.toString()}: ${reason}`, options);
  }
}

export const decodeError = (path: AttrPath, reason: string, options?: ErrorOptions): ValueCodecError =>
  new ValueCodecError('DECODE', path, reason, options);

export const encodeError = (path: AttrPath, reason: string, options?: ErrorOptions): ValueCodecError =>
  new ValueCodecError('ENCODE', path, reason, options);

/** A short name for the kind of a raw (decoded but untyped) datum, for error messages. */
export function describeRaw(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'array';
  if (raw instanceof Uint8Array) return 'binary';
  if (raw instanceof Map) return 'object';
  return typeof raw === 'object' ? 'map' : typeof raw;
}

/** A short name for the kind of a typed value, for error messages. */
export function describeValue(v: Value): string {
  if (v === null) return 'null';
  if (v instanceof Unknown) return 'unknown';
  if (v instanceof DynamicValue) return 'dynamic value';
  if (v instanceof BigDecimal || typeof v === 'bigint') return 'number';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'object' ? 'object' : typeof v;
}
