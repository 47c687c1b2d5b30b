/**
 * The provider started from a V8 startup snapshot (`node --snapshot-blob`) of the real provider,
 * built here from the bundle `npm run build` makes, in an environment full of values a snapshot
 * must not keep: every launch makes its own key and certificate, and reads the environment it
 * was started with, not the one the snapshot was built in.
 */
import 'reflect-metadata';
import { jest } from '@jest/globals';
import * as x509 from '@peculiar/x509';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  call,
  connect,
  launchCommand,
  makeClientCertificate,
  mutualTls,
  parseHandshake,
  serverCertificatePem,
  terraformLaunchEnv,
  type RunningPlugin,
} from './helpers/plugin-process.js';
import type { ServerCertificate } from '../../src/plugin/tls.js';
import { impliedType } from '../../src/framework/index.js';
import { providerSchema } from '../../src/provider/config-schema.js';
import { startLitmosSimulator } from '../../src/simulators/litmos/index.js';
import { encodeMsgpack } from '../../src/tf/msgpack.js';
import type { Value } from '../../src/tf/value.js';

jest.setTimeout(120_000);

const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_TAIL = '\n})';
const BUILD_SECRET = 'build-time-secret-7d0c2f';

let dir: string;
let blob: string;
let clientCert: ServerCertificate;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'litmos-snapshot-test-'));
  const build = spawnSync(process.execPath, ['provider/build.mjs', '--out', dir, '--no-snapshot'], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  // The bundle the executable carries, snapshotted in an environment that must not leak into it.
  const text = readFileSync(join(dir, 'terraform-provider-litmos.mjs'), 'utf8');
  const literal = /const BUNDLE_SCRIPT = ("(?:[^"\\]|\\.)*");/.exec(text)?.[1] ?? '""';
  const script = JSON.parse(literal) as string;
  const bundle = join(dir, 'bundle.cjs');
  writeFileSync(bundle, script.slice(WRAPPER_HEAD.length, -WRAPPER_TAIL.length));
  blob = join(dir, 'provider.blob');
  const snapshot = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...terraformLaunchEnv(),
      TF_LOG: 'TRACE',
      TF_LOG_PROVIDER: 'TRACE',
      PLUGIN_MIN_PORT: '1',
      PLUGIN_MAX_PORT: '1',
      LITMOS_API_KEY: BUILD_SECRET,
      GRPC_VERBOSITY: 'DEBUG',
      GRPC_TRACE: 'all',
    },
  });
  if (snapshot.status !== 0) throw new Error(`snapshot build failed: ${snapshot.stderr}`);
  clientCert = await makeClientCertificate();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function launchFromSnapshot(env: NodeJS.ProcessEnv): RunningPlugin {
  return launchCommand(process.execPath, ['--snapshot-blob', blob], env, dir);
}

describe('the provider started from a startup snapshot', () => {
  it('keeps no value of the build environment in the snapshot', () => {
    expect(readFileSync(blob).includes(Buffer.from(BUILD_SECRET))).toBe(false);
  });

  it('makes a new key and certificate at every launch and reads the environment of each launch', async () => {
    const launches = [
      { PLUGIN_MIN_PORT: '20000', PLUGIN_MAX_PORT: '24999' },
      { PLUGIN_MIN_PORT: '25000', PLUGIN_MAX_PORT: '29999', TF_LOG_PROVIDER: 'DEBUG' },
    ];
    const seen: { certificate: x509.X509Certificate; port: number; stderr: string }[] = [];
    for (const extra of launches) {
      const plugin = launchFromSnapshot(
        terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem, ...extra }),
      );
      try {
        const handshake = parseHandshake(await plugin.firstLine());
        const clients = connect(handshake, mutualTls(handshake, clientCert));
        try {
          const schema = await call<{ resource_schemas?: Record<string, unknown> }>((done) =>
            clients.provider.GetProviderSchema({}, done),
          );
          expect(Object.keys(schema.resource_schemas ?? {})).toContain('litmos_user');
        } finally {
          clients.close();
        }
        seen.push({
          certificate: new x509.X509Certificate(serverCertificatePem(handshake.certificateBase64)),
          port: Number(handshake.address.split(':')[1]),
          stderr: plugin.stderr(),
        });
      } finally {
        plugin.kill();
      }
    }
    const [first, second] = seen;
    if (!first || !second) throw new Error('two launches expected');
    expect(first.certificate.serialNumber).not.toBe(second.certificate.serialNumber);
    expect(Buffer.from(first.certificate.publicKey.rawData)).not.toEqual(
      Buffer.from(second.certificate.publicKey.rawData),
    );
    expect(first.port).toBeGreaterThanOrEqual(20000);
    expect(first.port).toBeLessThanOrEqual(24999);
    expect(second.port).toBeGreaterThanOrEqual(25000);
    // TRACE at build time, nothing at the first launch, DEBUG at the second.
    expect(first.stderr).not.toContain('"@level":"debug"');
    expect(first.stderr).not.toContain('"@level":"trace"');
    expect(second.stderr).toContain('"@level":"debug"');
  });

  it('loads the HTTP library at its first request: ConfigureProvider checks the key with the Litmos simulator', async () => {
    const sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    const plugin = launchFromSnapshot(terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem }));
    try {
      const handshake = parseHandshake(await plugin.firstLine());
      const clients = connect(handshake, mutualTls(handshake, clientCert));
      try {
        const configure = (apiKey: string) => {
          const config: Record<string, Value> = Object.fromEntries(
            Object.keys(providerSchema.attributes).map((k) => [k, null]),
          );
          Object.assign(config, { api_key: apiKey, litmos_source: sim.source, base_url: sim.baseUrl });
          const msgpack = encodeMsgpack(config, impliedType(providerSchema));
          return call<{ diagnostics?: { summary?: string; detail?: string }[] }>((done) =>
            clients.provider.ConfigureProvider({ terraform_version: '1.11.0', config: { msgpack } }, done),
          );
        };
        // A rejected key: got's HTTP error, mapped to the provider's diagnostic without the key.
        const rejected = await configure('not-the-simulator-key');
        expect(rejected.diagnostics?.map((d) => d.summary)).toEqual(['Litmos Credentials Rejected']);
        expect(rejected.diagnostics?.[0]?.detail).toMatch(/failed with 401/);
        expect(JSON.stringify(rejected)).not.toContain('not-the-simulator-key');
        expect((await configure(sim.apiKey)).diagnostics ?? []).toEqual([]);
      } finally {
        clients.close();
      }
    } finally {
      plugin.kill();
      await sim.close();
    }
  });
});
