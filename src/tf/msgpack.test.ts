import { ValueCodecError } from './codec-error.js';
import { decodeMsgpack, encodeMsgpack } from './msgpack.js';
import {
  ctyBool,
  ctyDynamic,
  ctyNumber,
  ctyString,
  listOf,
  mapOf,
  objectOf,
  setOf,
  tupleOf,
} from './types.js';
import type { CtyType } from './types.js';
import { BigDecimal, DynamicValue, Unknown, unknown } from './value.js';
import type { Value } from './value.js';

/** Bytes from spaced hex, e.g. `bytes('92 c4 08')`. */
const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex');
/** Hex of ASCII/UTF-8 text, to spell out strings inside expected bytes. */
const text = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

const obj = objectOf({ a: ctyNumber, b: ctyString });

interface WireCase {
  name: string;
  type: CtyType;
  value: Value;
  hex: string;
}

/** Each value encodes to exactly these bytes, and the bytes decode to exactly this value. */
const roundTrips: WireCase[] = [
  { name: 'null string', type: ctyString, value: null, hex: 'c0' },
  { name: 'null object (planned destroy)', type: obj, value: null, hex: 'c0' },
  { name: 'plain unknown string', type: ctyString, value: unknown, hex: 'd4 00 00' },
  { name: 'plain unknown object', type: obj, value: unknown, hex: 'd4 00 00' },
  {
    name: 'refined unknown, not null',
    type: ctyString,
    value: new Unknown({ notNull: true }),
    hex: 'c7 03 0c 81 01 c2',
  },
  {
    name: 'refined unknown string with prefix',
    type: ctyString,
    value: new Unknown({ notNull: true, stringPrefix: 'ab' }),
    hex: `c7 07 0c 82 01 c2 02 a2 ${text('ab')}`,
  },
  {
    name: 'refined unknown number with bounds',
    type: ctyNumber,
    value: new Unknown({
      numberLower: { value: 0, inclusive: true },
      numberUpper: { value: 10, inclusive: false },
    }),
    hex: 'c7 09 0c 82 03 92 00 c3 04 92 0a c2',
  },
  {
    name: 'refined unknown list with length bounds',
    type: listOf(ctyString),
    value: new Unknown({ lengthLower: 1, lengthUpper: 3 }),
    hex: 'c7 05 0c 82 05 01 06 03',
  },
  { name: 'string', type: ctyString, value: 'hi', hex: `a2 ${text('hi')}` },
  { name: 'empty string', type: ctyString, value: '', hex: 'a0' },
  { name: 'bool', type: ctyBool, value: true, hex: 'c3' },
  { name: 'small int', type: ctyNumber, value: 1, hex: '01' },
  { name: 'negative int', type: ctyNumber, value: -1, hex: 'ff' },
  { name: 'uint16', type: ctyNumber, value: 1000, hex: 'cd 03 e8' },
  { name: 'decimal 0.1 as str', type: ctyNumber, value: new BigDecimal('0.1'), hex: `a3 ${text('0.1')}` },
  {
    name: '2^53 + 1 as uint64',
    type: ctyNumber,
    value: 9007199254740993n,
    hex: 'cf 00 20 00 00 00 00 00 01',
  },
  {
    name: 'negative big int as int64',
    type: ctyNumber,
    value: -9007199254740993n,
    hex: 'd3 ff df ff ff ff ff ff ff',
  },
  { name: 'int64 minimum', type: ctyNumber, value: -(2n ** 63n), hex: 'd3 80 00 00 00 00 00 00 00' },
  { name: 'uint64 maximum', type: ctyNumber, value: 2n ** 64n - 1n, hex: 'cf ff ff ff ff ff ff ff ff' },
  {
    name: 'integer beyond uint64 as str',
    type: ctyNumber,
    value: 2n ** 64n,
    hex: `b4 ${text('18446744073709551616')}`,
  },
  {
    name: 'negative integer beyond int64 as str',
    type: ctyNumber,
    value: -(2n ** 63n) - 1n,
    hex: `b4 ${text('-9223372036854775809')}`,
  },
  { name: 'float64', type: ctyNumber, value: 1.5, hex: 'cb 3f f8 00 00 00 00 00 00' },
  { name: 'infinity', type: ctyNumber, value: Infinity, hex: 'cb 7f f0 00 00 00 00 00 00' },
  { name: 'negative infinity', type: ctyNumber, value: -Infinity, hex: 'cb ff f0 00 00 00 00 00 00' },
  {
    name: 'list with null and unknown elements',
    type: listOf(ctyString),
    value: ['a', null, unknown],
    hex: `93 a1 ${text('a')} c0 d4 00 00`,
  },
  {
    name: 'set with an unknown element',
    type: setOf(ctyString),
    value: [unknown, 'a'],
    hex: `92 d4 00 00 a1 ${text('a')}`,
  },
  {
    name: 'map with null and unknown values, sorted keys',
    type: mapOf(ctyString),
    value: { b: unknown, a: null },
    hex: `82 a1 ${text('a')} c0 a1 ${text('b')} d4 00 00`,
  },
  {
    name: 'object with an unknown attribute',
    type: obj,
    value: { a: 1, b: unknown },
    hex: `82 a1 ${text('a')} 01 a1 ${text('b')} d4 00 00`,
  },
  {
    name: 'object with an unknown list attribute and a null one',
    type: objectOf({ l: listOf(ctyString), n: ctyNumber }),
    value: { l: unknown, n: null },
    hex: `82 a1 ${text('l')} d4 00 00 a1 ${text('n')} c0`,
  },
  {
    name: 'tuple with an unknown element',
    type: tupleOf([ctyString, ctyNumber, ctyBool]),
    value: ['x', 1, unknown],
    hex: `93 a1 ${text('x')} 01 d4 00 00`,
  },
  {
    name: 'dynamic string "hi" (facts example)',
    type: ctyDynamic,
    value: new DynamicValue(ctyString, 'hi'),
    hex: '92 c4 08 22 73 74 72 69 6e 67 22 a2 68 69',
  },
  {
    name: 'dynamic object (observed with Terraform 1.11.4)',
    type: ctyDynamic,
    value: new DynamicValue(obj, { a: 1, b: 'two' }),
    hex: `92 c4 26 ${text('["object",{"a":"number","b":"string"}]')} 82 a1 61 01 a1 62 a3 74 77 6f`,
  },
  { name: 'wholly unknown dynamic', type: ctyDynamic, value: unknown, hex: 'd4 00 00' },
  { name: 'null of unknown type', type: ctyDynamic, value: null, hex: 'c0' },
  {
    name: 'null of a known type in a dynamic slot',
    type: ctyDynamic,
    value: new DynamicValue(ctyString, null),
    hex: `92 c4 08 ${text('"string"')} c0`,
  },
  {
    name: 'unknown of a known type in a dynamic slot',
    type: ctyDynamic,
    value: new DynamicValue(ctyString, unknown),
    hex: `92 c4 08 ${text('"string"')} d4 00 00`,
  },
  {
    name: 'dynamic elements in a list',
    type: listOf(ctyDynamic),
    value: [new DynamicValue(ctyNumber, 1), unknown],
    hex: `92 92 c4 08 ${text('"number"')} 01 d4 00 00`,
  },
  {
    name: 'unknown inside a dynamic list',
    type: ctyDynamic,
    value: new DynamicValue(listOf(ctyString), ['a', unknown]),
    hex: `92 c4 11 ${text('["list","string"]')} 92 a1 61 d4 00 00`,
  },
];

