/**
 * Test helpers that act like go-plugin's client: build the fake provider into one bundled file,
 * launch it with the launch environment Terraform uses, read the handshake line, and connect.
 */
import * as grpc from '@grpc/grpc-js';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { service as healthService } from 'grpc-health-check';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from '../../../src/plugin/handshake.js';
import { loadProtocol, type LoadedProtocol } from '../../../src/plugin/protocol.js';
import { createServerCertificate, type ServerCertificate } from '../../../src/plugin/tls.js';

/** The handshake line format a go-plugin client accepts (fact sheet §14). */
export const HANDSHAKE_PATTERN = /^1\|6\|(unix|tcp)\|([^|]+)\|grpc\|([A-Za-z0-9+/]*)$/;

export interface BuiltFake {
  readonly dir: string;
  readonly executable: string;
}

/** Runs provider/build.mjs on the fake entry into a fresh temporary folder. */
export function buildFakeProvider(): BuiltFake {
  const dir = mkdtempSync(join(tmpdir(), 'litmos-plugin-test-'));
  const result = spawnSync(
    process.execPath,
    ['provider/build.mjs', '--entry', 'test/plugin/fixtures/fake-main.ts', '--out', dir],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return { dir, executable: join(dir, 'terraform-provider-litmos.mjs') };
}

/** A client certificate made like Terraform's (ECDSA P-521, self-signed, CN/SAN localhost). */
export function makeClientCertificate(): Promise<ServerCertificate> {
  return createServerCertificate();
}

export function terraformLaunchEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
  };
  return { ...env, ...extra };
}

export interface RunningPlugin {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line. */
  firstLine(): Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited(): Promise<number | null>;
  kill(): void;
}

export function launch(executable: string, env: NodeJS.ProcessEnv, args: string[] = []): RunningPlugin {
  return launchCommand(process.execPath, [executable, ...args], env);
}

/** Like `launch`, for any command (a single executable, `node --snapshot-blob <blob>`), in `cwd`. */
export function launchCommand(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): RunningPlugin {
  const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const lineWaiters: ((line: string) => void)[] = [];
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const newline = out.indexOf('\n');
    if (newline >= 0) lineWaiters.splice(0).forEach((w) => w(out.slice(0, newline)));
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    firstLine: () =>
      new Promise((resolve, reject) => {
        const newline = out.indexOf('\n');
        if (newline >= 0) return resolve(out.slice(0, newline));
        lineWaiters.push(resolve);
        void exit.then((code) =>
          reject(new Error(`plugin exited (${code}) before its handshake; stderr: ${err}`)),
        );
      }),
    exited: () => exit,
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

export interface Handshake {
  readonly network: 'tcp' | 'unix';
  readonly address: string;
  readonly certificateBase64: string;
}

export function parseHandshake(line: string): Handshake {
  const match = HANDSHAKE_PATTERN.exec(line);
  if (!match) throw new Error(`not a handshake line: ${line}`);
  return { network: match[1] as 'tcp' | 'unix', address: match[2] ?? '', certificateBase64: match[3] ?? '' };
}

/** PEM of the server certificate carried (unpadded) in handshake field 6. */
export function serverCertificatePem(base64NoPadding: string): string {
  const padded = base64NoPadding + '='.repeat((4 - (base64NoPadding.length % 4)) % 4);
  const body = padded.replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

export function grpcTarget(handshake: Handshake): string {
  return handshake.network === 'unix' ? `unix://${handshake.address}` : handshake.address;
}

export interface Clients {
  readonly proto: LoadedProtocol;
  readonly provider: InstanceType<LoadedProtocol['tfplugin6']['Provider']>;
  readonly controller: InstanceType<LoadedProtocol['plugin']['GRPCController']>;
  readonly stdio: InstanceType<LoadedProtocol['plugin']['GRPCStdio']>;
  readonly health: grpc.Client;
  close(): void;
}

/** Credentials as go-plugin's client builds them: trust only the handshake certificate, present ours. */
export function mutualTls(handshake: Handshake, client?: ServerCertificate): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(
    Buffer.from(serverCertificatePem(handshake.certificateBase64)),
    client ? Buffer.from(client.privateKeyPem) : null,
    client ? Buffer.from(client.certificatePem) : null,
  );
}

export const TLS_CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.ssl_target_name_override': 'localhost',
  'grpc.default_authority': 'localhost',
  'grpc.max_send_message_length': 64 * 1024 * 1024,
  'grpc.max_receive_message_length': 64 * 1024 * 1024,
};

export function connect(handshake: Handshake, credentials: grpc.ChannelCredentials): Clients {
  const proto = loadProtocol();
  const target = grpcTarget(handshake);
  const options = TLS_CHANNEL_OPTIONS;
  const HealthClient = grpc.makeClientConstructor(healthService, 'Health');
  const provider = new proto.tfplugin6.Provider(target, credentials, options);
  const controller = new proto.plugin.GRPCController(target, credentials, options);
  const stdio = new proto.plugin.GRPCStdio(target, credentials, options);
  const health = new HealthClient(target, credentials, options);
  return {
    proto,
    provider,
    controller,
    stdio,
    health,
    close: () => [provider, controller, stdio, health].forEach((c) => c.close()),
  };
}

/** Promise form of a unary call on a generated client. */
export function call<Res>(
  invoke: (done: (err: grpc.ServiceError | null, res?: Res) => void) => void,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    invoke((err, res) => (err ? reject(err) : resolve(res as Res)));
  });
}

export function healthCheck(health: grpc.Client, serviceName: string): Promise<{ status?: string }> {
  return new Promise((resolve, reject) => {
    (
      health as unknown as {
        check(
          req: { service: string },
          cb: (err: grpc.ServiceError | null, res: { status?: string }) => void,
        ): void;
      }
    ).check({ service: serviceName }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}
