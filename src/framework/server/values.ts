/**
 * Decoding and encoding of DynamicValues with a schema's type. A decoding failure is reported as
 * a diagnostic (it means Terraform and the provider disagree about the schema).
 */
import type { Diagnostics } from '../../tf/diagnostics.js';
import { decodeJson } from '../../tf/json.js';
import { decodeMsgpack, encodeMsgpack } from '../../tf/msgpack.js';
import type { CtyType } from '../../tf/types.js';
import { isObjectValue } from '../../tf/value.js';
import type { ObjectValue, Value } from '../../tf/value.js';
import type { DynamicValue } from '../protocol.js';

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Decodes a value; an absent or empty DynamicValue is null. Returns undefined after an error. */
export function decodeValue(
  dv: DynamicValue | undefined,
  type: CtyType,
  what: string,
  diags: Diagnostics,
): Value | undefined {
  try {
    if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
    if (dv?.json && dv.json.length > 0) return decodeJson(dv.json, type);
    return null;
  } catch (e) {
    diags.error(
      'Invalid Value From Terraform',
      `The provider could not decode the ${what}: ${errorMessage(e)}. This is a bug in the provider or a ` +
        'Terraform version it does not support; please report it.',
    );
    return undefined;
  }
}

/** Decodes an object value (or null); undefined after an error. */
export function decodeObject(
  dv: DynamicValue | undefined,
  type: CtyType,
  what: string,
  diags: Diagnostics,
): ObjectValue | null | undefined {
  const v = decodeValue(dv, type, what, diags);
  if (v === undefined || v === null) return v;
  if (isObjectValue(v)) return v;
  diags.error('Invalid Value From Terraform', `The ${what} is not an object.`);
  return undefined;
}

export const encodeValue = (value: Value, type: CtyType): DynamicValue => ({
  msgpack: encodeMsgpack(value, type),
});
