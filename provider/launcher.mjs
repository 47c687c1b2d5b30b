#!/usr/bin/env node
/**
 * Template of the provider executable's first lines; `provider/build.mjs` fills in BUNDLE_SCRIPT
 * (the whole provider as one CommonJS bundle inside a function expression, as a string literal)
 * and BUNDLE_CODE_CACHE (base64 of the V8 code cache made from exactly that text at build time,
 * by provider/code-cache-trainer.mjs; empty when the build made none).
 *
 * The bundle runs through `vm.Script` rather than as an ES module so that V8 can reuse code
 * compiled at build time (Node 20 has no `module.enableCompileCache()`): Terraform starts the
 * provider several times per command, and compiling the bundle is a large part of start-up.
 * The cache is part of this file: nothing is read from or written to a cache directory, so no
 * file another user or a repository plants can run here. V8 rejects a cache made by another V8
 * build or from other text; this file then compiles the bundle as if there were no cache.
 */
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const BUNDLE_SCRIPT = '';
const BUNDLE_CODE_CACHE = '';

const filename = fileURLToPath(import.meta.url);
const script = new vm.Script(BUNDLE_SCRIPT, {
  filename,
  ...(BUNDLE_CODE_CACHE === '' ? {} : { cachedData: Buffer.from(BUNDLE_CODE_CACHE, 'base64') }),
  ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
    ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }
    : {}),
});
const bundleModule = { exports: {} };
script.runInThisContext()(
  bundleModule.exports,
  createRequire(filename),
  bundleModule,
  filename,
  dirname(filename),
);