describe('msgpack round trips', () => {
  it.each(roundTrips)('encodes $name', ({ type, value, hex }) => {
    expect(hexOf(encodeMsgpack(value, type))).toBe(hex.replace(/\s+/g, ''));
  });

  it.each(roundTrips)('decodes $name', ({ type, value, hex }) => {
    expect(decodeMsgpack(bytes(hex), type)).toEqual(value);
  });

  it('keeps unknowns and nulls at every depth through encode and decode', () => {
    const type = objectOf({
      list: listOf(objectOf({ x: ctyString })),
      set: setOf(listOf(ctyNumber)),
      map: mapOf(listOf(ctyString)),
      tup: tupleOf([ctyString, ctyDynamic]),
      dyn: ctyDynamic,
      refined: ctyString,
    });
    const value: Value = {
      list: [{ x: unknown }, { x: null }, null],
      set: [[1, unknown], null, unknown],
      map: { k: [unknown, null], u: unknown, n: null },
      tup: [unknown, new DynamicValue(mapOf(ctyNumber), { z: unknown })],
      dyn: new DynamicValue(objectOf({ s: setOf(ctyString) }), { s: [unknown] }),
      refined: new Unknown({ notNull: true, stringPrefix: 'id-' }),
    };
    expect(decodeMsgpack(encodeMsgpack(value, type), type)).toEqual(value);
  });
});

