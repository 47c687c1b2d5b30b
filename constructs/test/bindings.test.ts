/**
 * The committed bindings in src/.gen (and a built lib/, when there is one) must match the
 * provider's schema; regeneration needs neither terraform nor the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as bindings from '../src/index.js';
import { packageDir, repoRoot } from './helpers.js';

const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const genScript = join(packageDir, 'scripts', 'gen-bindings.ts');

interface SchemaDoc {
  provider_schemas: Record<
    string,
    {
      resource_schemas: Record<string, { block: { attributes: Record<string, unknown> } }>;
      data_source_schemas: Record<string, unknown>;
    }
  >;
}

let work: string;
let schemaText: string;
/** A PATH with only node, npm and sh on it: no terraform can be found. */
let bareEnv: NodeJS.ProcessEnv;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'litmos-bindings-test-'));
  const bin = join(work, 'bin');
  spawnSync('mkdir', [bin]);
  symlinkSync(process.execPath, join(bin, 'node'));
  const npm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(npm, join(bin, 'npm'));
  symlinkSync('/bin/sh', join(bin, 'sh')); // npm runs scripts through sh
  bareEnv = { HOME: process.env.HOME, PATH: bin, CHECKPOINT_DISABLE: undefined };
  const schema = spawnSync('npm', ['run', '--silent', 'schema'], { cwd: repoRoot, encoding: 'utf8' });
  expect(schema.status).toBe(0);
  schemaText = schema.stdout;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const gen = (args: string[]) =>
  spawnSync(process.execPath, [tsx, genScript, ...args], { cwd: packageDir, encoding: 'utf8', env: bareEnv });

test('the environment of the generator has no terraform binary', () => {
  expect(spawnSync('terraform', ['version'], { env: bareEnv }).error).toBeDefined();
});

test('the committed bindings match the schema of `npm run --silent schema`', () => {
  const r = gen(['--check']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^bindings up to date \(\d+ files\)/);
  expect(r.status).toBe(0);
});

test('a schema change makes the check fail and names the stale file', () => {
  const doc = JSON.parse(schemaText) as SchemaDoc;
  const provider = Object.values(doc.provider_schemas)[0]!;
  provider.resource_schemas.litmos_user!.block.attributes.nickname = {
    type: 'string',
    optional: true,
    description_kind: 'plain',
  };
  const file = join(work, 'changed-schema.json');
  writeFileSync(file, JSON.stringify(doc));
  const r = gen(['--check', '--schema', file]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/do not match the provider schema/);
  expect(r.stderr).toContain('providers/litmos/user/index.ts');
  expect(r.stderr).toContain('schema-fingerprint.ts');
});

test('every resource and data source of the schema has a generated class', () => {
  const doc = JSON.parse(schemaText) as SchemaDoc;
  const provider = Object.values(doc.provider_schemas)[0]!;
  const types: string[] = [];
  for (const ns of Object.values(bindings)) {
    if (ns && typeof ns === 'object') {
      for (const cls of Object.values(ns as Record<string, unknown>)) {
        const t = (cls as { tfResourceType?: unknown }).tfResourceType;
        if (typeof t === 'string') types.push(t);
      }
    }
  }
  const expected = [
    ...Object.keys(provider.resource_schemas),
    ...Object.keys(provider.data_source_schemas),
    'litmos',
  ];
  expect(types.sort()).toEqual(expected.sort());
});

const builtFingerprint = join(packageDir, 'lib', 'esm', '.gen', 'schema-fingerprint.js');
const builtLib = existsSync(builtFingerprint);
if (!builtLib) {
  process.stderr.write(
    'SKIP built-bindings check: constructs/lib is not built (npm run build -w constructs)\n',
  );
}

// A real skip where lib/ is not built, so the report counts it as skipped, never as passed.
(builtLib ? test : test.skip)('a built lib/ carries the fingerprint of the current bindings', () => {
  const digest = /SCHEMA_SHA256 = '([0-9a-f]{64})'/.exec(readFileSync(builtFingerprint, 'utf8'))?.[1];
  expect(digest).toBe(bindings.SCHEMA_SHA256);
});
