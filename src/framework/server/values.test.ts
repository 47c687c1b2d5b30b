import { Diagnostics } from '../../tf/diagnostics.js';
import { encodeMsgpack } from '../../tf/msgpack.js';
import { ctyNumber, ctyString, objectOf } from '../../tf/types.js';
import { unknown } from '../../tf/value.js';
import { decodeObject, decodeValue, encodeValue } from './values.js';

const objType = objectOf({ a: ctyString });
const json = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('decodeValue', () => {
  it('decodes msgpack first, then JSON, and reads an absent or empty value as null', () => {
    const diags = new Diagnostics();
    expect(
      decodeValue({ msgpack: encodeMsgpack('x', ctyString), json: json('"y"') }, ctyString, 'v', diags),
    ).toBe('x');
    expect(decodeValue({ msgpack: new Uint8Array(), json: json('"y"') }, ctyString, 'v', diags)).toBe('y');
    expect(decodeValue({ json: new Uint8Array() }, ctyString, 'v', diags)).toBeNull();
    expect(decodeValue(undefined, ctyString, 'v', diags)).toBeNull();
    expect(decodeValue({}, ctyNumber, 'v', diags)).toBeNull();
    expect(diags.length).toBe(0);
  });

  it('reports a value that does not decode, naming what it was, and returns undefined', () => {
    const diags = new Diagnostics();
    expect(decodeValue({ json: json('{"a":') }, objType, 'thing state', diags)).toBeUndefined();
    const [d] = diags.toArray();
    expect(d.summary).toBe('Invalid Value From Terraform');
    expect(d.detail).toMatch(
      /^The provider could not decode the thing state: .+\. This is a bug in the provider or a Terraform version it does not support; please report it\.$/,
    );
  });
});

describe('decodeObject', () => {
  it('returns an object, or null for an absent value', () => {
    const diags = new Diagnostics();
    expect(decodeObject({ json: json('{"a":"x"}') }, objType, 'v', diags)).toEqual({ a: 'x' });
    expect(decodeObject(undefined, objType, 'v', diags)).toBeNull();
    expect(diags.length).toBe(0);
  });

  it('refuses a wholly unknown value as not an object', () => {
    const diags = new Diagnostics();
    expect(
      decodeObject({ msgpack: encodeMsgpack(unknown, objType) }, objType, 'thing config', diags),
    ).toBeUndefined();
    expect(diags.toArray()).toEqual([
      {
        severity: 'error',
        summary: 'Invalid Value From Terraform',
        detail: 'The thing config is not an object.',
        path: undefined,
      },
    ]);
  });

  it('passes a decoding failure on as undefined', () => {
    const diags = new Diagnostics();
    expect(decodeObject({ json: json('[') }, objType, 'v', diags)).toBeUndefined();
    expect(diags.length).toBe(1);
  });
});

describe('encodeValue', () => {
  it('encodes as msgpack with the type', () => {
    expect(encodeValue('x', ctyString)).toEqual({ msgpack: encodeMsgpack('x', ctyString) });
  });
});
