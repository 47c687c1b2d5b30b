/**
 * The provider process as Terraform sees it: the fake provider is bundled by provider/build.mjs,
 * launched with Terraform's environment, and driven over real gRPC (mTLS, plaintext, Unix socket).
 */
import 'reflect-metadata';
import { jest } from '@jest/globals';
import * as grpc from '@grpc/grpc-js';
import * as x509 from '@peculiar/x509';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUG_RESOURCE, FAKE_RESOURCE, FAKE_SECRET } from './fixtures/fake-provider-server.js';
import {
  buildFakeProvider,
  call,
  connect,
  healthCheck,
  launch,
  makeClientCertificate,
  mutualTls,
  parseHandshake,
  terraformLaunchEnv,
  type BuiltFake,
  type Clients,
  type Handshake,
  type RunningPlugin,
} from './helpers/plugin-process.js';
import type { ServerCertificate } from '../../src/plugin/tls.js';

jest.setTimeout(60_000);

let built: BuiltFake;
let clientCert: ServerCertificate;

beforeAll(async () => {
  built = buildFakeProvider();
  clientCert = await makeClientCertificate();
});

afterAll(() => {
  rmSync(built.dir, { recursive: true, force: true });
});

describe('a provider process launched with AutoMTLS', () => {
  let plugin: RunningPlugin;
  let handshake: Handshake;
  let clients: Clients;

  beforeAll(async () => {
    plugin = launch(
      built.executable,
      terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem, TF_LOG_PROVIDER: 'DEBUG' }),
    );
    handshake = parseHandshake(await plugin.firstLine());
    clients = connect(handshake, mutualTls(handshake, clientCert));
  });

  afterAll(() => {
    clients.close();
    plugin.kill();
  });

  it('prints a go-plugin handshake on 127.0.0.1 inside the port range, with an unpadded certificate', () => {
    expect(handshake.network).toBe('tcp');
    const [host, port] = handshake.address.split(':');
    expect(host).toBe('127.0.0.1');
    expect(Number(port)).toBeGreaterThanOrEqual(10000);
    expect(Number(port)).toBeLessThanOrEqual(25000);
    expect(handshake.certificateBase64.length).toBeGreaterThan(50);
    expect(handshake.certificateBase64).not.toContain('=');
  });

  it('sends a self-signed server certificate for localhost that is valid now', async () => {
    const cert = new x509.X509Certificate(Buffer.from(handshake.certificateBase64, 'base64'));
    const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
    expect(san?.names.toJSON()).toEqual([{ type: 'dns', value: 'localhost' }]);
    expect(cert.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toContain(
      x509.ExtendedKeyUsage.serverAuth,
    );
    expect(cert.notBefore.getTime()).toBeLessThan(Date.now());
    expect(cert.notAfter.getTime()).toBeGreaterThan(Date.now());
    expect(await cert.isSelfSigned()).toBe(true);
  });

  it('reports the plugin service as SERVING on the health service', async () => {
    await expect(healthCheck(clients.health, 'plugin')).resolves.toEqual({ status: 'SERVING' });
  });

  it('keeps the stdio stream open without sending data', async () => {
    const stream = clients.stdio.StreamStdio({});
    const events: string[] = [];
    stream.on('data', () => events.push('data'));
    stream.on('status', (s: grpc.StatusObject) => events.push(`status ${s.code}`));
    const cancelled = new Promise<grpc.ServiceError>((resolve) => stream.on('error', resolve));
    // Unary round trips after opening the stream give the server time to end it if it would.
    await call((done) => clients.provider.GetMetadata({}, done));
    await healthCheck(clients.health, 'plugin');
    expect(events).toEqual([]);
    stream.cancel();
    await expect(cancelled).resolves.toMatchObject({ code: grpc.status.CANCELLED });
  });

  it('delegates GetProviderSchema to the framework', async () => {
    const res = await call<{ provider?: { block?: { description?: string } }; resource_schemas?: object }>(
      (done) => clients.provider.GetProviderSchema({}, done),
    );
    expect(res.provider?.block?.description).toBe('fake provider');
    expect(Object.keys(res.resource_schemas ?? {}).sort()).toEqual([BUG_RESOURCE, FAKE_RESOURCE].sort());
  });

  it('maps request fields through to the framework and its diagnostics back', async () => {
    const res = await call<{ diagnostics?: { severity?: string; detail?: string; attribute?: unknown }[] }>(
      (done) =>
        clients.provider.ValidateResourceConfig(
          { type_name: FAKE_RESOURCE, config: { msgpack: Buffer.from([0xc0]) } },
          done,
        ),
    );
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics?.[0]?.severity).toBe('WARNING');
    expect(res.diagnostics?.[0]?.detail).toBe(`${FAKE_RESOURCE}:c0`);
    expect(res.diagnostics?.[0]?.attribute).toEqual({
      steps: [
        { attribute_name: 'name', selector: 'attribute_name' },
        { element_key_int: '2', selector: 'element_key_int' },
      ],
    });
  });

  it('turns a thrown exception into one error diagnostic without the secret', async () => {
    const res = await call<{ diagnostics?: { severity?: string; summary?: string; detail?: string }[] }>(
      (done) => clients.provider.PlanResourceChange({ type_name: BUG_RESOURCE }, done),
    );
    expect(res.diagnostics).toHaveLength(1);
    expect(res.diagnostics?.[0]?.severity).toBe('ERROR');
    expect(res.diagnostics?.[0]?.detail).toContain('This is a bug in the provider');
    expect(res.diagnostics?.[0]?.detail).toContain('PlanResourceChange');
    expect(JSON.stringify(res)).not.toContain(FAKE_SECRET);
    expect(plugin.stderr()).not.toContain(FAKE_SECRET);
  });

  it('echoes the current state and private bytes when ReadResource throws', async () => {
    const state = Buffer.from([0x81, 0xa1, 0x61, 0x01]);
    const res = await call<{
      new_state?: { msgpack?: Buffer };
      private?: Buffer;
      diagnostics?: { severity?: string }[];
    }>((done) =>
      clients.provider.ReadResource(
        { type_name: BUG_RESOURCE, current_state: { msgpack: state }, private: Buffer.from('p1') },
        done,
      ),
    );
    expect(res.diagnostics?.map((d) => d.severity)).toEqual(['ERROR']);
    expect(res.new_state?.msgpack?.equals(state)).toBe(true);
    expect(res.private?.toString()).toBe('p1');
  });

  it('answers GetResourceIdentitySchemas from the framework', async () => {
    const res = await call<{ identity_schemas?: object; diagnostics?: unknown[] }>((done) =>
      clients.provider.GetResourceIdentitySchemas({}, done),
    );
    expect(res.diagnostics ?? []).toEqual([]);
  });

  it('answers GetFunctions with no functions and CallFunction with a function error', async () => {
    const fns = await call<{ functions?: object; diagnostics?: unknown[] }>((done) =>
      clients.provider.GetFunctions({}, done),
    );
    expect(fns.functions ?? {}).toEqual({});
    expect(fns.diagnostics ?? []).toEqual([]);
    const res = await call<{ error?: { text?: string } }>((done) =>
      clients.provider.CallFunction({ name: 'parse_id' }, done),
    );
    expect(res.error?.text).toContain('"parse_id" is not supported by the litmos provider');
  });

  it('streams one not-supported diagnostic for ListResource', async () => {
    const events: { diagnostic?: { severity?: string; summary?: string }[] }[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = clients.provider.ListResource({ type_name: FAKE_RESOURCE });
      stream.on('data', (e: (typeof events)[number]) => events.push(e));
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.diagnostic?.[0]?.severity).toBe('ERROR');
    expect(events[0]?.diagnostic?.[0]?.summary).toBe('List Resources Not Supported');
  });

  it('delegates OpenEphemeralResource to the framework; Renew and Close have nothing to do', async () => {
    const config = Buffer.from([0x81, 0xa1, 0x61, 0x01]);
    const opened = await call<{ result?: { msgpack?: Buffer }; diagnostics?: unknown[] }>((done) =>
      clients.provider.OpenEphemeralResource({ type_name: FAKE_RESOURCE, config: { msgpack: config } }, done),
    );
    expect(opened.result?.msgpack).toEqual(config);
    expect(opened.diagnostics ?? []).toEqual([]);
    for (const rpc of ['RenewEphemeralResource', 'CloseEphemeralResource'] as const) {
      const res = await call<{ diagnostics?: unknown[] }>((done) =>
        clients.provider[rpc]({ type_name: FAKE_RESOURCE }, done),
      );
      expect(res.diagnostics ?? []).toEqual([]);
    }
  });

  it('answers the unary RPCs of unsupported features with a diagnostic, never UNIMPLEMENTED', async () => {
    const move = await call<{ diagnostics?: { summary?: string }[] }>((done) =>
      clients.provider.MoveResourceState({ target_type_name: FAKE_RESOURCE }, done),
    );
    expect(move.diagnostics?.[0]?.summary).toBe('Cross-Resource Moves Not Supported');
  });

  it('drains a WriteStateBytes stream and then answers with a diagnostic', async () => {
    const res = await new Promise<{ diagnostics?: { summary?: string }[] }>((resolve, reject) => {
      const stream = clients.provider.WriteStateBytes((err, out) => (err ? reject(err) : resolve(out ?? {})));
      stream.write({ meta: { type_name: 'litmos_store', state_id: 'default' }, bytes: Buffer.from('{}') });
      stream.end();
    });
    expect(res.diagnostics?.[0]?.summary).toBe('State Stores Not Supported');
  });

  it('accepts a request larger than grpc-js default 4 MiB limit', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 0xa1);
    const res = await call<{ new_state?: { msgpack?: Buffer } }>((done) =>
      clients.provider.ReadResource({ type_name: FAKE_RESOURCE, current_state: { msgpack: big } }, done),
    );
    expect(res.new_state?.msgpack?.length).toBe(big.length);
  });

  it('writes its log to stderr as hclog JSON lines with microsecond timestamps', () => {
    const lines = plugin
      .stderr()
      .split('\n')
      .filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry['@level']).toMatch(/^(trace|debug|info|warn|error)$/);
      expect(entry['@timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    }
  });

  it('ignores SIGINT, as go-plugin servers do', async () => {
    plugin.child.kill('SIGINT');
    await new Promise<void>((resolve) => {
      const check = (): void =>
        plugin.stderr().includes('ignoring SIGINT') ? resolve() : void setTimeout(check, 10);
      check();
    });
    await expect(healthCheck(clients.health, 'plugin')).resolves.toEqual({ status: 'SERVING' });
    expect(plugin.child.exitCode).toBeNull();
  });

  it('refuses a client that presents no certificate', async () => {
    const anonymous = connect(handshake, mutualTls(handshake));
    try {
      await expect(healthCheck(anonymous.health, 'plugin')).rejects.toMatchObject({
        code: grpc.status.UNAVAILABLE,
      });
    } finally {
      anonymous.close();
    }
  });

  it('answers StopProvider with an empty Error', async () => {
    const res = await call<{ Error?: string }>((done) => clients.provider.StopProvider({}, done));
    expect(res.Error ?? '').toBe('');
  });

  it('exits with status 0 after answering Shutdown, having written only the handshake to stdout', async () => {
    await call((done) => clients.controller.Shutdown({}, done));
    await expect(plugin.exited()).resolves.toBe(0);
    expect(
      plugin
        .stdout()
        .split('\n')
        .filter((l) => l !== ''),
    ).toHaveLength(1);
  });
});

