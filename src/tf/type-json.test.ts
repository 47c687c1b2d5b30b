import { typeFromJson, typeFromJsonBytes, typeToJson, typeToJsonBytes } from './type-json.js';
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
  typeEquals,
} from './types.js';
import type { CtyType } from './types.js';

const cases: { name: string; type: CtyType; json: unknown }[] = [
  { name: 'string', type: ctyString, json: 'string' },
  { name: 'number', type: ctyNumber, json: 'number' },
  { name: 'bool', type: ctyBool, json: 'bool' },
  { name: 'dynamic', type: ctyDynamic, json: 'dynamic' },
  { name: 'list', type: listOf(ctyString), json: ['list', 'string'] },
  { name: 'set', type: setOf(ctyNumber), json: ['set', 'number'] },
  { name: 'map', type: mapOf(ctyBool), json: ['map', 'bool'] },
  { name: 'tuple', type: tupleOf([ctyString, ctyNumber]), json: ['tuple', ['string', 'number']] },
  { name: 'empty object', type: objectOf({}), json: ['object', {}] },
  {
    name: 'object with sorted attributes',
    type: objectOf({ b: ctyString, a: listOf(ctyNumber) }),
    json: ['object', { a: ['list', 'number'], b: 'string' }],
  },
  {
    name: 'object with optional attributes',
    type: objectOf({ a: ctyString, b: ctyNumber }, ['b']),
    json: ['object', { a: 'string', b: 'number' }, ['b']],
  },
  {
    name: 'nested collections',
    type: mapOf(setOf(objectOf({ x: ctyDynamic }))),
    json: ['map', ['set', ['object', { x: 'dynamic' }]]],
  },
];

describe('type JSON', () => {
  it.each(cases)('writes $name', ({ type, json }) => {
    expect(typeToJson(type)).toEqual(json);
  });

  it.each(cases)('reads $name back to an equal type', ({ type, json }) => {
    const read = typeFromJson(json);
    expect(typeEquals(read, type)).toBe(true);
    expect(typeToJson(read)).toEqual(json);
  });

  it('writes compact UTF-8 bytes', () => {
    const text = new TextDecoder().decode(typeToJsonBytes(objectOf({ a: ctyNumber, b: ctyString })));
    expect(text).toBe('["object",{"a":"number","b":"string"}]');
  });

  it('reads text with whitespace and bytes', () => {
    expect(typeToJson(typeFromJsonBytes(' [ "list" ,\n "string" ] '))).toEqual(['list', 'string']);
    expect(typeToJson(typeFromJsonBytes(new TextEncoder().encode('"bool"')))).toBe('bool');
  });

  it('keeps an attribute named __proto__ as an ordinary attribute', () => {
    const t = typeFromJsonBytes('["object",{"__proto__":"string"}]');
    expect(t.kind === 'object' && Object.keys(t.attributes)).toEqual(['__proto__']);
    expect(new TextDecoder().decode(typeToJsonBytes(t))).toBe('["object",{"__proto__":"string"}]');
  });

  const bad: { name: string; json: unknown; message: RegExp }[] = [
    { name: 'unknown primitive', json: 'text', message: /unsupported type name "text"/ },
    { name: 'number', json: 3, message: /type name or a \[kind, argument\] array/ },
    { name: 'unknown kind', json: ['array', 'string'], message: /unsupported type kind "array"/ },
    { name: 'kind not a string', json: [1, 'string'], message: /type name or a \[kind, argument\] array/ },
    { name: 'list without element', json: ['list'], message: /type name or a \[kind, argument\]/ },
    { name: 'list with extra data', json: ['list', 'string', 'x'], message: /exactly 2 elements/ },
    { name: 'bad element', json: ['list', 'str'], message: /type\.list: unsupported type name "str"/ },
    { name: 'tuple of non-array', json: ['tuple', 'string'], message: /array of element types/ },
    { name: 'object of array', json: ['object', ['a']], message: /JSON object of attribute types/ },
    { name: 'object of null', json: ['object', null], message: /JSON object of attribute types/ },
    { name: 'object of a name', json: ['object', 'a'], message: /JSON object of attribute types/ },
    { name: 'object with extra data', json: ['object', {}, [], 'x'], message: /at most 3 elements/ },
    {
      name: 'bad tuple element',
      json: ['tuple', ['string', 'x']],
      message: /^type\.tuple\[1\]: unsupported type name "x"$/,
    },
    { name: 'bad attribute type', json: ['object', { a: 1 }], message: /type\.a:/ },
    {
      name: 'optional not a list',
      json: ['object', { a: 'string' }, 'a'],
      message: /array of attribute names/,
    },
    {
      name: 'optional names that are not all strings',
      json: ['object', { a: 'string' }, ['a', 1]],
      message: /array of attribute names/,
    },
    {
      name: 'optional names a missing attribute',
      json: ['object', { a: 'string' }, ['b']],
      message: /optional attribute "b" is not an attribute/,
    },
  ];

  it.each(bad)('rejects $name with a TypeError', ({ json, message }) => {
    expect(() => typeFromJson(json)).toThrow(TypeError);
    expect(() => typeFromJson(json)).toThrow(message);
  });

  it('rejects malformed text and trailing data', () => {
    expect(() => typeFromJsonBytes('"string" x')).toThrow(/invalid type JSON/);
    expect(() => typeFromJsonBytes(Uint8Array.of(0xff))).toThrow(TypeError);
  });

  it('rejects bytes that are not UTF-8, keeping the cause', () => {
    let caught: unknown;
    try {
      typeFromJsonBytes(Uint8Array.of(0x22, 0xff, 0x22));
    } catch (e: unknown) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect((caught as Error).message).toMatch(/^invalid type JSON: /);
    expect(caught).toHaveProperty('cause.message', expect.stringMatching(/utf-8/i));
  });

  it('writes object attributes and optional names sorted, whatever order they were declared in', () => {
    const t = objectOf({ b: ctyString, a: ctyNumber }, ['b', 'a']);
    expect(new TextDecoder().decode(typeToJsonBytes(t))).toBe(
      '["object",{"a":"number","b":"string"},["a","b"]]',
    );
  });

  it('reads an empty optional list as no optional attributes', () => {
    expect(typeFromJson(['object', { a: 'string' }, []])).toStrictEqual({
      kind: 'object',
      attributes: { a: ctyString },
    });
  });
});
