#!/usr/bin/env node
/**
 * Template of the provider executable's first lines; `provider/build.mjs` fills in BUNDLE_SOURCE
 * (the whole provider as one CommonJS bundle, as a string literal) and BUNDLE_HASH (its SHA-256).
 *
 * The bundle runs through `vm.Script` rather than as an ES module so that V8 can reuse the code it
 * compiled on an earlier launch (Node 20 has no `module.enableCompileCache()`): Terraform starts
 * the provider several times per command, and compiling the bundle is a large part of start-up.
 * The cache lives in a directory of the current user (`$XDG_CACHE_HOME/terraform-provider-litmos`,
 * else `~/.cache/terraform-provider-litmos`), mode 0700, and is used only when that directory
 * belongs to the user and nobody else can write to it. Its file name carries the bundle's hash,
 * the Node version and the architecture; V8 itself rejects data from another V8 build.
 * `LITMOS_PROVIDER_CODE_CACHE=off` disables it; any other value names the directory to use.
 * A missing or unusable cache only costs time, so cache problems are never reported.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers';
import vm from 'node:vm';

const BUNDLE_SOURCE = '';
const BUNDLE_HASH = '';
/**
 * Emitted on `process` by provider/main.ts once the handshake is done and the provider loaded: the
 * code compiled by then is what the cache keeps. Terraform may stop a provider within a second,
 * so the cache is written at that point rather than after a delay.
 */
const READY_EVENT = 'litmos:provider-ready';

function cacheDirectory() {
  const setting = process.env.LITMOS_PROVIDER_CODE_CACHE;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'terraform-provider-litmos');
}

/** The directory when it is private to this user (creating it if needed), else undefined. */
function privateDirectory(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return undefined;
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) {
      return undefined;
    }
    return dir;
  } catch {
    return undefined; // read-only home, no home: run without a cache
  }
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // first launch with this bundle and Node version
  }
}

function writeCache(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // A full or read-only disk: the next launch compiles again.
  }
}

const filename = fileURLToPath(import.meta.url);
const dir = cacheDirectory();
const cacheDir = dir === undefined ? undefined : privateDirectory(dir);
const key = createHash('sha256')
  .update(`${BUNDLE_HASH}\0${process.version}\0${process.arch}\0${process.versions.v8}`)
  .digest('hex')
  .slice(0, 32);
const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `${key}.v8cache`);
const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);

const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname) {${BUNDLE_SOURCE}\n})`,
  {
    filename,
    cachedData,
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
      ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }
      : {}),
  },
);
const bundleModule = { exports: {} };
script.runInThisContext()(
  bundleModule.exports,
  createRequire(filename),
  bundleModule,
  filename,
  dirname(filename),
);
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
  process.once(READY_EVENT, () => setImmediate(() => writeCache(cacheFile, script.createCachedData())));
}