describe('msgpack decoding', () => {
  const cases: { name: string; type: CtyType; hex: string; value: Value }[] = [
    {
      name: 'decimal text that a double holds exactly',
      type: ctyNumber,
      hex: `a3 ${text('0.5')}`,
      value: 0.5,
    },
    { name: 'decimal text of an integer', type: ctyNumber, hex: `a3 ${text('1e3')}`, value: 1000 },
    { name: 'float32', type: ctyNumber, hex: 'ca 3f c0 00 00', value: 1.5 },
    { name: 'small uint64', type: ctyNumber, hex: 'cf 00 00 00 00 00 00 00 05', value: 5 },
    { name: 'small int64', type: ctyNumber, hex: 'd3 ff ff ff ff ff ff ff fe', value: -2 },
    { name: 'infinity as text', type: ctyNumber, hex: `a4 ${text('-Inf')}`, value: -Infinity },
    { name: 'string as NFC', type: ctyString, hex: `a6 ${text('cafe\u0301')}`, value: 'caf\u00e9' },
    { name: 'string sent as bin', type: ctyString, hex: `c4 02 ${text('hi')}`, value: 'hi' },
    {
      name: 'map keys as NFC',
      type: mapOf(ctyBool),
      hex: `81 a6 ${text('cafe\u0301')} c3`,
      value: { 'caf\u00e9': true },
    },
    {
      name: 'set collapses equal elements',
      type: setOf(ctyString),
      hex: `93 a1 ${text('a')} a1 ${text('a')} a1 ${text('b')}`,
      value: ['a', 'b'],
    },
    {
      name: 'set collapses numerically equal numbers',
      type: setOf(ctyNumber),
      hex: `92 01 a3 ${text('1.0')}`,
      value: [1],
    },
    {
      name: 'object keys in any order',
      type: obj,
      hex: `82 a1 ${text('b')} a1 ${text('x')} a1 ${text('a')} 02`,
      value: { a: 2, b: 'x' },
    },
    {
      name: 'dynamic type JSON as str',
      type: ctyDynamic,
      hex: `92 a8 ${text('"string"')} a2 ${text('hi')}`,
      value: new DynamicValue(ctyString, 'hi'),
    },
    { name: 'unknown with an empty payload', type: ctyString, hex: 'c7 00 00', value: unknown },
    { name: 'unknown of another extension type', type: ctyString, hex: 'd4 05 00', value: unknown },
    {
      name: 'timestamp extension is an unknown too',
      type: ctyString,
      hex: 'd6 ff 00 00 00 00',
      value: unknown,
    },
    { name: 'empty refinement map', type: ctyString, hex: 'd4 0c 80', value: unknown },
    {
      name: 'refinements with unknown keys ignored',
      type: ctyString,
      hex: 'c7 05 0c 82 01 c2 09 c3',
      value: new Unknown({ notNull: true }),
    },
    {
      name: 'refinements that do not apply to the type dropped',
      type: ctyNumber,
      hex: `c7 07 0c 82 01 c2 02 a2 ${text('ab')}`,
      value: new Unknown({ notNull: true }),
    },
    {
      name: 'refinements on a dynamic unknown dropped',
      type: ctyDynamic,
      hex: 'c7 03 0c 81 01 c2',
      value: unknown,
    },
    {
      name: 'nullness true is no refinement',
      type: ctyString,
      hex: 'c7 03 0c 81 01 c3',
      value: unknown,
    },
    {
      name: 'big number bound',
      type: ctyNumber,
      hex: 'c7 0d 0c 81 03 92 cf 00 20 00 00 00 00 00 01 c3',
      value: new Unknown({ numberLower: { value: 9007199254740993n, inclusive: true } }),
    },
    {
      name: 'a one-byte refinement payload as the plain unknown',
      type: ctyString,
      hex: 'd4 0c c0',
      value: unknown,
    },
    {
      name: 'an empty string prefix is no refinement',
      type: ctyString,
      hex: 'c7 03 0c 81 02 a0',
      value: unknown,
    },
    {
      name: 'length bounds of a set',
      type: setOf(ctyString),
      hex: 'c7 03 0c 81 05 01',
      value: new Unknown({ lengthLower: 1 }),
    },
    {
      name: 'length bounds of a map',
      type: mapOf(ctyString),
      hex: 'c7 03 0c 81 06 02',
      value: new Unknown({ lengthUpper: 2 }),
    },
    {
      name: 'a length bound written as uint64',
      type: listOf(ctyString),
      hex: 'c7 0b 0c 81 05 cf 00 00 00 00 00 00 00 05',
      value: new Unknown({ lengthLower: 5 }),
    },
    {
      name: 'a refinement payload of 1024 bytes',
      type: ctyString,
      hex: `c8 04 00 0c 81 02 da 03 fb ${'61 '.repeat(1019)}`,
      value: new Unknown({ stringPrefix: 'a'.repeat(1019) }),
    },
  ];

  it.each(cases)('$name', ({ type, hex, value }) => {
    expect(decodeMsgpack(bytes(hex), type)).toEqual(value);
  });

  const errors: { name: string; type: CtyType; hex: string; message: RegExp; path?: string }[] = [
    {
      name: 'an object with too few attributes',
      type: obj,
      hex: `81 a1 ${text('a')} 01`,
      message: /^an object with 2 attributes is required \(1 given\)$/,
    },
    {
      name: 'an object with too many attributes',
      type: obj,
      hex: `83 a1 61 01 a1 62 a0 a1 63 c0`,
      message: /an object with 2 attributes is required \(3 given\)/,
    },
    {
      name: 'an empty map for an object',
      type: obj,
      hex: '80',
      message: /an object with 2 attributes is required \(0 given\)/,
    },
    {
      name: 'an unsupported attribute',
      type: obj,
      hex: `82 a1 61 01 a1 63 c0`,
      message: /unsupported attribute "c"/,
    },
    {
      name: 'an error deep inside names its path',
      type: objectOf({ items: listOf(obj) }),
      hex: `81 a5 ${text('items')} 92 82 a1 61 01 a1 62 a0 81 a1 61 01`,
      message: /^items\[1\]: an object with 2 attributes is required \(1 given\)$/,
      path: 'items[1]',
    },
    {
      name: 'a number for a string',
      type: ctyString,
      hex: '01',
      message: /a string is required, got number/,
    },
    {
      name: 'bad decimal text',
      type: ctyNumber,
      hex: `a3 ${text('1.x')}`,
      message: /a number is required, got string/,
    },
    { name: 'a string for a bool', type: ctyBool, hex: 'a1 78', message: /a bool is required, got string/ },
    {
      name: 'a map for a list',
      type: listOf(ctyString),
      hex: '80',
      message: /a list \(msgpack array\) is required/,
    },
    {
      name: 'an array for a map',
      type: mapOf(ctyString),
      hex: '90',
      message: /a map \(msgpack map\) is required/,
    },
    {
      name: 'a short tuple',
      type: tupleOf([ctyString, ctyString]),
      hex: '91 a0',
      message: /a tuple of length 2 is required \(1 given\)/,
    },
    {
      name: 'a bare value in a dynamic slot',
      type: ctyDynamic,
      hex: 'a2 68 69',
      message: /a dynamic value must be a \[type, value\] array, got string/,
    },
    {
      name: 'bad type JSON in a dynamic slot',
      type: ctyDynamic,
      hex: `92 c4 06 ${text('"text"')} c0`,
      message: /unsupported type name "text"/,
    },
    {
      name: 'refinements that are not a map',
      type: ctyString,
      hex: 'c7 02 0c 91 c3',
      message: /refinements must be a msgpack map/,
    },
    {
      name: 'a malformed number bound',
      type: ctyNumber,
      hex: 'c7 03 0c 81 03 05',
      message: /bound must be \[number, inclusive bool\]/,
    },
    {
      name: 'a refinement payload over 1024 bytes',
      type: ctyString,
      hex: `c8 04 01 0c ${'00 '.repeat(1025)}`,
      message: /refinements are too long \(1025 bytes\)/,
    },
    {
      name: 'refinements that are not msgpack',
      type: ctyString,
      hex: 'c7 02 0c c1 c1',
      message: /refinements are not valid msgpack/,
    },
    {
      name: 'refinements that are a string',
      type: ctyString,
      hex: 'c7 02 0c a1 78',
      message: /refinements must be a msgpack map/,
    },
    {
      name: 'refinements that are binary',
      type: ctyString,
      hex: 'c7 03 0c c4 01 00',
      message: /refinements must be a msgpack map/,
    },
    {
      name: 'a nullness that is not a bool',
      type: ctyString,
      hex: 'c7 04 0c 81 01 a1 78',
      message: /nullness must be a bool/,
    },
    {
      name: 'a string prefix that is not a string',
      type: ctyString,
      hex: 'c7 03 0c 81 02 01',
      message: /string prefix must be a string/,
    },
    {
      name: 'a number bound of three elements',
      type: ctyNumber,
      hex: 'c7 06 0c 81 03 93 00 c3 c3',
      message: /bound must be \[number, inclusive bool\]/,
    },
    {
      name: 'a number bound without an inclusive bool',
      type: ctyNumber,
      hex: 'c7 05 0c 81 03 92 00 01',
      message: /bound must be \[number, inclusive bool\]/,
    },
    {
      name: 'a number bound that is no number',
      type: ctyNumber,
      hex: 'c7 05 0c 81 04 92 c3 c3',
      message: /bound must be \[number, inclusive bool\]/,
    },
    ...['ff', 'a1 78', 'c3', 'cb 3f f8 00 00 00 00 00 00', 'cf 00 20 00 00 00 00 00 01'].map((bound) => ({
      name: `a length bound ${bound}`,
      type: listOf(ctyString),
      hex: `c7 ${(2 + bound.split(' ').length).toString(16).padStart(2, '0')} 0c 81 05 ${bound}`,
      message: /length bound must be a non-negative integer/,
    })),
    {
      name: 'binary that is not UTF-8 for a string',
      type: ctyString,
      hex: 'c4 01 ff',
      message: /^a string is required, got binary that is not UTF-8$/,
    },
    {
      name: 'a map for a tuple',
      type: tupleOf([ctyString]),
      hex: '80',
      message: /^a tuple \(msgpack array\) is required, got map$/,
    },
    {
      name: 'an array for an object',
      type: obj,
      hex: '90',
      message: /^an object \(msgpack map\) is required, got array$/,
    },
    {
      name: 'a string for a map',
      type: mapOf(ctyString),
      hex: 'a1 78',
      message: /^a map \(msgpack map\) is required, got string$/,
    },
    {
      name: 'a dynamic value of three elements',
      type: ctyDynamic,
      hex: `93 a8 ${text('"string"')} a1 78 c0`,
      message: /^a dynamic value must be a \[type, value\] array, got array$/,
    },
    {
      name: 'a dynamic value whose type is a number',
      type: ctyDynamic,
      hex: '92 01 a1 78',
      message: /^the type of a dynamic value must be type JSON, got number$/,
    },
    { name: 'invalid msgpack', type: ctyString, hex: 'c1', message: /invalid msgpack/ },
    { name: 'trailing bytes', type: ctyString, hex: 'a0 a0', message: /invalid msgpack: Extra 1/ },
    { name: 'empty input', type: ctyString, hex: '', message: /empty msgpack input/ },
  ];

  it.each(errors)('rejects $name', ({ type, hex, message, path }) => {
    let caught: unknown;
    try {
      decodeMsgpack(bytes(hex), type);
    } catch (e: unknown) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValueCodecError);
    const err = caught as ValueCodecError;
    expect(err.message).toMatch(message);
    expect(err.code).toBe('DECODE');
    if (path !== undefined) expect(err.path.toString()).toBe(path);
  });
});

