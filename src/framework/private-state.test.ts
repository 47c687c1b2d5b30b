import { PrivateState } from './private-state.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const text = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

describe('PrivateState', () => {
  it('starts empty and writes no bytes while empty', () => {
    const s = PrivateState.empty();
    expect(s.get('etag')).toBeUndefined();
    expect(s.toBytes()).toEqual(new Uint8Array());
  });

  it('writes its entries as one JSON object and reads them back', () => {
    const s = PrivateState.empty();
    s.set('etag', 'v1');
    s.set('reads', 2);
    s.set('nested', { a: [1, 2] });
    expect(JSON.parse(text(s.toBytes()))).toEqual({ etag: 'v1', reads: 2, nested: { a: [1, 2] } });
    const back = PrivateState.fromBytes(s.toBytes());
    expect(back.get('etag')).toBe('v1');
    expect(back.get('reads')).toBe(2);
    expect(back.get('nested')).toEqual({ a: [1, 2] });
  });

  it('forgets an entry set to undefined, and writes no bytes once the last one is gone', () => {
    const s = PrivateState.fromBytes(bytes('{"etag":"v1","keep":true}'));
    s.set('etag', undefined);
    expect(s.get('etag')).toBeUndefined();
    expect(JSON.parse(text(s.toBytes()))).toEqual({ keep: true });
    s.set('keep', undefined);
    expect(s.toBytes()).toEqual(new Uint8Array());
  });

  it('keeps falsy values that are not undefined', () => {
    const s = PrivateState.empty();
    s.set('zero', 0);
    s.set('none', null);
    s.set('no', false);
    expect(JSON.parse(text(s.toBytes()))).toEqual({ zero: 0, none: null, no: false });
  });

  it.each([
    ['absent bytes', undefined],
    ['no bytes', new Uint8Array()],
    ['bytes that are not JSON', bytes('\u0000gob-encoded')],
    ['a JSON array', bytes('["etag"]')],
    ['a JSON string', bytes('"etag"')],
    ['JSON null', bytes('null')],
  ])('reads %s as an empty state', (_name, input) => {
    const s = PrivateState.fromBytes(input);
    expect(s.toBytes()).toEqual(new Uint8Array());
    expect(s.get('0')).toBeUndefined();
  });
});
