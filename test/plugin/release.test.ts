/**
 * `npm run release` for the current platform: the registry-style zip unpacks to an executable that
 * completes the plugin handshake and serves the provider schema without Node on PATH, and the
 * SHA256SUMS file and the manifest describe the files beside them.
 */
import { jest } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import {
  call,
  connect,
  makeClientCertificate,
  mutualTls,
  parseHandshake,
  terraformLaunchEnv,
} from './helpers/plugin-process.js';
import { gpgIn, pinsForRunningNode, throwawayKey, type ThrowawayKey } from './helpers/release-trust.js';

jest.setTimeout(240_000);

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const osName = platform() === 'win32' ? 'windows' : platform();
const cpuName = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[arch()] ?? arch();
const target = `${osName}_${cpuName}`;
const exeName = `terraform-provider-litmos_v${version}${osName === 'windows' ? '.exe' : ''}`;

interface ZipEntry {
  readonly name: string;
  readonly mode: number;
  readonly data: Buffer;
}

/** Reads every entry of a zip archive through its central directory (stored or deflated entries). */
function readZip(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, mode, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let out: string;
let unpacked: string;
let trust: string;
let key: ThrowawayKey;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'litmos-release-test-'));
  unpacked = mkdtempSync(join(tmpdir(), 'litmos-release-unzip-'));
  trust = mkdtempSync(join(tmpdir(), 'litmos-release-trust-'));
  key = throwawayKey();
  const r = spawnSync(
    process.execPath,
    [
      'provider/release.mjs',
      '--out',
      out,
      '--targets',
      'current',
      '--node-pins',
      pinsForRunningNode(trust),
      '--gpg-key',
      key.key,
      '--gpg-homedir',
      key.homedir,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`release failed: ${r.stderr}`);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(trust, { recursive: true, force: true });
  key?.remove();
});

describe('npm run release for the current platform', () => {
  it('writes the zip, the manifest, the SHA256SUMS file, its signature and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(
      [
        'release.json',
        `terraform-provider-litmos_${version}_${target}.zip`,
        `terraform-provider-litmos_${version}_SHA256SUMS`,
        `terraform-provider-litmos_${version}_SHA256SUMS.sig`,
        `terraform-provider-litmos_${version}_manifest.json`,
      ].sort(),
    );
  });

  it('signs SHA256SUMS with the key given: the signature verifies, and fails on an altered file', () => {
    const sums = join(out, `terraform-provider-litmos_${version}_SHA256SUMS`);
    expect(gpgIn(key.homedir, ['--verify', `${sums}.sig`, sums]).status).toBe(0);
    const altered = join(trust, 'altered-SHA256SUMS');
    writeFileSync(altered, `${readFileSync(sums, 'utf8')}0000  extra.zip\n`);
    expect(gpgIn(key.homedir, ['--verify', `${sums}.sig`, altered]).status).not.toBe(0);
  });

  it('writes the registry manifest for protocol 6.0', () => {
    const manifest: unknown = JSON.parse(
      readFileSync(join(out, `terraform-provider-litmos_${version}_manifest.json`), 'utf8'),
    );
    expect(manifest).toEqual({ version: 1, metadata: { protocol_versions: ['6.0'] } });
  });

  it('lists every zip and the manifest in SHA256SUMS with their real digests', () => {
    const lines = readFileSync(join(out, `terraform-provider-litmos_${version}_SHA256SUMS`), 'utf8')
      .trimEnd()
      .split('\n');
    const listed = lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      if (!match) throw new Error(`not a SHA256SUMS line: ${line}`);
      return { digest: match[1], file: match[2] ?? '' };
    });
    expect(listed.map((l) => l.file).sort()).toEqual(
      readdirSync(out)
        .filter((f) => f.endsWith('.zip') || f.endsWith('_manifest.json'))
        .sort(),
    );
    for (const { digest, file } of listed) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, file)))
          .digest('hex'),
      ).toBe(digest);
    }
  });

  it('packages a single executable (sea) for this platform', () => {
    const report = JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')) as {
      packages: { target: string; form: string }[];
    };
    expect(report.packages).toEqual([
      expect.objectContaining({
        target,
        form: 'sea',
        nodeSha256: createHash('sha256').update(readFileSync(process.execPath)).digest('hex'),
      }),
    ]);
  });

  it('zips exactly one executable file named for the registry, mode 0755', () => {
    const entries = readZip(readFileSync(join(out, `terraform-provider-litmos_${version}_${target}.zip`)));
    expect(entries.map((e) => e.name)).toEqual([exeName]);
    expect(entries[0]!.mode & 0o777).toBe(0o755);
    expect(entries[0]!.mode & 0o170000).toBe(0o100000);
  });

  it('unzips to an executable that completes the handshake and serves the schema without Node on PATH', async () => {
    const [entry] = readZip(readFileSync(join(out, `terraform-provider-litmos_${version}_${target}.zip`)));
    const exe = join(unpacked, entry!.name);
    writeFileSync(exe, entry!.data);
    chmodSync(exe, entry!.mode & 0o777);
    const clientCert = await makeClientCertificate();
    const env = terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem, PATH: '/nonexistent' });
    const child = spawn(exe, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let text = '';
        let err = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
        child.on('exit', (code) => reject(new Error(`exited ${code} before its handshake: ${err}`)));
      });
      const handshake = parseHandshake(line);
      const clients = connect(handshake, mutualTls(handshake, clientCert));
      try {
        const res = await call<{ resource_schemas?: Record<string, unknown> }>((done) =>
          clients.provider.GetProviderSchema({}, done),
        );
        expect(Object.keys(res.resource_schemas ?? {})).toContain('litmos_user');
      } finally {
        clients.close();
      }
    } finally {
      child.kill('SIGKILL');
    }
  });
});
