import { ValueCodecError } from './codec-error.js';
import { decodeJson, encodeJson } from './json.js';
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
import { BigDecimal, DynamicValue, unknown } from './value.js';
import type { Value } from './value.js';

const user = objectOf({ id: ctyString, age: ctyNumber, tags: setOf(ctyString), active: ctyBool });

/** Each value encodes to exactly this JSON, and the JSON decodes to exactly this value. */
const roundTrips: { name: string; type: CtyType; value: Value; json: string }[] = [
  { name: 'null', type: ctyString, value: null, json: 'null' },
  { name: 'string with escapes', type: ctyString, value: 'a"b\n', json: '"a\\"b\\n"' },
  { name: 'bool', type: ctyBool, value: false, json: 'false' },
  { name: 'integer', type: ctyNumber, value: 42, json: '42' },
  { name: 'big integer, exactly', type: ctyNumber, value: 9007199254740993n, json: '9007199254740993' },
  {
    name: 'negative big integer',
    type: ctyNumber,
    value: -123456789012345678901234567890n,
    json: '-123456789012345678901234567890',
  },
  { name: 'decimal 0.1', type: ctyNumber, value: new BigDecimal('0.1'), json: '0.1' },
  { name: 'binary fraction', type: ctyNumber, value: -2.25, json: '-2.25' },
  { name: 'list with a null', type: listOf(ctyString), value: ['a', null], json: '["a",null]' },
  { name: 'set', type: setOf(ctyNumber), value: [3, 1], json: '[3,1]' },
  { name: 'tuple', type: tupleOf([ctyString, ctyBool]), value: ['x', true], json: '["x",true]' },
  { name: 'map with sorted keys', type: mapOf(ctyNumber), value: { b: 2, a: 1 }, json: '{"a":1,"b":2}' },
  {
    name: 'object with every attribute',
    type: user,
    value: { id: 'u1', age: 30, tags: ['x'], active: null },
    json: '{"active":null,"age":30,"id":"u1","tags":["x"]}',
  },
  {
    name: 'dynamic value',
    type: ctyDynamic,
    value: new DynamicValue(objectOf({ a: ctyNumber }), { a: 1 }),
    json: '{"value":{"a":1},"type":["object",{"a":"number"}]}',
  },
  { name: 'null dynamic', type: ctyDynamic, value: null, json: 'null' },
];

describe('JSON round trips', () => {
  it.each(roundTrips)('encodes $name', ({ type, value, json }) => {
    expect(encodeJson(value, type)).toBe(json);
  });

  it.each(roundTrips)('decodes $name', ({ type, value, json }) => {
    expect(decodeJson(json, type)).toEqual(value);
    expect(decodeJson(new TextEncoder().encode(json), type)).toEqual(value);
  });
});