describe('launching the provider by hand', () => {
  it('exits with status 1, explains itself on stderr and writes nothing to stdout', async () => {
    const env = terraformLaunchEnv();
    delete env.TF_PLUGIN_MAGIC_COOKIE;
    const plugin = launch(built.executable, env);
    await expect(plugin.exited()).resolves.toBe(1);
    expect(plugin.stdout()).toBe('');
    expect(plugin.stderr()).toContain('not meant to be executed directly');
  });
});

describe('a provider process launched without PLUGIN_CLIENT_CERT', () => {
  it('serves plaintext on a Unix socket in a private directory, not on a TCP port, and removes both', async () => {
    const plugin = launch(built.executable, terraformLaunchEnv());
    try {
      const handshake = parseHandshake(await plugin.firstLine());
      expect(handshake.certificateBase64).toBe('');
      expect(handshake.network).toBe('unix');
      expect(statSync(handshake.address).isSocket()).toBe(true);
      const dir = dirname(handshake.address);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(dir).uid).toBe(process.getuid?.());
      const clients = connect(handshake, grpc.credentials.createInsecure());
      const res = await call<{ provider?: { block?: { description?: string } }; resource_schemas?: object }>(
        (done) => clients.provider.GetProviderSchema({}, done),
      );
      expect(res.provider?.block?.description).toBe('fake provider');
      expect(Object.keys(res.resource_schemas ?? {})).toContain(FAKE_RESOURCE);
      await call((done) => clients.controller.Shutdown({}, done));
      clients.close();
      await expect(plugin.exited()).resolves.toBe(0);
      expect(existsSync(dir)).toBe(false);
    } finally {
      plugin.kill();
    }
  });
});

