/**
 * Generates the CDKTF bindings in `src/.gen/` from the provider's own schema document
 * (`npm run --silent schema` at the repository root), with `@cdktf/provider-generator`.
 *
 *   tsx scripts/gen-bindings.ts                  regenerate src/.gen
 *   tsx scripts/gen-bindings.ts --check          exit 1 (and list the files) when src/.gen is stale
 *   tsx scripts/gen-bindings.ts --schema <file>  use a schema document from a file instead
 *   tsx scripts/gen-bindings.ts --out <dir>      write somewhere else (default src/.gen)
 *
 * No terraform binary and no network: the generator's lower layer takes the schema object
 * directly. Two pitfalls of @cdktf 0.21 are handled here: the package root of
 * @cdktf/provider-generator needs jsii-pacmak (not installed), so the deep module is loaded; and
 * @cdktf/commons runs `terraform version -json` when it loads and reports failures to HashiCorp's
 * checkpoint service, so the binary name is pointed at nothing and checkpoint is disabled.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

process.env.CHECKPOINT_DISABLE = '1';
process.env.TERRAFORM_BINARY_NAME = 'terraform-is-not-used-by-gen-bindings';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '..');
const defaultOut = join(packageDir, 'src', '.gen');

/** The address our provider is published under, and the constraint the bindings declare. */
export const PROVIDER_FQPN = 'registry.terraform.io/litmos-oss/litmos';
const PROVIDER_CONSTRAINT = { name: 'litmos', source: 'litmos-oss/litmos', version: '~> 0.1' };

interface Args {
  readonly check: boolean;
  readonly schemaFile?: string;
  readonly out: string;
}

function parseArgs(argv: readonly string[]): Args {
  let check = false;
  let schemaFile: string | undefined;
  let out = defaultOut;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') check = true;
    else if (a === '--schema' && argv[i + 1]) schemaFile = resolve(argv[++i]!);
    else if (a === '--out' && argv[i + 1]) out = resolve(argv[++i]!);
    else
      throw new Error(`gen-bindings: unexpected argument ${a} (use --check, --schema <file>, --out <dir>)`);
  }
  return { check, schemaFile, out };
}

function readSchemaText(schemaFile: string | undefined): string {
  if (schemaFile) return readFileSync(schemaFile, 'utf8');
  const r = spawnSync('npm', ['run', '--silent', 'schema'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run --silent schema exited ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

/** Runs the generator into `dir`. Loaded lazily, after the environment above is set. */
async function generate(schemaText: string, dir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const { CodeMaker } = require('codemaker') as typeof import('codemaker');
  const commons = require('@cdktf/commons') as typeof import('@cdktf/commons');
  const { sanitizeProviderSchema } =
    require('@cdktf/provider-schema/src/provider-schema.js') as typeof import('@cdktf/provider-schema/src/provider-schema.js');
  const { TerraformProviderGenerator } =
    require('@cdktf/provider-generator/lib/get/generator/provider-generator.js') as typeof import('@cdktf/provider-generator/lib/get/generator/provider-generator.js');

  const parsed = JSON.parse(schemaText) as import('@cdktf/commons').ProviderSchema;
  if (!parsed.provider_schemas?.[PROVIDER_FQPN]) {
    throw new Error(`the schema document has no provider ${PROVIDER_FQPN}`);
  }
  const schema = sanitizeProviderSchema(parsed);
  const code = new CodeMaker();
  code.indentation = 2;
  const generator = new TerraformProviderGenerator(code, schema);
  const target = new commons.ConstructsMakerProviderTarget(
    new commons.TerraformProviderConstraint(PROVIDER_CONSTRAINT),
    commons.LANGUAGES[0]!,
  );
  generator.generate(target);
  await generator.save(dir);

  // lazy-index.ts loads namespaces with require(): not used, and not valid in an ES module package.
  rmSync(join(dir, 'providers', 'litmos', 'lazy-index.ts'), { force: true });
  // This package is an ES module: relative specifiers need their file name (`./user/index.js`).
  const index = join(dir, 'providers', 'litmos', 'index.ts');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace(/from '(\.\/[a-z0-9-]+)';/g, "from '$1/index.js';"),
  );
  writeFileSync(join(dir, 'schema-fingerprint.ts'), fingerprintModule(schemaText));
}

/** A module that records which schema the bindings came from; compiled into lib/ as well. */
export function fingerprintModule(schemaText: string): string {
  const digest = createHash('sha256').update(canonicalSchema(schemaText)).digest('hex');
  return [
    '// Generated by scripts/gen-bindings.ts: the SHA-256 of the schema document these bindings',
    '// were generated from. Do not edit.',
    `export const SCHEMA_SHA256 = '${digest}';`,
    '',
  ].join('\n');
}

/** The schema document with keys sorted, so that formatting never changes the fingerprint. */
export function canonicalSchema(schemaText: string): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(JSON.parse(schemaText)));
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  try {
    walk(dir);
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return out.sort();
}

/** Files that differ between two trees: added, removed or changed. */
function diffTrees(expected: string, actual: string): string[] {
  const a = new Set(listFiles(expected));
  const b = new Set(listFiles(actual));
  const differ: string[] = [];
  for (const f of new Set([...a, ...b])) {
    if (!a.has(f)) differ.push(`${f} (should not exist)`);
    else if (!b.has(f)) differ.push(`${f} (missing)`);
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) differ.push(f);
  }
  return differ.sort();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const schemaText = readSchemaText(args.schemaFile);
  const tmp = mkdtempSync(join(tmpdir(), 'litmos-bindings-'));
  try {
    await generate(schemaText, tmp);
    if (args.check) {
      const differ = diffTrees(tmp, args.out);
      if (differ.length > 0) {
        process.stderr.write(
          `The CDKTF bindings in ${relative(repoRoot, args.out)} do not match the provider schema ` +
            `(${differ.length} file(s)):\n${differ.map((f) => `  ${f}`).join('\n')}\n` +
            'Run `npm run gen:bindings` and commit the result.\n',
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`bindings up to date (${listFiles(tmp).length} files)\n`);
      return;
    }
    rmSync(args.out, { recursive: true, force: true });
    cpSync(tmp, args.out, { recursive: true });
    process.stdout.write(`wrote ${listFiles(args.out).length} files to ${relative(repoRoot, args.out)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`gen-bindings: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
