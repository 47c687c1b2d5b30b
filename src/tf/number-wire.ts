/**
 * Terraform numbers on the wire (msgpack and refinement payloads): an int of any width, a float,
 * or a string holding decimal text. Decoding keeps the exact value; encoding follows Terraform's
 * own choice of form (int when it is an integer that fits 64 bits, float64 for other doubles,
 * decimal text for everything else).
 */
import {
  decimalOfNumberValue,
  decimalToNumberValue,
  isSafe,
  parseDecimal,
  parseInfinity,
} from './decimal.js';
import type { NumberValue } from './value.js';

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** A number from its wire form, or `undefined` when the datum is not a number. */
export function numberFromWire(raw: unknown): NumberValue | undefined {
  if (typeof raw === 'number') return Number.isNaN(raw) ? undefined : raw;
  if (typeof raw === 'bigint') return isSafe(raw) ? Number(raw) : raw;
  if (typeof raw === 'string') {
    const inf = parseInfinity(raw);
    if (inf !== undefined) return inf;
    const d = parseDecimal(raw);
    return d === undefined ? undefined : decimalToNumberValue(d);
  }
  return undefined;
}

/**
 * The wire form of a number: a JS number (int or float64), a bigint (int64/uint64), or decimal
 * text. Throws `TypeError` for NaN or a `BigDecimal` that is not decimal text.
 */
export function numberToWire(n: NumberValue): number | bigint | string {
  if (typeof n === 'number') {
    if (Number.isNaN(n)) throw new TypeError('NaN is not a Terraform number');
    if (Number.isInteger(n) && !Number.isSafeInteger(n)) return bigintToWire(BigInt(n));
    return n;
  }
  if (typeof n === 'bigint') return bigintToWire(n);
  decimalOfNumberValue(n);
  return n.text;
}

function bigintToWire(b: bigint): number | bigint | string {
  if (isSafe(b)) return Number(b);
  return b >= INT64_MIN && b <= UINT64_MAX ? b : b.toString();
}
