/**
 * Where the provider listens: a Unix socket in `PLUGIN_UNIX_SOCKET_DIR` when that is set, else
 * TCP on 127.0.0.1, trying ports `PLUGIN_MIN_PORT..PLUGIN_MAX_PORT` in order (go-plugin's rules).
 * A server without TLS (`TF_DISABLE_PLUGIN_TLS`, debug mode) never takes a TCP port that any local
 * user could call: it listens on a Unix socket inside a fresh directory of mode 0700 (except on
 * Windows, which has no such socket permissions).
 *
 * The socket is a plain `net` listener, so that it can be open (and the handshake line printed)
 * before gRPC, HTTP/2 and TLS are loaded: connections that arrive earlier wait, unread, until
 * `accept` hands them on (serve.ts passes them to gRPC, which does the TLS handshake).
 */
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Network } from './handshake.js';
import type { Logger } from './log.js';

export interface Listening {
  readonly network: Network;
  /** `127.0.0.1:<port>` or the absolute socket path. */
  readonly address: string;
  /**
   * Hands every accepted connection to `handler`: first those that arrived before (in order),
   * then each new one. Connections are paused (nothing read) until then. Call once.
   */
  accept(handler: (socket: Socket) => void): void;
  /** Stops listening and removes what the listener left on disk (the socket file). */
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

/** A listener whose connections wait, paused, for `accept`. */
interface Acceptor {
  readonly server: Server;
  accept(handler: (socket: Socket) => void): void;
}

function acceptor(): Acceptor {
  const server = createServer({ pauseOnConnect: true });
  let waiting: Socket[] | undefined = [];
  let handle: ((socket: Socket) => void) | undefined;
  server.on('connection', (socket) => {
    if (handle) handle(socket);
    else waiting?.push(socket);
  });
  return {
    server,
    accept: (handler) => {
      handle = handler;
      const early = waiting ?? [];
      waiting = undefined;
      for (const socket of early) handler(socket);
    },
  };
}

/** Listens on `target` (`{ port, host }` or a socket path); rejects with the listen error. */
function bind(target: { port: number; host: string } | { path: string }): Promise<Acceptor> {
  const listener = acceptor();
  return new Promise((ok, fail) => {
    const onError = (err: Error): void => {
      listener.server.close();
      fail(err);
    };
    listener.server.once('error', onError);
    listener.server.listen(target, () => {
      listener.server.off('error', onError);
      ok(listener);
    });
  });
}

const stop = (server: Server): void => {
  server.close();
};

async function listenTcp(range: PortRange): Promise<Listening> {
  for (let port = range.min; port <= range.max; port++) {
    try {
      const listener = await bind({ port, host: '127.0.0.1' });
      const address = listener.server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      return {
        network: 'tcp',
        address: `127.0.0.1:${bound}`,
        accept: listener.accept,
        cleanup: () => stop(listener.server),
      };
    } catch {
      // Port taken: go-plugin moves on to the next one.
    }
  }
  throw new ListenerError(`no free TCP port on 127.0.0.1 between ${range.min} and ${range.max}`);
}

async function listenUnix(dir: string, group: string | undefined, log: Logger): Promise<Listening> {
  const socketPath = join(isAbsolute(dir) ? dir : resolve(dir), `plugin${randomBytes(6).toString('hex')}`);
  const listener = await bind({ path: socketPath });
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
  return unixListening(listener, socketPath, socketPath);
}

/** A Unix socket listener whose cleanup stops it and removes `remove` (the socket or its folder). */
function unixListening(listener: Acceptor, socketPath: string, remove: string): Listening {
  return {
    network: 'unix',
    address: socketPath,
    accept: listener.accept,
    cleanup: () => {
      stop(listener.server);
      rmSync(remove, { recursive: true, force: true });
    },
  };
}

/** A Unix socket in a new directory only this user can enter; both are removed on cleanup. */
async function listenPrivateUnix(parent: string): Promise<Listening> {
  const dir = mkdtempSync(join(parent, 'terraform-provider-litmos-'));
  try {
    chmodSync(dir, 0o700);
    const socketPath = join(dir, 'plugin.sock');
    return unixListening(await bind({ path: socketPath }), socketPath, dir);
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
  env: NodeJS.ProcessEnv,
  log: Logger,
  options: ListenOptions = { tls: true },
): Promise<Listening> {
  const socketDir = env.PLUGIN_UNIX_SOCKET_DIR;
  const windows = (options.platform ?? process.platform) === 'win32';
  if (!options.tls && !windows) {
    const parent = socketDir !== undefined && socketDir !== '' ? socketDir : tmpdir();
    return listenPrivateUnix(isAbsolute(parent) ? parent : resolve(parent));
  }
  if (socketDir !== undefined && socketDir !== '') {
    return listenUnix(socketDir, env.PLUGIN_UNIX_SOCKET_GROUP, log);
  }
  return listenTcp(portRangeFromEnv(env));
}
