/**
 * `npm run gen:docs`: writes `docs/` in the Terraform registry layout from the provider's schema
 * (the descriptions served to Terraform) and the examples under `examples/`:
 *
 *   docs/index.md                    provider: intro, examples/provider/provider.tf, configuration
 *   docs/resources/<name>.md         examples/resources/<type>/resource.tf (+ import.sh)
 *   docs/data-sources/<name>.md      examples/data-sources/<type>/data-source.tf
 *   docs/ephemeral-resources/<name>.md  examples/ephemeral-resources/<type>/ephemeral-resource.tf
 *
 * `<name>` is the type without the `litmos_` prefix. Pages are generated, never edited: wording
 * belongs in the schema descriptions. `--check` writes nothing and exits 1 when docs/ is stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDER_ADDRESS, PROVIDER_TYPE, schemaDocument } from '../src/provider/index.js';
import type { ProviderSchemaDocument } from '../src/framework/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Schemas = ProviderSchemaDocument['provider_schemas'][string];
type JsonSchemaOf = Schemas['provider'];

/** The parts of `providers schema -json` attributes that the pages show. */
interface DocAttribute {
  readonly type?: unknown;
  readonly nested_type?: { readonly attributes: Record<string, DocAttribute>; readonly nesting_mode: string };
  readonly description?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
  readonly deprecated?: boolean;
}

interface DocBlock {
  readonly attributes?: Record<string, DocAttribute>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly block: DocBlock }>;
  readonly description?: string;
  readonly deprecated?: boolean;
}

interface IdentitySchema {
  readonly attributes: Record<
    string,
    { readonly description?: string; readonly required_for_import?: boolean }
  >;
}

export type Kind = 'resource' | 'data-source' | 'ephemeral-resource';

const LABEL: Record<Kind, string> = {
  resource: 'Resource',
  'data-source': 'Data Source',
  'ephemeral-resource': 'Ephemeral Resource',
};

export class DocsError extends Error {
  override readonly name = 'DocsError';
}

const blockOf = (schema: JsonSchemaOf): DocBlock => (schema as unknown as { block: DocBlock }).block;

const shortName = (typeName: string): string => typeName.replace(new RegExp(`^${PROVIDER_TYPE}_`), '');

/** `["set","string"]` → `Set of String`. */
export function typeLabel(type: unknown): string {
  if (typeof type === 'string') {
    return { string: 'String', number: 'Number', bool: 'Boolean', dynamic: 'Dynamic' }[type] ?? type;
  }
  if (Array.isArray(type)) {
    const [kind, inner] = type as [string, unknown];
    if (kind === 'list' || kind === 'set' || kind === 'map') {
      return `${kind[0]!.toUpperCase()}${kind.slice(1)} of ${typeLabel(inner)}`;
    }
    if (kind === 'object') return 'Object';
    if (kind === 'tuple') return 'Tuple';
  }
  return JSON.stringify(type);
}

const nestingLabel = (mode: string): string =>
  ({ single: 'Object', list: 'List of Object', set: 'Set of Object', map: 'Map of Object' })[mode] ?? mode;

/** Text for one table cell: one line, no bare pipes. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

const anchor = (path: string): string => `nestedatt--${path.replace(/\./g, '--')}`;

type Section = 'Required' | 'Optional' | 'Read-Only';

function sectionOf(a: DocAttribute): Section {
  if (a.required) return 'Required';
  if (a.optional) return 'Optional';
  return 'Read-Only';
}

/**
 * The attribute tables of a block, split into Required / Optional / Read-Only, followed by one
 * section per nested attribute or block (linked from its row).
 */
