#!/usr/bin/env node
/**
 * Builds the provider executable and a local filesystem mirror that Terraform and OpenTofu can
 * install it from offline.
 *
 *   node provider/build.mjs [--entry provider/main.ts] [--out provider/dist] [--no-snapshot]
 *
 * Writes, under the output folder:
 *   terraform-provider-litmos.mjs   one self-contained ESM file with a `#!/usr/bin/env node` shebang:
 *                                    provider/launcher.mjs with the provider as a CommonJS bundle inside,
 *                                    run through vm.Script with a V8 code cache made at build time and
 *                                    carried in the file (see there; none for an --entry other than
 *                                    provider/main.ts); the protocol descriptor is embedded: no .proto
 *                                    file is read at start
 *   terraform-provider-litmos.snapshot.blob(.json)
 *                                    a V8 startup snapshot of the provider for this Node build (the
 *                                    .json names it), for `node --snapshot-blob`; not with --no-snapshot
 *                                    or another --entry. The release's single executable carries its own.
 *   mirror/<host>/litmos-oss/litmos/<version>/<os>_<arch>/terraform-provider-litmos.mjs
 *                                    the same file, for registry.terraform.io and registry.opentofu.org
 *                                    (unpacked layout). Terraform accepts `terraform-provider-<type>`
 *                                    followed by `.` or `_`; the `.mjs` suffix is what tells Node the
 *                                    file is an ES module (a `_v0.1.0` suffix would read as a `.0`
 *                                    extension and Node would refuse to load it).
 *   terraform.rc                     CLI config: that mirror for litmos-oss/litmos, `direct` for the rest
 * Use it with: TF_CLI_CONFIG_FILE=$PWD/provider/dist/terraform.rc terraform init
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { buildDescriptor } from './gen-proto.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRepo = createRequire(join(repoRoot, 'package.json'));
export const PROVIDER_TYPE = 'litmos';
export const PROVIDER_NAMESPACE = 'litmos-oss';
export const REGISTRY_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];
const EXECUTABLE_BASENAME = `terraform-provider-${PROVIDER_TYPE}`;
const DESCRIPTOR_MODULE = join(repoRoot, 'src/plugin/generated/descriptor.ts');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
}

/** Terraform's platform name for this machine, e.g. `linux_amd64`. */
export function terraformPlatform(os = platform(), cpu = arch()) {
  const osName = { win32: 'windows' }[os] ?? os;
  const cpuName = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' }[cpu] ?? cpu;
  return `${osName}_${cpuName}`;
}

/** Fails the build when src/plugin/generated/descriptor.ts no longer matches proto/. */
function assertDescriptorFresh() {
  const expected = JSON.stringify(JSON.stringify(buildDescriptor()));
  if (!readFileSync(DESCRIPTOR_MODULE, 'utf8').includes(expected)) {
    throw new Error('src/plugin/generated is stale: run `npm run gen:proto` (node provider/gen-proto.mjs).');
  }
}

/**
 * grpc-health-check reads its .proto file from beside its own module at load time, which a single
 * bundled file cannot do; hand it the descriptor instead. Only the `grpc.health.v1` part is
 * inlined (as an object literal): parsing the whole protocol descriptor at module load, as a
 * second copy beside the one `src/plugin/protocol.ts` loads, cost about 40 ms of start-up.
 */
export function healthDescriptorJson() {
  const { nested } = buildDescriptor();
  if (!nested?.grpc?.nested?.health) throw new Error('the protocol descriptor has no grpc.health package');
  return JSON.stringify({ nested: { grpc: nested.grpc } });
}

