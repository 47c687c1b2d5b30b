import {
  decimalEquals,
  decimalOfNumberValue,
  decimalToNumberValue,
  exactDecimalOfDouble,
  formatPlain,
  formatScientific,
  parseDecimal,
  parseInfinity,
} from './decimal.js';
import { BigDecimal } from './value.js';
import type { NumberValue } from './value.js';

describe('parseDecimal and formatPlain', () => {
  const cases: { text: string; plain: string; scientific: string }[] = [
    { text: '0', plain: '0', scientific: '0' },
    { text: '-0.000', plain: '0', scientific: '0' },
    { text: '007', plain: '7', scientific: '7e0' },
    { text: '+1.50', plain: '1.5', scientific: '15e-1' },
    { text: '.5', plain: '0.5', scientific: '5e-1' },
    { text: '5.', plain: '5', scientific: '5e0' },
    { text: '1e3', plain: '1000', scientific: '1e3' },
    { text: '-12.5E-3', plain: '-0.0125', scientific: '-125e-4' },
    { text: '1200', plain: '1200', scientific: '12e2' },
  ];

  it.each(cases)('reads $text', ({ text, plain, scientific }) => {
    const d = parseDecimal(text);
    expect(d && formatPlain(d)).toBe(plain);
    expect(d && formatScientific(d)).toBe(scientific);
  });

  it.each(['', '-', '1.2.3', '0x10', '1e', 'NaN', ' 1', '1e9999999'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it.each([
    ['inf', Infinity],
    ['+Inf', Infinity],
    ['-Infinity', -Infinity],
  ])('reads %s as an infinity', (text, value) => {
    expect(parseInfinity(text)).toBe(value);
  });
});

describe('exactDecimalOfDouble', () => {
  it.each([
    [0.5, '0.5'],
    [0.1, '0.1000000000000000055511151231257827021181583404541015625'],
    [-3, '-3'],
    [2 ** 60, '1152921504606846976'],
  ])('expands %p exactly', (n, expected) => {
    expect(formatPlain(exactDecimalOfDouble(n))).toBe(expected);
  });

  it('expands the smallest subnormal to all 751 significant digits', () => {
    const d = exactDecimalOfDouble(5e-324);
    expect(d.exponent).toBe(-1074);
    expect(d.digits).toHaveLength(751);
    expect(d.digits.startsWith('4940656458412465441765687928682213723650598')).toBe(true);
    expect(Number(formatPlain(d))).toBe(5e-324);
  });
});

describe('decimalToNumberValue keeps the exact value', () => {
  const cases: { name: string; text: string; expected: NumberValue }[] = [
    { name: 'small integer', text: '42', expected: 42 },
    { name: 'integer written with exponent', text: '1.5e3', expected: 1500 },
    { name: 'largest safe integer', text: '9007199254740991', expected: 9007199254740991 },
    { name: 'first unsafe integer', text: '9007199254740993', expected: 9007199254740993n },
    { name: 'negative big integer', text: '-98765432109876543210', expected: -98765432109876543210n },
    { name: 'binary fraction', text: '0.375', expected: 0.375 },
    { name: 'decimal fraction', text: '0.1', expected: new BigDecimal('0.1') },
    { name: 'fraction with trailing zeros', text: '2.50', expected: 2.5 },
    {
      name: 'long fraction',
      text: '-1.23456789012345678901',
      expected: new BigDecimal('-1.23456789012345678901'),
    },
    { name: 'huge exponent', text: '1e5000', expected: new BigDecimal('1e5000') },
    { name: 'smallest safe integer', text: '-9007199254740991', expected: -9007199254740991 },
    { name: 'negative binary fraction', text: '-0.375', expected: -0.375 },
    { name: 'integer of 1000 digits', text: '1e999', expected: 10n ** 999n },
    { name: 'integer of 1001 digits', text: '1e1000', expected: new BigDecimal('1e1000') },
    {
      name: 'fraction of 1000 decimal places',
      text: '1e-1000',
      expected: new BigDecimal(`0.${'0'.repeat(999)}1`),
    },
    { name: 'fraction of 1001 decimal places', text: '1e-1001', expected: new BigDecimal('1e-1001') },
    {
      name: "one digit off a double's exact value",
      text: '0.1000000000000000055511151231257827021181583404541015624',
      expected: new BigDecimal('0.1000000000000000055511151231257827021181583404541015624'),
    },
    {
      name: 'fraction beyond the largest double',
      text: `1${'0'.repeat(400)}.5`,
      expected: new BigDecimal(`1${'0'.repeat(400)}.5`),
    },
  ];

  it.each(cases)('$name ($text)', ({ text, expected }) => {
    expect(decimalToNumberValue(parseDecimal(text)!)).toEqual(expected);
  });
});

describe('decimalEquals', () => {
  const d = (text: string) => parseDecimal(text)!;
  it('compares sign, digits and exponent', () => {
    expect(decimalEquals(d('1.50'), d('1.5'))).toBe(true);
    expect(decimalEquals(d('1.5'), d('-1.5'))).toBe(false);
    expect(decimalEquals(d('1.5'), d('1.6'))).toBe(false);
    expect(decimalEquals(d('1.5'), d('15'))).toBe(false);
  });
});

describe('decimalOfNumberValue', () => {
  it('refuses NaN, which is no Terraform number', () => {
    expect(() => decimalOfNumberValue(NaN)).toThrow('NaN is not a Terraform number');
  });
});