export function renderBlock(block: DocBlock, path = '', level = 3): string {
  const hashes = '#'.repeat(level);
  const rows: Record<Section, string[]> = { Required: [], Optional: [], 'Read-Only': [] };
  const nested: string[] = [];
  const attributes = Object.entries(block.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b));
  for (const [name, a] of attributes) {
    const at = path ? `${path}.${name}` : name;
    const notes: string[] = [];
    if (a.deprecated) notes.push('**Deprecated.**');
    if (a.sensitive) notes.push('**Sensitive.**');
    if (a.write_only) notes.push('**Write-only:** never stored in plan or state.');
    let type = typeLabel(a.type);
    if (a.nested_type) {
      type = `${nestingLabel(a.nested_type.nesting_mode)} ([see below](#${anchor(at)}))`;
      nested.push(
        `<a id="${anchor(at)}"></a>\n${hashes} Nested Schema for \`${at}\`\n\n` +
          renderBlock({ attributes: a.nested_type.attributes }, at, level),
      );
    }
    const description = [...notes, a.description ?? ''].filter(Boolean).join(' ');
    rows[sectionOf(a)].push(`| \`${name}\` | ${type} | ${cell(description)} |`);
  }
  for (const [name, b] of Object.entries(block.block_types ?? {}).sort(([x], [y]) => x.localeCompare(y))) {
    const at = path ? `${path}.${name}` : name;
    rows.Optional.push(
      `| \`${name}\` | Block ${nestingLabel(b.nesting_mode)} ([see below](#${anchor(at)})) | ${cell(b.block.description ?? '')} |`,
    );
    nested.push(
      `<a id="${anchor(at)}"></a>\n${hashes} Nested Schema for \`${at}\`\n\n` +
        renderBlock(b.block, at, level),
    );
  }
  const tables = (Object.keys(rows) as Section[])
    .filter((section) => rows[section].length)
    .map(
      (section) =>
        `${hashes}${path ? '#' : ''} ${section}\n\n| Name | Type | Description |\n|---|---|---|\n${rows[section].join('\n')}\n`,
    );
  return [...tables, ...nested].join('\n');
}

function frontMatter(title: string, description: string): string {
  const body = description
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `---\npage_title: "${title}"\nsubcategory: ""\ndescription: |-\n${body}\n---\n`;
}

const hcl = (source: string): string => `\`\`\`terraform\n${source.trimEnd()}\n\`\`\`\n`;
const shell = (source: string): string => `\`\`\`shell\n${source.trimEnd()}\n\`\`\`\n`;

function readExample(examplesDir: string, relative: string): string {
  const file = join(examplesDir, relative);
  if (!existsSync(file)) {
    throw new DocsError(`missing example examples/${relative}: every resource and data source needs one`);
  }
  return readFileSync(file, 'utf8');
}

function identitySection(identity: IdentitySchema | undefined, typeName: string): string {
  if (!identity) return '';
  const rows = Object.entries(identity.attributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, a]) =>
        `| \`${name}\` | ${a.required_for_import ? 'Required' : 'Optional'} | ${cell(a.description ?? '')} |`,
    );
  const names = Object.keys(identity.attributes).sort();
  const width = Math.max(...names.map((n) => n.length));
  const block = [
    'import {',
    `  to       = ${typeName}.example`,
    '  identity = {',
    ...names.map((n) => `    ${n.padEnd(width)} = "..."`),
    '  }',
    '}',
  ].join('\n');
  return (
    `\nTerraform 1.12 and later can also import by identity, in an \`import\` block:\n\n` +
    `| Identity attribute | Import | Description |\n|---|---|---|\n${rows.join('\n')}\n\n` +
    hcl(block)
  );
}