const embedHealthDescriptor = {
  name: 'embed-health-descriptor',
  setup(build) {
    // grpc-health-check pins an older @grpc/proto-loader; it only calls fromJSON, which the one
    // the plugin layer loads anyway provides too, so the second copy is not bundled.
    build.onResolve({ filter: /^@grpc\/proto-loader$/ }, (args) =>
      /[\\/]grpc-health-check[\\/]/.test(args.importer)
        ? { path: requireFromRepo.resolve('@grpc/proto-loader') }
        : undefined,
    );
    build.onLoad({ filter: /grpc-health-check[\\/]build[\\/]src[\\/]health\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /\(0, proto_loader_1\.loadSync\)\('health\/v1\/health\.proto', \{/;
      if (!pattern.test(source)) {
        throw new Error(`grpc-health-check changed: cannot find its loadSync call in ${args.path}`);
      }
      const replaced = source.replace(pattern, `(0, proto_loader_1.fromJSON)(${healthDescriptorJson()}, {`);
      return { contents: replaced, loader: 'js' };
    });
  },
};

/** The wrapper of a module carried as text (provider/embedded-module.ts compiles it). */
const wrapEmbedded = (source) => `(function (exports, require, module) {${source}\n})`;

/** `@grpc/grpc-js` and what it needs (not @grpc/proto-loader, loaded only for channelz) as text. */
async function grpcSource() {
  const result = await esbuild.build({
    entryPoints: [requireFromRepo.resolve('@grpc/grpc-js')],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    charset: 'ascii',
    minifyWhitespace: true,
    minifySyntax: true,
    external: ['@grpc/proto-loader'],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/**
 * The code cache of `script` (wrapEmbedded output of grpcSource()): compiled by loading it in this
 * process and starting a server, as the provider does. Only code is kept; the objects made here
 * are dropped with this process.
 */
function grpcCodeCache(script) {
  const compiled = new vm.Script(script, { filename: GRPC_FILENAME });
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, requireFromRepo, module);
  new module.exports.Server({ 'grpc.max_receive_message_length': 1 << 20 });
  module.exports.ServerCredentials.createInsecure();
  return compiled.createCachedData();
}

const GRPC_FILENAME = 'litmos-embedded:@grpc/grpc-js';

/**
 * Resolves `@grpc/grpc-js` to a module that runs the library from text with a code cache made
 * here (provider/embedded-module.ts), instead of bundling it as code.
 */
const embedGrpc = {
  name: 'embed-grpc',
  setup(build) {
    build.onResolve({ filter: /^@grpc\/grpc-js$/ }, () => ({
      path: 'grpc-js',
      namespace: 'litmos-embedded',
    }));
    build.onLoad({ filter: /.*/, namespace: 'litmos-embedded' }, async () => {
      const script = wrapEmbedded(await grpcSource());
      const cache = grpcCodeCache(script).toString('base64');
      const loader = join(repoRoot, 'provider/embedded-module.ts');
      return {
        resolveDir: repoRoot,
        loader: 'js',
        contents: [
          `const { loadEmbeddedModule } = require(${JSON.stringify(loader)});`,
          `const load = (id) => (id === '@grpc/proto-loader' ? require('@grpc/proto-loader') : require(id));`,
          `module.exports = loadEmbeddedModule(${JSON.stringify(GRPC_FILENAME)}, ${JSON.stringify(script)}, ${JSON.stringify(cache)}, load);`,
        ].join('\n'),
      };
    });
  },
};

const LAUNCHER = join(repoRoot, 'provider/launcher.mjs');
const TRAINER = join(repoRoot, 'provider/code-cache-trainer.mjs');

/** The entry and everything it imports as one CommonJS bundle (text). */
export async function bundleSource(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    // CommonJS so that the launcher can compile it with vm.Script and a V8 code cache. Dynamic
    // import() of bundled modules stays lazy: esbuild evaluates them on first import.
    format: 'cjs',
    // Only ASCII: the bundle becomes a string literal in the launcher.
    charset: 'ascii',
    // Smaller text parses faster; identifiers stay readable for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [embedHealthDescriptor, embedGrpc],
  });
  return result.outputFiles[0].text;
}

/** The bundle as the function expression provider/launcher.mjs compiles (CommonJS module wrapper). */
export function wrapBundle(source) {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * The V8 code cache of `script` (wrapBundle output), made by running it once through
 * provider/code-cache-trainer.mjs with this Node. Undefined when the run fails: the executable
 * then compiles at every launch, which only costs time.
 */
export function trainCodeCache(script) {
  const work = mkdtempSync(join(tmpdir(), 'litmos-code-cache-'));
  try {
    const scriptFile = join(work, `${EXECUTABLE_BASENAME}.js`);
    const cacheFile = join(work, 'code-cache.bin');
    writeFileSync(scriptFile, script);
    const result = spawnSync(process.execPath, [TRAINER, scriptFile, cacheFile], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      process.stderr.write(`build: no code cache (${result.stderr.trim().split('\n').pop()})\n`);
      return undefined;
    }
    return readFileSync(cacheFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The executable: provider/launcher.mjs with the wrapped bundle and its code cache filled in. */
export function executableText(script, codeCache) {
  const launcher = readFileSync(LAUNCHER, 'utf8');
  const fill = (text, name, value) => {
    const line = `const ${name} = '';`;
    if (!text.includes(line)) throw new Error(`provider/launcher.mjs has no line ${line}`);
    return text.replace(line, () => `const ${name} = ${JSON.stringify(value)};`);
  };
  return fill(
    fill(launcher, 'BUNDLE_CODE_CACHE', codeCache?.toString('base64') ?? ''),
    'BUNDLE_SCRIPT',
    script,
  );
}

/** Bundles `entry` into the executable `outfile` (with a code cache when `train`); returns the bundle text. */
export async function bundle(entry, outfile, { train = false } = {}) {
  const source = await bundleSource(entry);
  const script = wrapBundle(source);
  writeFileSync(outfile, executableText(script, train ? trainCodeCache(script) : undefined));
  chmodSync(outfile, 0o755);
  return source;
}

/** What a snapshot blob was built by: a blob only starts on exactly this Node build. */
export function snapshotStamp() {
  return { node: process.version, v8: process.versions.v8, platform: process.platform, arch: process.arch };
}

/**
 * A V8 startup snapshot of the bundle (`node --build-snapshot`), for `node --snapshot-blob <blob>`:
 * provider/main.ts initialises what provider/snapshot-heap.ts names and serves when a launch
 * deserialises it. The builder runs with an empty environment, so that nothing of the build
 * machine's environment can end up in the heap. Writes `<blob>` and `<blob>.json` (snapshotStamp()).
 */
export function buildSnapshot(source, blobFile) {
  const work = mkdtempSync(join(tmpdir(), 'litmos-snapshot-'));
  try {
    const script = join(work, `${EXECUTABLE_BASENAME}.cjs`);
    writeFileSync(script, source);
    const result = spawnSync(process.execPath, ['--snapshot-blob', blobFile, '--build-snapshot', script], {
      cwd: work,
      env: {},
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(
        `node --build-snapshot failed (${result.status ?? result.signal}): ${result.stderr.trim()}`,
      );
    }
    writeFileSync(`${blobFile}.json`, `${JSON.stringify(snapshotStamp())}\n`);
    return blobFile;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function installIntoMirror(executable, mirrorDir, version, target) {
  for (const host of REGISTRY_HOSTS) {
    const dir = join(mirrorDir, host, PROVIDER_NAMESPACE, PROVIDER_TYPE, version, target);
    mkdirSync(dir, { recursive: true });
    const installed = join(dir, `${EXECUTABLE_BASENAME}.mjs`);
    copyFileSync(executable, installed);
    chmodSync(installed, 0o755);
  }
}

/**
 * A CLI configuration that installs litmos-oss/litmos from the mirror and everything else directly.
 * Both registry hosts are listed by name: Terraform rejects a wildcard host with this namespace ("invalid
 * provider inclusion patterns"), since a host wildcard needs wildcard namespace and type too.
 */
export function cliConfig(mirrorDir) {
  const sources = REGISTRY_HOSTS.map((host) => `"${host}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}"`).join(', ');
  return [
    '# Generated by provider/build.mjs: install litmos-oss/litmos from the local mirror.',
    '# Use with TF_CLI_CONFIG_FILE=<this file> terraform init (or tofu init).',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = ${JSON.stringify(mirrorDir)}`,
    `    include = [${sources}]`,
    '  }',
    '  direct {',
    `    exclude = [${sources}]`,
    '  }',
    '}',
    '',
  ].join('\n');
}

async function main() {
  const defaultEntry = join(repoRoot, 'provider/main.ts');
  const entry = option('--entry', defaultEntry);
  // Only provider/main.ts knows how to start from a snapshot (setDeserializeMainFunction) and
  // tells when it is loaded (what the code-cache trainer waits for).
  const withSnapshot = entry === defaultEntry && !process.argv.includes('--no-snapshot');
  const outDir = option('--out', join(repoRoot, 'provider/dist'));
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const target = terraformPlatform();

  assertDescriptorFresh();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const executable = join(outDir, `${EXECUTABLE_BASENAME}.mjs`);
  const source = await bundle(entry, executable, { train: withSnapshot });
  let blob;
  if (withSnapshot) {
    // The script works without a snapshot: a Node whose snapshot builder fails only costs start-up time.
    try {
      blob = buildSnapshot(source, join(outDir, `${EXECUTABLE_BASENAME}.snapshot.blob`));
    } catch (err) {
      process.stderr.write(`build: no snapshot (${err instanceof Error ? err.message : String(err)})\n`);
    }
  }
  const mirrorDir = join(outDir, 'mirror');
  installIntoMirror(executable, mirrorDir, version, target);
  writeFileSync(join(outDir, 'terraform.rc'), cliConfig(mirrorDir));
  process.stderr.write(
    `build: ${executable}\nbuild: snapshot ${blob ?? 'none'} (${process.version})\nbuild: mirror ${mirrorDir} (${version}, ${target})\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
