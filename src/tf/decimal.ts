/**
 * Exact decimal arithmetic for Terraform numbers, just enough to parse number text, print it in
 * its shortest plain form, and choose the exact TypeScript representation of a number
 * (`number` when the double is exact, `bigint` for other integers, `BigDecimal` otherwise).
 */
import { BigDecimal } from './value.js';
import type { NumberValue, Value } from './value.js';

/** (-1)^negative × digits × 10^exponent; digits has no leading or trailing zeros; zero is `''`. */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

const DECIMAL_TEXT = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d{1,6}))?$/;
const INFINITY_TEXT = /^([+-])?inf(?:inity)?$/i;

/** Integers with more digits than this stay `BigDecimal` rather than becoming a huge `bigint`. */
const MAX_BIGINT_DIGITS = 1000;

const ZERO: Decimal = Object.freeze({ negative: false, digits: '', exponent: 0 });

/** Parses decimal text (`-12.50`, `.5`, `1e-3`, `+7`); `undefined` when it is not a decimal. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const [, sign, intDigits, fracAfterInt, fracOnly, exp] = m;
  return normalise(sign === '-', intDigits ?? '', fracOnly ?? fracAfterInt ?? '', Number(exp ?? '0'));
}

function normalise(negative: boolean, intDigits: string, fracDigits: string, exp: number): Decimal {
  const all = (intDigits + fracDigits).replace(/^0+/, '');
  const trimmed = all.replace(/0+$/, '');
  if (trimmed === '') return ZERO;
  const exponent = exp - fracDigits.length + (all.length - trimmed.length);
  return { negative, digits: trimmed, exponent };
}

/** Parses `inf`/`Infinity` with an optional sign; `undefined` otherwise. */
export function parseInfinity(text: string): number | undefined {
  const m = INFINITY_TEXT.exec(text);
  if (!m) return undefined;
  return m[1] === '-' ? -Infinity : Infinity;
}

export const decimalEquals = (a: Decimal, b: Decimal): boolean =>
  a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;

export const isIntegral = (d: Decimal): boolean => d.exponent >= 0;

/** Plain positional text without exponent: `-0.001`, `1200`, `0`. */
export function formatPlain(d: Decimal): string {
  if (d.digits === '') return '0';
  const sign = d.negative ? '-' : '';
  if (d.exponent >= 0) return sign + d.digits + '0'.repeat(d.exponent);
  const point = d.digits.length + d.exponent;
  if (point > 0) return `${sign}${d.digits.slice(0, point)}.${d.digits.slice(point)}`;
  return `${sign}0.${'0'.repeat(-point)}${d.digits}`;
}

/** The shortest decimal that reads back as the same double (as Terraform compares numbers). */
export function decimalOfDouble(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`${n} has no decimal form`);
  const d = parseDecimal(String(n));
  if (!d) throw new RangeError(`cannot read back ${String(n)}`);
  return d;
}

/** The exact decimal value of a finite double (every binary fraction is a finite decimal). */
export function exactDecimalOfDouble(n: number): Decimal {
  if (Number.isInteger(n)) return parseDecimal(BigInt(n).toString()) ?? ZERO;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exp2 = biased === 0 ? -1074 : biased - 1075;
  // mantissa × 2^exp2 = mantissa × 5^-exp2 × 10^exp2, and exp2 < 0 for every non-integer.
  const digits = (mantissa * 5n ** BigInt(-exp2)).toString();
  return normalise(n < 0, digits, '', exp2);
}

/** The exact TypeScript representation of a decimal (see the module comment). */
export function decimalToNumberValue(d: Decimal): NumberValue {
  if (d.digits === '') return 0;
  if (isIntegral(d)) {
    if (d.digits.length + d.exponent > MAX_BIGINT_DIGITS) return new BigDecimal(formatScientific(d));
    const big = BigInt(formatPlain(d));
    return isSafe(big) ? Number(big) : big;
  }
  // A double has at most 1074 fractional digits: anything finer can never be one.
  if (d.exponent >= -1100 && d.digits.length <= 800) {
    const double = Number(formatPlain(d));
    if (double !== 0 && Number.isFinite(double) && decimalEquals(exactDecimalOfDouble(double), d)) {
      return double;
    }
  }
  return new BigDecimal(d.exponent < -MAX_BIGINT_DIGITS ? formatScientific(d) : formatPlain(d));
}

/** Compact exact text `[-]digitsEexponent`, cheap even for huge exponents (used as a key). */
export function formatScientific(d: Decimal): string {
  if (d.digits === '') return '0';
  return `${d.negative ? '-' : ''}${d.digits}e${d.exponent}`;
}

export const isSafe = (b: bigint): boolean =>
  b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= BigInt(Number.MIN_SAFE_INTEGER);

/**
 * The decimal of any number value; `undefined` for ±Infinity (no decimal) and throws a
 * `TypeError` for NaN or a `BigDecimal` whose text is not a decimal.
 */
export function decimalOfNumberValue(n: NumberValue): Decimal | undefined {
  if (typeof n === 'number') {
    if (Number.isNaN(n)) throw new TypeError('NaN is not a Terraform number');
    return Number.isFinite(n) ? decimalOfDouble(n) : undefined;
  }
  if (typeof n === 'bigint') return parseDecimal(n.toString()) ?? ZERO;
  const d = parseDecimal(n.text);
  if (!d) throw new TypeError('BigDecimal text is not a decimal number');
  return d;
}

export const isNumberValue = (v: Value): v is NumberValue =>
  typeof v === 'number' || typeof v === 'bigint' || v instanceof BigDecimal;
