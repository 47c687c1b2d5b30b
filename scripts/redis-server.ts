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

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface StartRedisOptions {
  /** Require this password (`--requirepass`). @default none */
  readonly password?: string;
  /** @default `findRedisServer()` */
  readonly bin?: string;
}

export async function startRedisServer(options: StartRedisOptions = {}): Promise<RedisServer> {
  const bin = options.bin ?? findRedisServer();
  if (bin === undefined) throw new Error('redis-server is not installed');
  const port = await freeLoopbackPort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  if (options.password !== undefined) args.push('--requirepass', options.password);
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`redis-server exited early: ${stderr.trim()}`);
    if (await accepts(port)) {
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