function typePage(
  kind: Kind,
  typeName: string,
  schema: JsonSchemaOf,
  examplesDir: string,
  identity?: IdentitySchema,
): string {
  const block = blockOf(schema);
  const label = LABEL[kind];
  const folder = `${kind}s`;
  const example = readExample(examplesDir, `${folder}/${typeName}/${kind}.tf`);
  const description = block.description ?? '';
  const parts = [
    frontMatter(`${typeName} ${label} - ${PROVIDER_TYPE}`, description),
    `# ${typeName} (${label})\n`,
    `${description}\n`,
    `## Example Usage\n`,
    hcl(example),
    `## Schema\n`,
    renderBlock(block),
  ];
  if (kind === 'resource') {
    const importFile = join(examplesDir, folder, typeName, 'import.sh');
    if (existsSync(importFile)) {
      parts.push(
        `## Import\n`,
        `Import is supported using the following syntax:\n`,
        shell(readFileSync(importFile, 'utf8')),
      );
      parts.push(identitySection(identity, typeName));
    }
  }
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function indexPage(schemas: Schemas, examplesDir: string): string {
  const block = blockOf(schemas.provider);
  const example = readExample(examplesDir, 'provider/provider.tf');
  const list = (names: string[], folder: string) =>
    names.map((n) => `- [\`${n}\`](${folder}/${shortName(n)}.md)`).join('\n');
  const parts = [
    frontMatter(`${PROVIDER_TYPE} Provider`, block.description ?? ''),
    `# ${PROVIDER_TYPE} Provider\n`,
    `${block.description ?? ''}\n`,
    'Set credentials in the `provider` block or, better, in the environment: each attribute below ' +
      'names its variable. A configuration that uses only Litmos resources needs no ConductorOne ' +
      'credentials, and the reverse. The provider keeps one request budget per Litmos API key ' +
      '(`requests_per_minute`) for the whole run, and waits rather than fails when it is spent.\n',
    `## Example Usage\n`,
    hcl(example),
    `## Resources\n`,
    `${list(Object.keys(schemas.resource_schemas ?? {}), 'resources')}\n`,
    `## Data Sources\n`,
    `${list(Object.keys(schemas.data_source_schemas ?? {}), 'data-sources')}\n`,
    ...(schemas.ephemeral_resource_schemas
      ? [
          `## Ephemeral Resources\n`,
          `${list(Object.keys(schemas.ephemeral_resource_schemas), 'ephemeral-resources')}\n`,
        ]
      : []),
    `## Schema\n`,
    renderBlock(block),
  ];
  return `${parts
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Every page, by path relative to `docs/`. */
export function renderDocs(
  document: ProviderSchemaDocument = schemaDocument(),
  examplesDir: string = join(repoRoot, 'examples'),
): Map<string, string> {
  const schemas = document.provider_schemas[PROVIDER_ADDRESS];
  if (!schemas) throw new DocsError(`the schema document has no ${PROVIDER_ADDRESS}`);
  const identities = (schemas.resource_identity_schemas ?? {}) as Record<string, IdentitySchema>;
  const pages = new Map<string, string>([['index.md', indexPage(schemas, examplesDir)]]);
  for (const [name, schema] of Object.entries(schemas.resource_schemas ?? {})) {
    pages.set(
      `resources/${shortName(name)}.md`,
      typePage('resource', name, schema, examplesDir, identities[name]),
    );
  }
  for (const [name, schema] of Object.entries(schemas.data_source_schemas ?? {})) {
    pages.set(`data-sources/${shortName(name)}.md`, typePage('data-source', name, schema, examplesDir));
  }
  for (const [name, schema] of Object.entries(schemas.ephemeral_resource_schemas ?? {})) {
    pages.set(
      `ephemeral-resources/${shortName(name)}.md`,
      typePage('ephemeral-resource', name, schema, examplesDir),
    );
  }
  return pages;
}

/** Markdown files under `docs/` now, by relative path. */
export function readDocs(docsDir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else if (entry.name.endsWith('.md')) found.set(relative, readFileSync(join(dir, entry.name), 'utf8'));
    }
  };
  walk(docsDir, '');
  return found;
}

/** Paths that differ between the generated pages and `docs/` (missing, changed or left over). */
export function staleDocs(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((p) => expected.get(p) !== actual.get(p)).sort();
}

function main(): void {
  const docsDir = join(repoRoot, 'docs');
  const expected = renderDocs();
  const stale = staleDocs(expected, readDocs(docsDir));
  if (process.argv.includes('--check')) {
    if (stale.length) {
      process.stderr.write(`docs/ is stale (run npm run gen:docs): ${stale.join(', ')}\n`);
      process.exit(1);
    }
    process.stderr.write(`docs/ is up to date (${expected.size} pages)\n`);
    return;
  }
  for (const path of stale) {
    const file = join(docsDir, path);
    const content = expected.get(path);
    if (content === undefined) {
      rmSync(file);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  process.stderr.write(`docs: ${expected.size} pages, ${stale.length} written or removed\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`gen-docs failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
