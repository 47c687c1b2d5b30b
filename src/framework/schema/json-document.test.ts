import { bool, nested, num, str, strList } from './attributes.js';
import { schemaToJson } from './json-document.js';
import { schema } from './schema.js';

describe('schemaToJson (the `terraform providers schema -json` shape)', () => {
  it('writes only the flags an attribute sets, with its type JSON and markdown description', () => {
    const doc = schemaToJson(
      schema('A thing.', {
        name: str({ description: 'Name.', required: true }),
        size: num({ description: 'Size.', optional: true, computed: true }),
        token: str({ description: 'Token.', computed: true, sensitive: true }),
        secret: str({ description: 'Secret.', optional: true, writeOnly: true }),
        tags: strList({ description: 'Tags.', optional: true }),
      }),
    );
    expect(doc.block.attributes).toEqual({
      name: { type: 'string', description: 'Name.', description_kind: 'markdown', required: true },
      secret: {
        type: 'string',
        description: 'Secret.',
        description_kind: 'markdown',
        optional: true,
        write_only: true,
      },
      size: {
        type: 'number',
        description: 'Size.',
        description_kind: 'markdown',
        optional: true,
        computed: true,
      },
      tags: { type: ['list', 'string'], description: 'Tags.', description_kind: 'markdown', optional: true },
      token: {
        type: 'string',
        description: 'Token.',
        description_kind: 'markdown',
        computed: true,
        sensitive: true,
      },
    });
  });

  it('sorts attributes by name', () => {
    const doc = schemaToJson(
      schema('S.', {
        b: str({ description: 'b', optional: true }),
        c: str({ description: 'c', optional: true }),
        a: str({ description: 'a', optional: true }),
      }),
    );
    expect(Object.keys(doc.block.attributes)).toEqual(['a', 'b', 'c']);
  });

  it('writes a deprecated attribute with its message, and leaves out an empty description', () => {
    const doc = schemaToJson(
      schema('S.', { old: bool({ description: '', optional: true, deprecated: 'Gone soon.' }) }),
    );
    expect(doc.block.attributes.old).toEqual({
      type: 'bool',
      description_kind: 'markdown',
      deprecated: true,
      deprecation_message: 'Gone soon.',
      optional: true,
    });
  });

  it('writes nested attributes as nested_type with the nesting mode and their own attributes', () => {
    const doc = schemaToJson(
      schema('S.', {
        rules: nested(
          'set',
          {
            z: str({ description: 'z', optional: true }),
            port: num({ description: 'Port.', required: true }),
          },
          { description: 'Rules.', optional: true },
        ),
      }),
    );
    expect(doc.block.attributes.rules).toEqual({
      nested_type: {
        nesting_mode: 'set',
        attributes: {
          port: { type: 'number', description: 'Port.', description_kind: 'markdown', required: true },
          z: { type: 'string', description: 'z', description_kind: 'markdown', optional: true },
        },
      },
      description: 'Rules.',
      description_kind: 'markdown',
      optional: true,
    });
  });

  it('writes the version, description and deprecation of the block', () => {
    expect(schemaToJson(schema('Old thing.', {}, { version: 2, deprecated: 'Use the new one.' }))).toEqual({
      version: 2,
      block: {
        attributes: {},
        description: 'Old thing.',
        description_kind: 'markdown',
        deprecated: true,
        deprecation_message: 'Use the new one.',
      },
    });
  });

  it('leaves out an empty block description and an absent deprecation', () => {
    expect(schemaToJson(schema('', {}))).toEqual({
      version: 0,
      block: { attributes: {}, description_kind: 'markdown' },
    });
  });
});