describe('decodeJson (raw state)', () => {
  const cases: { name: string; type: CtyType; json: string; value: Value; ignore?: boolean }[] = [
    {
      name: 'missing attributes become null',
      type: user,
      json: '{"id":"u1"}',
      value: { id: 'u1', age: null, tags: null, active: null },
    },
    {
      name: 'missing attributes in nested objects become null',
      type: objectOf({ items: listOf(objectOf({ a: ctyString, b: ctyString })) }),
      json: '{"items":[{"a":"x"}]}',
      value: { items: [{ a: 'x', b: null }] },
    },
    {
      name: 'extra attributes are skipped when asked, at every depth',
      type: objectOf({ inner: objectOf({ a: ctyString }) }),
      json: '{"old":1,"inner":{"a":"x","gone":[1,2]}}',
      value: { inner: { a: 'x' } },
      ignore: true,
    },
    {
      name: 'a dynamic value as Terraform stores it in state',
      type: objectOf({ dyn: ctyDynamic }),
      json: '{"dyn":{"value":["a","b"],"type":["list","string"]}}',
      value: { dyn: new DynamicValue(listOf(ctyString), ['a', 'b']) },
    },
    {
      name: 'a dynamic value with type first and no value',
      type: ctyDynamic,
      json: '{"type":"string"}',
      value: new DynamicValue(ctyString, null),
    },
    { name: 'a number given as a string', type: ctyNumber, json: '"12.5"', value: 12.5 },
    { name: 'a number for a string', type: ctyString, json: '1.50', value: '1.50' },
    { name: 'a bool for a string', type: ctyString, json: 'true', value: 'true' },
    { name: 'a bool given as a string', type: ctyBool, json: '"false"', value: false },
    { name: 'a bool given as the string "true"', type: ctyBool, json: '"true"', value: true },
    { name: 'a huge integer', type: ctyNumber, json: '1e30', value: 10n ** 30n },
    { name: 'strings as NFC', type: ctyString, json: '"cafe\u0301"', value: 'caf\u00e9' },
    { name: 'set elements collapse', type: setOf(ctyString), json: '["a","b","a"]', value: ['a', 'b'] },
    {
      name: 'a map key named __proto__',
      type: mapOf(ctyString),
      json: '{"__proto__":"x"}',
      value: Object.fromEntries([['__proto__', 'x']]),
    },
  ];

  it.each(cases)('$name', ({ type, json, value, ignore }) => {
    expect(decodeJson(json, type, { ignoreUnknownAttributes: ignore })).toEqual(value);
  });

  it('keeps a big integer exact through JSON in and msgpack out', () => {
    const type = objectOf({ n: ctyNumber });
    const value = decodeJson('{"n":9007199254740993}', type);
    const wire = encodeMsgpack(value, type);
    expect(Buffer.from(wire).toString('hex')).toBe('81a16ecf0020000000000001');
    expect(decodeMsgpack(wire, type)).toEqual({ n: 9007199254740993n });
  });

  const errors: { name: string; type: CtyType; json: string; message: RegExp }[] = [
    {
      name: 'an extra attribute',
      type: user,
      json: '{"id":"u1","nick":"x"}',
      message: /^unsupported attribute "nick"$/,
    },
    {
      name: 'an extra nested attribute, with its path',
      type: objectOf({ list: listOf(objectOf({ a: ctyString })) }),
      json: '{"list":[{"a":"x"},{"b":"y"}]}',
      message: /^list\[1\]: unsupported attribute "b"$/,
    },
    {
      name: 'an array for an object',
      type: user,
      json: '[]',
      message: /an object \(JSON object\) is required, got array/,
    },
    {
      name: 'an object for a list',
      type: listOf(ctyString),
      json: '{}',
      message: /a list \(JSON array\) is required/,
    },
    {
      name: 'a non-numeric string for a number',
      type: ctyNumber,
      json: '"abc"',
      message: /a number is required, got string/,
    },
    { name: 'a number for a bool', type: ctyBool, json: '1', message: /a bool is required, got number/ },
    {
      name: 'an array for a string',
      type: ctyString,
      json: '[]',
      message: /a string is required, got array/,
    },
    { name: 'a wrong tuple length', type: tupleOf([ctyString]), json: '[]', message: /a tuple of length 1/ },
    {
      name: 'a dynamic value without type',
      type: ctyDynamic,
      json: '{"value":1}',
      message: /needs a "type"/,
    },
    {
      name: 'a dynamic value with an extra key',
      type: ctyDynamic,
      json: '{"type":"number","value":1,"x":2}',
      message: /invalid key "x"/,
    },
    {
      name: 'a dynamic value with a bad type',
      type: ctyDynamic,
      json: '{"type":"text","value":1}',
      message: /unsupported type name "text"/,
    },
    { name: 'malformed JSON', type: ctyString, json: '"abc', message: /^invalid JSON: JSON: invalid string/ },
    {
      name: 'an object inside a list of strings',
      type: listOf(ctyString),
      json: '[{}]',
      message: /^\[0\]: a string is required, got object$/,
    },
    {
      name: 'a bool for a number',
      type: ctyNumber,
      json: 'true',
      message: /^a number is required, got bool$/,
    },
    {
      name: 'an array for a number',
      type: ctyNumber,
      json: '[1]',
      message: /^a number is required, got array$/,
    },
    {
      name: 'a number after a null in a list of bools',
      type: listOf(ctyBool),
      json: '[null, 1]',
      message: /^\[1\]: a bool is required, got number$/,
    },
    {
      name: 'another string for a bool',
      type: ctyBool,
      json: '"yes"',
      message: /^a bool is required, got string$/,
    },
    {
      name: 'an empty string for a bool',
      type: ctyBool,
      json: '""',
      message: /^a bool is required, got string$/,
    },
    {
      name: 'a string for a set',
      type: setOf(ctyString),
      json: '"a"',
      message: /^a set \(JSON array\) is required, got string$/,
    },
    {
      name: 'an object for a tuple',
      type: tupleOf([ctyString]),
      json: '{}',
      message: /^a tuple \(JSON array\) is required, got object$/,
    },
    {
      name: 'an array for a map',
      type: mapOf(ctyString),
      json: '[]',
      message: /^a map \(JSON object\) is required, got array$/,
    },
    {
      name: 'a string for a dynamic value',
      type: ctyDynamic,
      json: '"x"',
      message: /^a \{"type", "value"\} object \(JSON object\) is required, got string$/,
    },
    { name: 'bytes that are not UTF-8', type: ctyString, json: '\u00ff', message: /invalid JSON/ },
  ];

  it.each(errors)('rejects $name', ({ type, json, message }) => {
    const input = json === '\u00ff' ? Uint8Array.of(0x22, 0xff, 0x22) : json;
    expect(() => decodeJson(input, type)).toThrow(ValueCodecError);
    expect(() => decodeJson(input, type)).toThrow(message);
  });
});