describe('msgpack encoding', () => {
  const cases: { name: string; type: CtyType; value: Value; hex: string }[] = [
    { name: 'a missing object attribute as nil', type: obj, value: { a: 1 }, hex: `82 a1 61 01 a1 62 c0` },
    {
      name: 'object keys in sorted order, integer-like names included',
      type: objectOf({ b: ctyBool, a: ctyBool, 10: ctyBool, 9: ctyBool }),
      value: { b: true, a: false, 9: true, 10: false },
      hex: `84 a2 ${text('10')} c2 a1 ${text('9')} c3 a1 61 c2 a1 62 c3`,
    },
    { name: 'a safe bigint as a small int', type: ctyNumber, value: 5n, hex: '05' },
    {
      name: 'an integral double beyond 2^53 as uint64',
      type: ctyNumber,
      value: 2 ** 60,
      hex: 'cf 10 00 00 00 00 00 00 00',
    },
    {
      name: 'an integral double beyond uint64 as str',
      type: ctyNumber,
      value: 1e20,
      hex: `b5 ${text('100000000000000000000')}`,
    },
    { name: 'negative zero as 0', type: ctyNumber, value: -0, hex: '00' },
    {
      name: 'BigDecimal text as given',
      type: ctyNumber,
      value: new BigDecimal('1.50'),
      hex: `a4 ${text('1.50')}`,
    },
    {
      name: 'a refinement that does not apply as the plain unknown',
      type: ctyNumber,
      value: new Unknown({ stringPrefix: 'a', lengthLower: 2 }),
      hex: 'd4 00 00',
    },
    {
      name: 'an empty string prefix as the plain unknown',
      type: ctyString,
      value: new Unknown({ stringPrefix: '' }),
      hex: 'd4 00 00',
    },
    {
      name: 'a number bound beyond 2^53 as uint64',
      type: ctyNumber,
      value: new Unknown({ numberLower: { value: 9007199254740993n, inclusive: true } }),
      hex: 'c7 0d 0c 81 03 92 cf 00 20 00 00 00 00 00 01 c3',
    },
    {
      name: 'a refined dynamic unknown as the plain unknown',
      type: ctyDynamic,
      value: new Unknown({ notNull: true }),
      hex: 'd4 00 00',
    },
    {
      name: 'a zero length lower bound as the plain unknown',
      type: setOf(ctyString),
      value: new Unknown({ lengthLower: 0 }),
      hex: 'd4 00 00',
    },
    {
      name: 'a dynamic value of dynamic type as its bare inner value',
      type: ctyDynamic,
      value: new DynamicValue(ctyDynamic, unknown),
      hex: 'd4 00 00',
    },
    { name: 'set elements as given', type: setOf(ctyNumber), value: [2, 1], hex: '92 02 01' },
  ];

  it.each(cases)('writes $name', ({ type, value, hex }) => {
    expect(hexOf(encodeMsgpack(value, type))).toBe(hex.replace(/\s+/g, ''));
  });

  it('truncates a long string prefix to 255 bytes at a character boundary', () => {
    const type = ctyString;
    const ascii = decodeMsgpack(encodeMsgpack(new Unknown({ stringPrefix: 'a'.repeat(300) }), type), type);
    expect(ascii).toEqual(new Unknown({ stringPrefix: 'a'.repeat(255) }));
    const accented = decodeMsgpack(
      encodeMsgpack(new Unknown({ stringPrefix: '\u00e9'.repeat(200) }), type),
      type,
    );
    expect(accented).toEqual(new Unknown({ stringPrefix: '\u00e9'.repeat(127) }));
  });

  const errors: { name: string; type: CtyType; value: Value; message: RegExp }[] = [
    {
      name: 'an unsupported attribute',
      type: obj,
      value: { a: 1, c: 2 },
      message: /unsupported attribute "c"/,
    },
    { name: 'a number for a string', type: ctyString, value: 1, message: /a string is required, got number/ },
    {
      name: 'a string for a number',
      type: ctyNumber,
      value: '1',
      message: /a number is required, got string/,
    },
    { name: 'NaN', type: ctyNumber, value: NaN, message: /NaN is not a Terraform number/ },
    {
      name: 'bad BigDecimal text',
      type: ctyNumber,
      value: new BigDecimal('1,5'),
      message: /not a decimal number/,
    },
    {
      name: 'an object for a list',
      type: listOf(ctyString),
      value: {},
      message: /a list \(array\) is required/,
    },
    {
      name: 'an array for a map',
      type: mapOf(ctyString),
      value: [],
      message: /a map is required, got array/,
    },
    {
      name: 'a long tuple',
      type: tupleOf([ctyString]),
      value: ['a', 'b'],
      message: /a tuple of length 1 is required \(2 given\)/,
    },
    {
      name: 'a string for a tuple',
      type: tupleOf([ctyString]),
      value: 'a',
      message: /^a tuple \(array\) is required, got string$/,
    },
    { name: 'an array for an object', type: obj, value: [], message: /^an object is required, got array$/ },
    {
      name: 'a negative length bound',
      type: listOf(ctyString),
      value: new Unknown({ lengthUpper: -1 }),
      message: /a length refinement must be a non-negative integer/,
    },
    {
      name: 'a fractional length bound',
      type: listOf(ctyString),
      value: new Unknown({ lengthUpper: 1.5 }),
      message: /a length refinement must be a non-negative integer/,
    },
    {
      name: 'a bare value in a dynamic slot',
      type: ctyDynamic,
      value: 'hi',
      message: /a dynamic slot needs a DynamicValue, null or unknown, got string/,
    },
    {
      name: 'a wrong value deep inside, with its path',
      type: objectOf({ m: mapOf(listOf(ctyBool)) }),
      value: { m: { k: [true, 'no'] } },
      message: /^m\["k"\]\[1\]: a bool is required, got string$/,
    },
  ];

  it.each(errors)('rejects $name', ({ type, value, message }) => {
    expect(() => encodeMsgpack(value, type)).toThrow(ValueCodecError);
    expect(() => encodeMsgpack(value, type)).toThrow(message);
  });
});