describe('a provider process given PLUGIN_UNIX_SOCKET_DIR', () => {
  it('listens on a Unix socket in that folder over mTLS and removes it on shutdown', async () => {
    const socketDir = mkdtempSync(join(tmpdir(), 'litmos-sock-'));
    const plugin = launch(
      built.executable,
      terraformLaunchEnv({
        PLUGIN_UNIX_SOCKET_DIR: socketDir,
        PLUGIN_CLIENT_CERT: clientCert.certificatePem,
      }),
    );
    try {
      const handshake = parseHandshake(await plugin.firstLine());
      expect(handshake.network).toBe('unix');
      expect(handshake.address.startsWith(`${socketDir}/`)).toBe(true);
      expect(statSync(handshake.address).isSocket()).toBe(true);
      const clients = connect(handshake, mutualTls(handshake, clientCert));
      await expect(healthCheck(clients.health, 'plugin')).resolves.toEqual({ status: 'SERVING' });
      await call((done) => clients.controller.Shutdown({}, done));
      clients.close();
      await expect(plugin.exited()).resolves.toBe(0);
      expect(existsSync(handshake.address)).toBe(false);
    } finally {
      plugin.kill();
      rmSync(socketDir, { recursive: true, force: true });
    }
  });
});

describe('debug mode', () => {
  it('serves plaintext without the cookie and prints a TF_REATTACH_PROVIDERS line', async () => {
    const env = terraformLaunchEnv({ PLUGIN_CLIENT_CERT: clientCert.certificatePem });
    delete env.TF_PLUGIN_MAGIC_COOKIE;
    const plugin = launch(built.executable, env, ['--debug']);
    try {
      await plugin.firstLine();
      await new Promise<void>((resolve) => {
        const check = (): void =>
          plugin.stdout().includes('Ctrl-C') ? resolve() : void setTimeout(check, 20);
        check();
      });
      const line = plugin
        .stdout()
        .split('\n')
        .find((l) => l.startsWith('TF_REATTACH_PROVIDERS='));
      expect(line).toBeDefined();
      const json = (line ?? '').replace(/^TF_REATTACH_PROVIDERS='/, '').replace(/'$/, '');
      const config = JSON.parse(json) as Record<
        string,
        {
          Protocol: string;
          ProtocolVersion: number;
          Pid: number;
          Addr: { Network: 'unix' | 'tcp'; String: string };
        }
      >;
      const entry = config['registry.terraform.io/litmos-oss/litmos'];
      expect(entry).toMatchObject({ Protocol: 'grpc', ProtocolVersion: 6, Pid: plugin.child.pid });
      const clients = connect(
        { network: entry?.Addr.Network ?? 'unix', address: entry?.Addr.String ?? '', certificateBase64: '' },
        grpc.credentials.createInsecure(),
      );
      const res = await call<{ provider?: { block?: { description?: string } }; resource_schemas?: object }>(
        (done) => clients.provider.GetProviderSchema({}, done),
      );
      expect(res.provider?.block?.description).toBe('fake provider');
      expect(Object.keys(res.resource_schemas ?? {})).toContain(FAKE_RESOURCE);
      clients.close();
      plugin.child.kill('SIGINT');
      await expect(plugin.exited()).resolves.toBe(0);
    } finally {
      plugin.kill();
    }
  });
});

