import { normalizeSet, numberToText, valueEquals } from './equality.js';
import { ctyNumber, ctyString, listOf, mapOf, objectOf, setOf, tupleOf } from './types.js';
import type { CtyType } from './types.js';
import { BigDecimal, DynamicValue, Unknown, unknown } from './value.js';
import type { NumberValue, Value } from './value.js';

describe('numberToText', () => {
  const cases: { name: string; n: NumberValue; text: string }[] = [
    { name: 'zero', n: 0, text: '0' },
    { name: 'negative zero', n: -0, text: '0' },
    { name: 'integer', n: 42, text: '42' },
    { name: 'double prints shortest', n: 0.1, text: '0.1' },
    { name: 'large double without exponent', n: 1e21, text: '1000000000000000000000' },
    { name: 'tiny double without exponent', n: 1.5e-7, text: '0.00000015' },
    { name: 'bigint', n: 9007199254740993n, text: '9007199254740993' },
    { name: 'negative bigint', n: -18446744073709551617n, text: '-18446744073709551617' },
    { name: 'decimal with trailing zeros', n: new BigDecimal('1.50'), text: '1.5' },
    { name: 'decimal with exponent', n: new BigDecimal('-2.5e-3'), text: '-0.0025' },
    { name: 'infinity', n: Infinity, text: 'Infinity' },
    { name: 'negative infinity', n: -Infinity, text: '-Infinity' },
  ];
  it.each(cases)('$name', ({ n, text }) => {
    expect(numberToText(n)).toBe(text);
  });

  it('rejects NaN and non-decimal BigDecimal text', () => {
    expect(() => numberToText(NaN)).toThrow(TypeError);
    expect(() => numberToText(new BigDecimal('12abc'))).toThrow(/not a decimal number/);
  });
});

describe('valueEquals', () => {
  const cases: { name: string; a: Value; b: Value; type?: CtyType; equal: boolean }[] = [
    { name: 'null and null', a: null, b: null, equal: true },
    { name: 'null and empty string', a: null, b: '', equal: false },
    { name: 'unknown and unknown', a: unknown, b: new Unknown({ notNull: true }), equal: true },
    { name: 'unknown and null', a: unknown, b: null, equal: false },
    { name: 'unknown and a known string', a: unknown, b: 'x', equal: false },
    { name: '1 and 1n', a: 1, b: 1n, equal: true },
    { name: '1n and BigDecimal 1.0', a: 1n, b: new BigDecimal('1.0'), equal: true },
    { name: 'double 0.1 and decimal 0.1', a: 0.1, b: new BigDecimal('0.10'), equal: true },
    { name: 'big int and its rounded double', a: 9007199254740993n, b: 9007199254740992, equal: false },
    { name: 'number and numeric string', a: 1, b: '1', equal: false },
    { name: 'infinity', a: Infinity, b: Infinity, equal: true },
    { name: 'infinity and its negation', a: Infinity, b: -Infinity, equal: false },
    { name: 'strings by NFC form', a: 'caf\u00e9', b: 'cafe\u0301', equal: true },
    { name: 'different strings', a: 'a', b: 'b', equal: false },
    { name: 'bools', a: true, b: false, equal: false },
    { name: 'lists in order', a: [1, 2], b: [1, 2], type: listOf(ctyNumber), equal: true },
    { name: 'lists out of order', a: [1, 2], b: [2, 1], type: listOf(ctyNumber), equal: false },
    { name: 'sets out of order', a: ['a', 'b'], b: ['b', 'a'], type: setOf(ctyString), equal: true },
    { name: 'sets with repeats', a: ['a', 'a', 'b'], b: ['b', 'a'], type: setOf(ctyString), equal: true },
    { name: 'different sets', a: ['a'], b: ['a', 'b'], type: setOf(ctyString), equal: false },
    { name: 'untyped arrays compare in order', a: ['a', 'b'], b: ['b', 'a'], equal: false },
    {
      name: 'sets nested in an object',
      a: { tags: ['x', 'y'], n: 1 },
      b: { n: 1n, tags: ['y', 'x'] },
      type: objectOf({ tags: setOf(ctyString), n: ctyNumber }),
      equal: true,
    },
    { name: 'maps by key', a: { a: 1, b: 2 }, b: { b: 2, a: 1 }, type: mapOf(ctyNumber), equal: true },
    { name: 'maps with another key', a: { a: 1 }, b: { b: 1 }, type: mapOf(ctyNumber), equal: false },
    { name: 'objects with a null attribute', a: { a: null }, b: { a: 'x' }, equal: false },
    { name: 'nested unknown', a: [{ a: unknown }], b: [{ a: unknown }], equal: true },
    { name: 'nested unknown and known', a: [{ a: unknown }], b: [{ a: 'v' }], equal: false },
    { name: 'a list holding an unknown and an empty list', a: [unknown], b: [], equal: false },
    {
      name: 'sets inside a tuple, by the tuple element type',
      a: [['a', 'b'], 'x'],
      b: [['b', 'a'], 'x'],
      type: tupleOf([setOf(ctyString), ctyString]),
      equal: true,
    },
    {
      name: 'dynamic values of the same type',
      a: new DynamicValue(setOf(ctyString), ['a', 'b']),
      b: new DynamicValue(setOf(ctyString), ['b', 'a']),
      equal: true,
    },
    {
      name: 'dynamic values of different types',
      a: new DynamicValue(ctyString, '1'),
      b: new DynamicValue(ctyNumber, 1),
      equal: false,
    },
    {
      name: 'dynamic value and its bare inner value',
      a: new DynamicValue(ctyString, 'x'),
      b: 'x',
      equal: false,
    },
  ];

  it.each(cases)('$name', ({ a, b, type, equal }) => {
    expect(valueEquals(a, b, type)).toBe(equal);
    expect(valueEquals(b, a, type)).toBe(equal);
  });
});

describe('normalizeSet', () => {
  const cases: { name: string; input: Value[]; type?: CtyType; output: Value[] }[] = [
    { name: 'keeps distinct elements in order', input: ['b', 'a'], output: ['b', 'a'] },
    { name: 'drops repeated strings', input: ['a', 'b', 'a'], output: ['a', 'b'] },
    { name: 'drops numerically equal numbers', input: [1, 1n, new BigDecimal('1.0'), 2], output: [1, 2] },
    { name: 'keeps one null', input: [null, null], output: [null] },
    { name: 'never merges unknowns', input: [unknown, unknown], output: [unknown, unknown] },
    {
      name: 'never merges partly unknown objects',
      input: [{ a: unknown }, { a: unknown }],
      output: [{ a: unknown }, { a: unknown }],
    },
    {
      name: 'merges inner sets regardless of order with the element type',
      input: [
        ['x', 'y'],
        ['y', 'x'],
      ],
      type: setOf(ctyString),
      output: [['x', 'y']],
    },
  ];

  it.each(cases)('$name', ({ input, type, output }) => {
    expect(normalizeSet(input, type)).toEqual(output);
  });
});
