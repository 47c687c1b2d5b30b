/**
 * Starts a throwaway `redis-server` on loopback for tests and benchmarks: a free port found by
 * binding port 0 first, no persistence, stopped with `stop()`. `findRedisServer()` tells whether
 * the binary exists, so a suite can skip with one visible line where it does not.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`, with `:<password>@` when started with one */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL) and waits for it to exit. */
  stop(): Promise<void>;
}

/** The redis-server binary, or undefined where it is not installed. */
export function findRedisServer(): string | undefined {
  const bin = process.env.REDIS_SERVER_BIN ?? 'redis-server';
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? bin : undefined;
}

export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port from listen(0)');
  return address.port;
}

/** True when a Redis server answers PING on the port (any other listener does not count). */
async function answersAsRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d: Buffer) => {
      reply += d.toString();
      if (reply.includes('\r\n')) done(/^(\+PONG|-NOAUTH)/.test(reply));
    });
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
  });
}

export interface StartRedisOptions {
  /** Require this password (`--requirepass`). @default none */
  readonly password?: string;
  /** @default `findRedisServer()` */
  readonly bin?: string;
  /** Where ports come from (tests of the retry). @default `freeLoopbackPort` */
  readonly findPort?: () => Promise<number>;
}

/**
 * A port found free can be taken by another process before redis-server binds it (the tests of
 * several runs share this machine): a start that loses that race is retried on a new port.
 */
export async function startRedisServer(options: StartRedisOptions = {}): Promise<RedisServer> {
  const bin = options.bin ?? findRedisServer();
  if (bin === undefined) throw new Error('redis-server is not installed');
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnFreePort(bin, options);
    } catch (e) {
      if (!(e instanceof PortTakenError) || attempt >= 5) throw e;
    }
  }
}

class PortTakenError extends Error {}

async function startOnFreePort(bin: string, options: StartRedisOptions): Promise<RedisServer> {
  const port = await (options.findPort ?? freeLoopbackPort)();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  // redis-server logs to stdout; both streams are kept to explain an early exit.
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer): void => void (output += d.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) {
      const message = `redis-server exited early: ${output.trim()}`;
      throw /address already in use/i.test(output) ? new PortTakenError(message) : new Error(message);
    }
    if (await answersAsRedis(port)) {
      return {
        port,
        url:
          options.password === undefined
            ? `redis://127.0.0.1:${port}`
            : `redis://:${encodeURIComponent(options.password)}@127.0.0.1:${port}`,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
          await exited;
          clearTimeout(killer);
        },
      };
    }
    await delay(25);
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not accept connections within 5 s');
}
