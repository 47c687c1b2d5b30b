/**
 * Where the gRPC server listens: a Unix socket in `PLUGIN_UNIX_SOCKET_DIR` when that is set, else
 * TCP on 127.0.0.1, trying ports `PLUGIN_MIN_PORT..PLUGIN_MAX_PORT` in order (go-plugin's rules).
 * A server without TLS (`TF_DISABLE_PLUGIN_TLS`, debug mode) never takes a TCP port that any local
 * user could call: it listens on a Unix socket inside a fresh directory of mode 0700 (except on
 * Windows, which has no such socket permissions).
 */
import type * as grpc from '@grpc/grpc-js';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Network } from './handshake.js';
import type { Logger } from './log.js';

export interface Listening {
  readonly network: Network;
  /** `127.0.0.1:<port>` or the absolute socket path. */
  readonly address: string;
  /** Removes what the listener left on disk (the socket file). */
  cleanup(): void;
}

export class ListenerError extends Error {
  override readonly name = 'ListenerError';
}

const DEFAULT_MIN_PORT = 10000;
const DEFAULT_MAX_PORT = 25000;

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/** Reads the port range; rejects non-numbers and min > max as go-plugin does. */
export function portRangeFromEnv(env: NodeJS.ProcessEnv): PortRange {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      throw new ListenerError(`${name} must be a port number, got "${raw}"`);
    }
    return value;
  };
  const range = {
    min: read('PLUGIN_MIN_PORT', DEFAULT_MIN_PORT),
    max: read('PLUGIN_MAX_PORT', DEFAULT_MAX_PORT),
  };
  if (range.min > range.max) {
    throw new ListenerError(`PLUGIN_MIN_PORT (${range.min}) is greater than PLUGIN_MAX_PORT (${range.max})`);
  }
  return range;
}

function bind(server: grpc.Server, target: string, creds: grpc.ServerCredentials): Promise<number> {
  return new Promise((ok, fail) => {
    server.bindAsync(target, creds, (err, port) => (err ? fail(err) : ok(port)));
  });
}

async function listenTcp(
  server: grpc.Server,
  creds: grpc.ServerCredentials,
  range: PortRange,
): Promise<Listening> {
  for (let port = range.min; port <= range.max; port++) {
    try {
      const bound = await bind(server, `127.0.0.1:${port}`, creds);
      return { network: 'tcp', address: `127.0.0.1:${bound}`, cleanup: () => undefined };
    } catch {
      // Port taken: go-plugin moves on to the next one.
    }
  }
  throw new ListenerError(`no free TCP port on 127.0.0.1 between ${range.min} and ${range.max}`);
}

async function listenUnix(
  server: grpc.Server,
  creds: grpc.ServerCredentials,
  dir: string,
  group: string | undefined,
  log: Logger,
): Promise<Listening> {
  const socketPath = join(isAbsolute(dir) ? dir : resolve(dir), `plugin${randomBytes(6).toString('hex')}`);
  await bind(server, `unix://${socketPath}`, creds);
  if (group !== undefined && group !== '') {
    const gid = Number(group);
    if (Number.isInteger(gid)) {
      chownSync(socketPath, -1, gid);
      chmodSync(socketPath, 0o660);
    } else {
      log.warn('PLUGIN_UNIX_SOCKET_GROUP must be a numeric group id; leaving the socket group unchanged', {
        group,
      });
    }
  }
  return { network: 'unix', address: socketPath, cleanup: () => rmSync(socketPath, { force: true }) };
}

/** A Unix socket in a new directory only this user can enter; both are removed on cleanup. */
async function listenPrivateUnix(
  server: grpc.Server,
  creds: grpc.ServerCredentials,
  parent: string,
): Promise<Listening> {
  const dir = mkdtempSync(join(parent, 'terraform-provider-litmos-'));
  try {
    chmodSync(dir, 0o700);
    const socketPath = join(dir, 'plugin.sock');
    await bind(server, `unix://${socketPath}`, creds);
    return {
      network: 'unix',
      address: socketPath,
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (e: unknown) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export interface ListenOptions {
  /** Whether the server uses TLS; without it, a private Unix socket replaces TCP. */
  readonly tls: boolean;
  /** @default process.platform */
  readonly platform?: NodeJS.Platform;
}

export function listen(
  server: grpc.Server,
  creds: grpc.ServerCredentials,
  env: NodeJS.ProcessEnv,
  log: Logger,
  options: ListenOptions = { tls: true },
): Promise<Listening> {
  const socketDir = env.PLUGIN_UNIX_SOCKET_DIR;
  const windows = (options.platform ?? process.platform) === 'win32';
  if (!options.tls && !windows) {
    const parent = socketDir !== undefined && socketDir !== '' ? socketDir : tmpdir();
    return listenPrivateUnix(server, creds, isAbsolute(parent) ? parent : resolve(parent));
  }
  if (socketDir !== undefined && socketDir !== '') {
    return listenUnix(server, creds, socketDir, env.PLUGIN_UNIX_SOCKET_GROUP, log);
  }
  return listenTcp(server, creds, portRangeFromEnv(env));
}
