import { nested, str } from './attributes.js';
import type { AttributeMap } from './attributes.js';
import { schemaProblems } from './schema.js';

const problems = (attributes: AttributeMap, version = 0): string[] =>
  schemaProblems('litmos_thing', { version, description: 'A thing.', attributes });

describe('schemaProblems', () => {
  it('finds none in a sound schema, nested attributes included', () => {
    expect(
      problems({
        id: str({ description: 'i', computed: true }),
        name: str({ description: 'n', required: true }),
        flag: str({ description: 'f', optional: true, computed: true, default: 'x' }),
        key: str({ description: 'k', optional: true, writeOnly: true }),
        items: nested(
          'list',
          {
            _title: str({ description: 't', optional: true }),
            pin: str({ description: 'p', optional: true, writeOnly: true }),
          },
          { description: 'l', optional: true },
        ),
        one: nested(
          'single',
          { pin: str({ description: 'p', optional: true, writeOnly: true }) },
          { description: 'o', optional: true },
        ),
      }),
    ).toEqual([]);
  });

  it.each<{ name: string; attributes: AttributeMap; problem: string }>([
    {
      name: 'a name with capitals',
      attributes: { Name: str({ description: 'n', optional: true }) },
      problem: 'litmos_thing: attribute Name: name must match ^[a-z_][a-z0-9_]*$',
    },
    {
      name: 'a name starting with a digit',
      attributes: { '1a': str({ description: 'n', optional: true }) },
      problem: 'litmos_thing: attribute 1a: name must match ^[a-z_][a-z0-9_]*$',
    },
    {
      name: 'a name with a character after a valid start',
      attributes: { 'a-b': str({ description: 'n', optional: true }) },
      problem: 'litmos_thing: attribute a-b: name must match ^[a-z_][a-z0-9_]*$',
    },
    {
      name: 'neither required, optional nor computed',
      attributes: { a: str({ description: 'a' }) },
      problem: 'litmos_thing: attribute a: must be required, optional or computed',
    },
    {
      name: 'required and optional',
      attributes: { a: str({ description: 'a', required: true, optional: true }) },
      problem: 'litmos_thing: attribute a: cannot be both required and optional',
    },
    {
      name: 'required and computed',
      attributes: { a: str({ description: 'a', required: true, computed: true }) },
      problem: 'litmos_thing: attribute a: cannot be both required and computed',
    },
    {
      name: 'a default without computed',
      attributes: { a: str({ description: 'a', optional: true, default: 'x' }) },
      problem: 'litmos_thing: attribute a: a default requires computed (and optional)',
    },
    {
      name: 'a write-only computed attribute',
      attributes: { a: str({ description: 'a', optional: true, computed: true, writeOnly: true }) },
      problem: 'litmos_thing: attribute a: a write-only attribute cannot be computed',
    },
    {
      name: 'no description',
      attributes: { a: str({ description: '', optional: true }) },
      problem: 'litmos_thing: attribute a: a description is required',
    },
    {
      name: 'a bad name deep inside, with its path',
      attributes: {
        outer: nested(
          'single',
          { Bad: str({ description: 'b', optional: true }) },
          { description: 'o', optional: true },
        ),
      },
      problem: 'litmos_thing: attribute outer.Bad: name must match ^[a-z_][a-z0-9_]*$',
    },
    {
      name: 'a write-only attribute inside a set, however deep',
      attributes: {
        s: nested(
          'set',
          {
            inner: nested(
              'single',
              { k: str({ description: 'k', optional: true, writeOnly: true }) },
              { description: 'i', optional: true },
            ),
          },
          { description: 's', optional: true },
        ),
      },
      problem: 'litmos_thing: attribute s.inner.k: write-only attributes cannot live inside a set',
    },
  ])('reports $name', ({ attributes, problem }) => {
    expect(problems(attributes)).toEqual([problem]);
  });

  it('reports a required attribute with a default twice over, and a negative version', () => {
    expect(problems({ a: str({ description: 'a', required: true, default: 'x' }) }, -1)).toEqual([
      'litmos_thing: attribute a: a default requires computed (and optional)',
      'litmos_thing: attribute a: a required attribute cannot have a default',
      'litmos_thing: schema version must not be negative',
    ]);
  });
});
