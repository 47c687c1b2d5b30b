import { decodeError, describeRaw, describeValue, encodeError, ValueCodecError } from './codec-error.js';
import { decodeMsgpack, encodeMsgpack } from './msgpack.js';
import { AttrPath } from './path.js';
import { ctyBool, ctyNumber, ctyString, listOf } from './types.js';
import type { CtyType } from './types.js';
import { BigDecimal, DynamicValue, unknown } from './value.js';
import type { Value } from './value.js';

const bytes = (hex: string): Uint8Array => Uint8Array.from(hex.split(' ').map((h) => parseInt(h, 16)));

describe('codec errors name the kind of the offending datum, never the datum', () => {
  it.each([
    { raw: null, kind: 'null' },
    { raw: [1], kind: 'array' },
    { raw: new Uint8Array([1]), kind: 'binary' },
    { raw: new Map([['k', 1]]), kind: 'object' },
    { raw: { k: 1 }, kind: 'map' },
    { raw: 'secret', kind: 'string' },
    { raw: 7, kind: 'number' },
    { raw: true, kind: 'boolean' },
  ])('a raw $kind', ({ raw, kind }) => {
    expect(describeRaw(raw)).toBe(kind);
  });

  it.each([
    { value: null, kind: 'null' },
    { value: unknown, kind: 'unknown' },
    { value: new DynamicValue(ctyString, 'x'), kind: 'dynamic value' },
    { value: new BigDecimal('0.1'), kind: 'number' },
    { value: 2n ** 70n, kind: 'number' },
    { value: 3, kind: 'number' },
    { value: ['a'], kind: 'array' },
    { value: true, kind: 'bool' },
    { value: { a: 'b' }, kind: 'object' },
    { value: 'secret', kind: 'string' },
  ] as { value: Value; kind: string }[])('a typed $kind', ({ value, kind }) => {
    expect(describeValue(value)).toBe(kind);
  });

  it('decoding and encoding errors carry their code, path and reason', () => {
    const path = AttrPath.root('a').index(1);
    const decoding = decodeError(path, 'a bool is required, got string');
    expect(decoding).toBeInstanceOf(ValueCodecError);
    expect(decoding.name).toBe('ValueCodecError');
    expect(decoding.code).toBe('DECODE');
    expect(decoding.message).toBe('a[1]: a bool is required, got string');
    const encoding = encodeError(AttrPath.empty, 'a string is required, got bool');
    expect(encoding.code).toBe('ENCODE');
    expect(encoding.message).toBe('a string is required, got bool');
  });

  it.each([
    { type: ctyNumber, hex: '91 a2 31 32', message: 'a number is required, got array' },
    { type: ctyNumber, hex: 'c4 01 00', message: 'a number is required, got binary' },
    { type: ctyNumber, hex: 'c3', message: 'a number is required, got boolean' },
    { type: ctyBool, hex: '81 a1 6b 01', message: 'a bool is required, got map' },
    { type: ctyString, hex: '91 a1 78', message: 'a string is required, got array' },
  ] as { type: CtyType; hex: string; message: string }[])(
    'Terraform sending $hex where a $type.kind belongs: "$message"',
    ({ type, hex, message }) => {
      expect(() => decodeMsgpack(bytes(hex), type)).toThrow(message);
    },
  );

  it.each([
    { type: ctyString, value: true, message: 'a string is required, got bool' },
    { type: ctyString, value: 12n, message: 'a string is required, got number' },
    { type: ctyString, value: ['x'], message: 'a string is required, got array' },
    { type: listOf(ctyBool), value: ['no'], message: '[0]: a bool is required, got string' },
  ] as { type: CtyType; value: Value; message: string }[])(
    'a provider value of the wrong kind is refused: "$message"',
    ({ type, value, message }) => {
      expect(() => encodeMsgpack(value, type)).toThrow(message);
    },
  );
});
