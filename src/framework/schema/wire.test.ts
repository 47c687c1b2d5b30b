import { bool, nested, num, str, strList, strMap, strSet } from './attributes.js';
import { schema } from './schema.js';
import { attributeToWire, schemaToWire } from './wire.js';

const typeJson = (bytes: Uint8Array | undefined): unknown =>
  bytes === undefined ? undefined : JSON.parse(Buffer.from(bytes).toString('utf8'));

describe('attributeToWire', () => {
  it('serves a plain optional string with every flag false but optional, as markdown', () => {
    expect(attributeToWire('name', str({ description: 'The *name*.', optional: true }))).toEqual({
      name: 'name',
      description: 'The *name*.',
      description_kind: 'MARKDOWN',
      required: false,
      optional: true,
      computed: false,
      sensitive: false,
      deprecated: false,
      write_only: false,
      type: new TextEncoder().encode('"string"'),
    });
  });

  it('serves each flag the attribute sets, and no deprecation message when not deprecated', () => {
    const wire = attributeToWire(
      'token',
      str({ description: 't', required: true, computed: true, sensitive: true, writeOnly: true }),
    );
    expect(wire).toMatchObject({
      required: true,
      optional: false,
      computed: true,
      sensitive: true,
      write_only: true,
    });
    expect(wire).not.toHaveProperty('deprecation_message');
  });

  it('serves a deprecated attribute with its message', () => {
    expect(
      attributeToWire('old', num({ description: 'o', optional: true, deprecated: 'Use new.' })),
    ).toMatchObject({
      deprecated: true,
      deprecation_message: 'Use new.',
    });
  });

  it.each([
    ['a number', num({ description: 'd', optional: true }), 'number'],
    ['a bool', bool({ description: 'd', optional: true }), 'bool'],
    ['a string list', strList({ description: 'd', optional: true }), ['list', 'string']],
    ['a string set', strSet({ description: 'd', optional: true }), ['set', 'string']],
    ['a string map', strMap({ description: 'd', optional: true }), ['map', 'string']],
  ])('serves %s with its cty type JSON', (_name, spec, expected) => {
    const wire = attributeToWire('a', spec);
    expect(typeJson(wire.type)).toEqual(expected);
    expect(wire.nested_type).toBeUndefined();
  });

  it.each([
    ['single', 'SINGLE'],
    ['list', 'LIST'],
    ['set', 'SET'],
    ['map', 'MAP'],
  ] as const)(
    'serves %s nesting as nested_type %s, attributes sorted, without a type',
    (nesting, wireNesting) => {
      const wire = attributeToWire(
        'outer',
        nested(
          nesting,
          {
            zeta: str({ description: 'z', optional: true }),
            alpha: num({ description: 'a', required: true }),
            mid: bool({ description: 'm', computed: true }),
          },
          { description: 'o', optional: true },
        ),
      );
      expect(wire.type).toBeUndefined();
      expect(wire.nested_type?.nesting).toBe(wireNesting);
      expect(
        wire.nested_type?.attributes.map((a) => [a.name, typeJson(a.type), a.required, a.computed]),
      ).toEqual([
        ['alpha', 'number', true, false],
        ['mid', 'bool', false, true],
        ['zeta', 'string', false, false],
      ]);
    },
  );
});

describe('schemaToWire', () => {
  it('serves the version on the schema and its block, attributes in name order, no block types', () => {
    const wire = schemaToWire(
      schema(
        'A **thing**.',
        {
          b: str({ description: 'b', optional: true }),
          a: str({ description: 'a', optional: true }),
          c: str({ description: 'c', optional: true }),
          B: str({ description: 'capital B sorts before lower case', optional: true }),
        },
        { version: 3 },
      ),
    );
    expect(wire.version).toBe(3);
    expect(wire.block.version).toBe(3);
    expect(wire.block.attributes.map((a) => a.name)).toEqual(['B', 'a', 'b', 'c']);
    expect(wire.block.block_types).toEqual([]);
    expect(wire.block).toMatchObject({
      description: 'A **thing**.',
      description_kind: 'MARKDOWN',
      deprecated: false,
    });
    expect(wire.block).not.toHaveProperty('deprecation_message');
  });

  it('serves a deprecated schema with its message', () => {
    const wire = schemaToWire(schema('Old.', {}, { deprecated: 'Use litmos_new.' }));
    expect(wire.version).toBe(0);
    expect(wire.block).toMatchObject({ deprecated: true, deprecation_message: 'Use litmos_new.' });
  });
});
