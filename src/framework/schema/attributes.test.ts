import { bool, isComputedOnly, nested, num, str } from './attributes.js';
import { impliedType, schema } from './schema.js';

describe('nested attributes', () => {
  const inner = {
    a: str({ description: 'a', optional: true }),
    n: num({ description: 'n', optional: true }),
  };
  const object = { kind: 'object', attributes: { a: { kind: 'string' }, n: { kind: 'number' } } };

  it.each([
    ['single', object],
    ['list', { kind: 'list', element: object }],
    ['set', { kind: 'set', element: object }],
    ['map', { kind: 'map', element: object }],
  ] as const)('%s nesting has the type of its objects in that collection', (nesting, type) => {
    const spec = nested(nesting, inner, { description: 'd', optional: true, sensitive: true });
    expect(spec.type).toEqual(type);
    expect(spec.nested).toEqual({ nesting, attributes: inner });
    expect(spec).toMatchObject({ description: 'd', optional: true, sensitive: true });
  });

  it('gives a schema the object type of its attributes, nested ones included', () => {
    expect(
      impliedType(
        schema('S.', {
          flag: bool({ description: 'f', optional: true }),
          one: nested('single', inner, { description: 'o', optional: true }),
        }),
      ),
    ).toEqual({
      kind: 'object',
      attributes: { flag: { kind: 'bool' }, one: object },
    });
  });
});

describe('isComputedOnly', () => {
  it.each([
    ['computed', { computed: true }, true],
    ['optional and computed', { computed: true, optional: true }, false],
    ['optional', { optional: true }, false],
    ['required', { required: true }, false],
  ])('is %s → %s', (_name, flags, expected) => {
    expect(isComputedOnly(str({ description: 'x', ...flags }))).toBe(expected);
  });
});

describe('schema', () => {
  it('defaults to version 0 and no deprecation', () => {
    expect(schema('S.', {})).toEqual({
      version: 0,
      description: 'S.',
      attributes: {},
      deprecated: undefined,
    });
  });
});
