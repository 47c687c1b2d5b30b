/**
 * docs/ is generated from the provider schema and examples/ (scripts/gen-docs.ts): it must match
 * what the generator makes now, and the generator must render what the registry pages need.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocs, renderBlock, renderDocs, repoRoot, staleDocs, typeLabel } from '../../scripts/gen-docs.js';
import { PROVIDER_ADDRESS, schemaDocument } from '../../src/provider/index.js';

describe('docs/', () => {
  it('is up to date with the schema and examples (run `npm run gen:docs` when this fails)', () => {
    expect(staleDocs(renderDocs(), readDocs(join(repoRoot, 'docs')))).toEqual([]);
  });

  it('has one page per resource, data source and ephemeral resource, plus index.md', () => {
    const schemas = schemaDocument().provider_schemas[PROVIDER_ADDRESS]!;
    const expected = [
      'index.md',
      ...Object.keys(schemas.resource_schemas ?? {}).map((n) => `resources/${n.replace(/^litmos_/, '')}.md`),
      ...Object.keys(schemas.data_source_schemas ?? {}).map(
        (n) => `data-sources/${n.replace(/^litmos_/, '')}.md`,
      ),
      ...Object.keys(schemas.ephemeral_resource_schemas ?? {}).map(
        (n) => `ephemeral-resources/${n.replace(/^litmos_/, '')}.md`,
      ),
    ].sort();
    expect([...renderDocs().keys()].sort()).toEqual(expected);
  });
});

describe('staleDocs', () => {
  it('names changed, missing and left-over pages', () => {
    const expected = new Map([
      ['a.md', 'A'],
      ['b.md', 'B'],
      ['c.md', 'C'],
    ]);
    const actual = new Map([
      ['a.md', 'A'],
      ['b.md', 'old'],
      ['z.md', 'gone'],
    ]);
    expect(staleDocs(expected, actual)).toEqual(['b.md', 'c.md', 'z.md']);
  });
});

describe('renderDocs', () => {
  const pages = renderDocs();

  it('embeds the example HCL and the import commands of a resource', () => {
    const user = pages.get('resources/user.md')!;
    expect(user).toMatch(/^---\npage_title: "litmos_user Resource - litmos"/);
    expect(user).toContain('```terraform\nresource "litmos_user" "ada" {');
    expect(user).toContain('## Import');
    expect(user).toContain('terraform import litmos_user.ada ada@example.com');
  });

  it('splits attributes into Required, Optional and Read-Only and marks sensitive and write-only ones', () => {
    const connector = pages.get('resources/conductorone_connector.md')!;
    const section = (name: string) => connector.split(`### ${name}\n`)[1]!.split('\n### ')[0]!;
    expect(section('Required')).toContain('| `app_id` | String |');
    expect(section('Required')).not.toContain('`api_key`');
    expect(section('Optional')).toMatch(
      /\| `api_key_wo` \| String \| \*\*Sensitive\.\*\* \*\*Write-only:\*\*/,
    );
    expect(section('Optional')).toMatch(/\| `api_key` \| String \| \*\*Sensitive\.\*\* Litmos/);
    expect(section('Read-Only')).toContain('| `id` | String |');
    expect(section('Read-Only')).not.toContain('`source`');
  });

  it('renders nested attributes in their own linked section', () => {
    const users = pages.get('data-sources/users.md')!;
    expect(users).toContain('| `users` | List of Object ([see below](#nestedatt--users)) |');
    expect(users).toContain('<a id="nestedatt--users"></a>\n### Nested Schema for `users`');
    expect(users).toContain('#### Read-Only');
    expect(users).toContain('| `username` | String | Login name. |');
  });

  it('builds index.md from the provider schema and examples/provider/provider.tf', () => {
    const index = pages.get('index.md')!;
    expect(index).toContain('# litmos Provider');
    expect(index).toContain('provider "litmos" {');
    expect(index).toMatch(/\| `api_key` \| String \| \*\*Sensitive\.\*\*/);
    expect(index).toContain('[`litmos_team_member`](resources/team_member.md)');
  });

  it('fails when a resource has no example', () => {
    const examples = mkdtempSync(join(tmpdir(), 'litmos-docs-examples-'));
    try {
      cpSync(join(repoRoot, 'examples'), examples, { recursive: true });
      rmSync(join(examples, 'resources', 'litmos_team_member'), { recursive: true });
      expect(() => renderDocs(schemaDocument(), examples)).toThrow(
        /missing example examples\/resources\/litmos_team_member\/resource\.tf/,
      );
    } finally {
      rmSync(examples, { recursive: true, force: true });
    }
  });
});

describe('renderBlock', () => {
  it('renders nested blocks, escapes pipes and keeps each description on one line', () => {
    const text = renderBlock({
      attributes: { mode: { type: 'string', optional: true, description: 'a | b\nsecond line' } },
      block_types: {
        rule: {
          nesting_mode: 'set',
          block: { attributes: { port: { type: 'number', required: true, description: 'Port.' } } },
        },
      },
    });
    expect(text).toContain('| `mode` | String | a \\| b<br>second line |');
    expect(text).toContain('| `rule` | Block Set of Object ([see below](#nestedatt--rule)) |');
    expect(text).toContain('### Nested Schema for `rule`\n\n#### Required');
    expect(text).toContain('| `port` | Number | Port. |');
  });
});

describe('typeLabel', () => {
  it.each([
    ['string', 'String'],
    ['bool', 'Boolean'],
    [['set', 'string'], 'Set of String'],
    [['map', ['list', 'number']], 'Map of List of Number'],
  ])('%j → %s', (type, label) => {
    expect(typeLabel(type)).toBe(label);
  });
});
