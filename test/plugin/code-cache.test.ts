/**
 * The executable's V8 code cache travels inside the executable: a cache file planted where an
 * earlier version looked for one (the per-user cache directory, a relative `XDG_CACHE_HOME`
 * inside the working directory, the `LITMOS_PROVIDER_CODE_CACHE` directory) never runs.
 * The planted file is one V8 accepts for the bundle's text (checked here first): code compiled
 * from another source of the same length, which announces itself on stderr when it runs.
 */
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  buildFakeProvider,
  launchCommand,
  makeClientCertificate,
  parseHandshake,
  terraformLaunchEnv,
  type BuiltFake,
} from './helpers/plugin-process.js';

jest.setTimeout(60_000);

const MARKER = 'PLANTED-CODE-RAN';
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '\n})';

let built: BuiltFake;
let work: string;

beforeAll(() => {
  built = buildFakeProvider();
  work = mkdtempSync(join(tmpdir(), 'litmos-planted-cache-'));
});

afterAll(() => {
  rmSync(built.dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** The wrapped bundle text the executable compiles (the `BUNDLE_SCRIPT` string literal). */
function bundleScript(executable: string): string {
  const text = readFileSync(executable, 'utf8');
  const literal = /const BUNDLE_SCRIPT = ("(?:[^"\\]|\\.)*");/.exec(text)?.[1];
  if (literal === undefined) throw new Error('no BUNDLE_SCRIPT in the executable');
  const script = JSON.parse(literal) as string;
  if (!script.startsWith(WRAPPER_HEAD) || !script.endsWith(WRAPPER_TAIL)) {
    throw new Error('BUNDLE_SCRIPT is not wrapped as a CommonJS module function');
  }
  return script;
}

/** Code cache compiled from hostile code padded to the length of `script`. */
function plantedCache(script: string): Buffer {
  const body = `require("node:fs").writeSync(2, "${MARKER}\\n");`;
  const bodyLength = script.length - WRAPPER_HEAD.length - WRAPPER_TAIL.length;
  const hostile = `${WRAPPER_HEAD}${body.padEnd(bodyLength, ' ')}${WRAPPER_TAIL}`;
  expect(hostile.length).toBe(script.length);
  return new vm.Script(hostile).createCachedData();
}

/** The file name an earlier launcher derived from the bundle, Node version and architecture. */
function earlierCacheName(script: string): string {
  const source = script.slice(WRAPPER_HEAD.length, -WRAPPER_TAIL.length);
  const bundleHash = createHash('sha256').update(source).digest('hex');
  const key = createHash('sha256')
    .update(`${bundleHash}\0${process.version}\0${process.arch}\0${process.versions.v8}`)
    .digest('hex')
    .slice(0, 32);
  return `${key}.v8cache`;
}

describe('a V8 code cache planted on disk', () => {
  it('is one V8 would accept for the bundle, and runs the hostile code when accepted', () => {
    const script = bundleScript(built.executable);
    const accepted = new vm.Script(script, { cachedData: plantedCache(script) });
    expect(accepted.cachedDataRejected).toBe(false);
    const written: string[] = [];
    const fakeRequire = (): unknown => ({ writeSync: (_fd: number, text: string) => written.push(text) });
    (accepted.runInThisContext() as (...args: unknown[]) => void)({}, fakeRequire, { exports: {} }, '', '');
    expect(written.join('')).toContain(MARKER);
  });

  it('never runs from the cache directory, a relative XDG_CACHE_HOME or LITMOS_PROVIDER_CODE_CACHE', async () => {
    const script = bundleScript(built.executable);
    const planted = plantedCache(script);
    const name = earlierCacheName(script);
    const home = join(work, 'home');
    const repo = join(work, 'repo');
    const override = join(work, 'override');
    const dirs = [
      join(home, '.cache', 'terraform-provider-litmos'),
      join(repo, '.cache', 'terraform-provider-litmos'),
      override,
    ];
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, name), planted, { mode: 0o600 });
    }
    const client = await makeClientCertificate();
    const env = terraformLaunchEnv({ PLUGIN_CLIENT_CERT: client.certificatePem, HOME: home });
    for (const extra of [{}, { XDG_CACHE_HOME: '.cache' }, { LITMOS_PROVIDER_CODE_CACHE: override }]) {
      const plugin = launchCommand(process.execPath, [built.executable], { ...env, ...extra }, repo);
      try {
        expect(parseHandshake(await plugin.firstLine()).network).toBe('tcp');
        expect(plugin.stderr()).not.toContain(MARKER);
      } finally {
        plugin.kill();
      }
    }
    // Nothing was written beside the planted files either.
    for (const dir of dirs) expect(readdirSync(dir)).toEqual([name]);
  });
});