describe('the build output', () => {
  const hostPlatform = `${process.platform === 'win32' ? 'windows' : process.platform}_${
    ({ x64: 'amd64', ia32: '386' } as Record<string, string>)[process.arch] ?? process.arch
  }`;
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  it('starts the bundle with a node shebang and makes it executable', () => {
    expect(readFileSync(built.executable, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(built.executable).mode & 0o111).not.toBe(0);
  });

  it.each(['registry.terraform.io', 'registry.opentofu.org'])(
    'installs the executable into the unpacked mirror layout for %s',
    (host) => {
      const packageDir = join(built.dir, 'mirror', host, 'litmos-oss', 'litmos', version, hostPlatform);
      expect(readdirSync(packageDir)).toEqual(['terraform-provider-litmos.mjs']);
      const installed = join(packageDir, 'terraform-provider-litmos.mjs');
      expect(statSync(installed).mode & 0o111).not.toBe(0);
      expect(readFileSync(installed).equals(readFileSync(built.executable))).toBe(true);
    },
  );

  it('writes a CLI config that uses the mirror for litmos-oss/litmos and direct for the rest', () => {
    const rc = readFileSync(join(built.dir, 'terraform.rc'), 'utf8');
    expect(rc).toContain(`path    = ${JSON.stringify(join(built.dir, 'mirror'))}`);
    const include = /include = \[([^\]]*)\]/.exec(rc)?.[1];
    const exclude = /exclude = \[([^\]]*)\]/.exec(rc)?.[1];
    expect(include).toBe(
      '"registry.terraform.io/litmos-oss/litmos", "registry.opentofu.org/litmos-oss/litmos"',
    );
    expect(exclude).toBe(include);
    expect(rc.indexOf('filesystem_mirror')).toBeLessThan(rc.indexOf('direct'));
  });
});
