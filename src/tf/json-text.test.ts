import { JsonNumber, parseJsonText } from './json-text.js';
import type { JsonNode } from './json-text.js';

describe('parseJsonText', () => {
  const cases: { name: string; text: string; node: JsonNode }[] = [
    { name: 'null', text: 'null', node: null },
    { name: 'booleans in an array', text: '[true,false]', node: [true, false] },
    { name: 'a string with escapes', text: '"a\\"b\\u00e9\\n"', node: 'a"b\u00e9\n' },
    { name: 'a big integer, exactly', text: '9007199254740993', node: new JsonNumber('9007199254740993') },
    { name: 'a decimal, exactly', text: '-0.10e+2', node: new JsonNumber('-0.10e+2') },
    { name: 'an empty object', text: '{ }', node: new Map() },
    { name: 'an empty array', text: '[ ]', node: [] },
    {
      name: 'nested values with whitespace',
      text: ' { "a" : [ 1 , { "b" : null } ] ,\n"c":"d" } ',
      node: new Map<string, JsonNode>([
        ['a', [new JsonNumber('1'), new Map([['b', null]])]],
        ['c', 'd'],
      ]),
    },
    {
      name: 'a __proto__ key as plain data',
      text: '{"__proto__":1}',
      node: new Map([['__proto__', new JsonNumber('1')]]),
    },
  ];

  it.each(cases)('reads $name', ({ text, node }) => {
    expect(parseJsonText(text)).toEqual(node);
  });

  const bad: { name: string; text: string; message: RegExp }[] = [
    { name: 'empty input', text: '', message: /unexpected end of input/ },
    { name: 'trailing data', text: '1 2', message: /unexpected data after the JSON value at offset 2/ },
    { name: 'a leading zero', text: '01', message: /unexpected data/ },
    { name: 'a bare word', text: 'nope', message: /unexpected character/ },
    { name: 'a trailing comma', text: '[1,]', message: /unexpected character/ },
    { name: 'a missing colon', text: '{"a" 1}', message: /expected ":"/ },
    { name: 'an unquoted key', text: '{a:1}', message: /expected a string key/ },
    { name: 'an unclosed array', text: '[1', message: /expected "," or "]"/ },
    { name: 'a raw control character in a string', text: '"a\u0001"', message: /invalid string/ },
    { name: 'a repeated key', text: '{"a":1,"a":2}', message: /repeated key "a"/ },
    { name: 'deep nesting', text: '['.repeat(600) + ']'.repeat(600), message: /nesting deeper than 512/ },
  ];

  it('reads 512 levels of nesting and refuses 513, in objects as in arrays', () => {
    const objects = (n: number): string => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
    const arrays = (n: number): string => '['.repeat(n) + '1' + ']'.repeat(n);
    expect(() => parseJsonText(objects(512))).not.toThrow();
    expect(() => parseJsonText(objects(513))).toThrow(/nesting deeper than 512/);
    expect(() => parseJsonText(arrays(512))).not.toThrow();
    expect(() => parseJsonText(arrays(513))).toThrow(/nesting deeper than 512/);
  });

  it.each(bad)('rejects $name with a SyntaxError', ({ text, message }) => {
    expect(() => parseJsonText(text)).toThrow(SyntaxError);
    expect(() => parseJsonText(text)).toThrow(message);
  });
});