describe('encodeJson', () => {
  it('writes a missing object attribute as null', () => {
    expect(encodeJson({ id: 'u1' }, objectOf({ id: ctyString, n: ctyNumber }))).toBe('{"id":"u1","n":null}');
  });

  it('writes a dynamic value of dynamic type as its bare value', () => {
    expect(encodeJson(new DynamicValue(ctyDynamic, null), ctyDynamic)).toBe('null');
    expect(encodeJson(new DynamicValue(ctyString, 'a'), ctyDynamic)).toBe('{"value":"a","type":"string"}');
  });

  it('writes decimal text in its shortest plain form', () => {
    expect(encodeJson(new BigDecimal('1.50e2'), ctyNumber)).toBe('150');
  });

  const errors: { name: string; type: CtyType; value: Value; message: RegExp }[] = [
    {
      name: 'a wholly unknown value',
      type: ctyString,
      value: unknown,
      message: /JSON cannot carry an unknown value/,
    },
    {
      name: 'an unknown deep inside, with its path',
      type: objectOf({ l: listOf(mapOf(ctyString)) }),
      value: { l: [{ k: 'v' }, { k: unknown }] },
      message: /^l\[1\]\["k"\]: JSON cannot carry an unknown value$/,
    },
    {
      name: 'an unknown inside a dynamic value',
      type: ctyDynamic,
      value: new DynamicValue(listOf(ctyString), [unknown]),
      message: /JSON cannot carry an unknown value/,
    },
    { name: 'infinity', type: ctyNumber, value: Infinity, message: /cannot carry an infinite number/ },
    {
      name: 'negative infinity',
      type: ctyNumber,
      value: -Infinity,
      message: /cannot carry an infinite number/,
    },
    {
      name: 'a number for a string',
      type: ctyString,
      value: 1,
      message: /^a string is required, got number$/,
    },
    {
      name: 'a string for a bool',
      type: ctyBool,
      value: 'true',
      message: /^a bool is required, got string$/,
    },
    {
      name: 'a string for a set',
      type: setOf(ctyString),
      value: 'a',
      message: /^a set \(array\) is required, got string$/,
    },
    {
      name: 'a short tuple',
      type: tupleOf([ctyString, ctyString]),
      value: ['a'],
      message: /^a tuple of length 2 is required \(1 given\)$/,
    },
    {
      name: 'a string for a tuple',
      type: tupleOf([ctyString]),
      value: 'a',
      message: /^a tuple \(array\) is required, got string$/,
    },
    {
      name: 'an array for a map',
      type: mapOf(ctyString),
      value: ['a'],
      message: /^a map is required, got array$/,
    },
    {
      name: 'a string for an object',
      type: objectOf({ a: ctyString }),
      value: 'a',
      message: /^an object is required, got string$/,
    },
    {
      name: 'a wrong set element, at the set',
      type: setOf(ctyBool),
      value: [true, 'x'],
      message: /^a bool is required, got string$/,
    },
    {
      name: 'a wrong list element, at its index',
      type: listOf(ctyBool),
      value: [true, 'x'],
      message: /^\[1\]: a bool is required, got string$/,
    },
    {
      name: 'an unsupported attribute',
      type: objectOf({ a: ctyString }),
      value: { b: 'x' },
      message: /unsupported attribute "b"/,
    },
    {
      name: 'a bare value in a dynamic slot',
      type: ctyDynamic,
      value: 1,
      message: /needs a DynamicValue or null/,
    },
    {
      name: 'a string for a number',
      type: ctyNumber,
      value: '1',
      message: /a number is required, got string/,
    },
  ];

  it.each(errors)('rejects $name', ({ type, value, message }) => {
    expect(() => encodeJson(value, type)).toThrow(ValueCodecError);
    expect(() => encodeJson(value, type)).toThrow(message);
  });
});
