import { connect, createServer, type Server, type Socket } from 'node:net';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listen, type Listening } from './listener.js';
import { createLogger } from './log.js';

const log = createLogger({ level: 'off' });

/** Connects to what `listening` prints in the handshake line and sends `text`. */
function dial(listening: Listening, text: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const [host, port] = listening.address.split(':');
    const socket =
      listening.network === 'tcp'
        ? connect({ host: host ?? '', port: Number(port) })
        : connect({ path: listening.address });
    socket.once('error', reject);
    socket.once('connect', () => socket.write(text, () => resolve(socket)));
  });
}

/** The first `length` bytes read from a socket handed over by `accept`. */
function read(socket: Socket, length: number): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      if (text.length >= length) resolve(text);
    });
    socket.resume();
  });
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => server.close(() => resolve()));

describe('listen', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('holds connections made before accept, unread, and hands them on in order with their bytes', async () => {
    const listening = await listen({ PLUGIN_MIN_PORT: '0', PLUGIN_MAX_PORT: '0' }, log);
    cleanups.push(listening.cleanup);
    expect(listening.network).toBe('tcp');
    expect(listening.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const clients = [await dial(listening, 'first'), await dial(listening, 'second')];
    cleanups.push(() => clients.forEach((c) => c.destroy()));
    // Give the listener time to accept both before anyone takes them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const handed: Socket[] = [];
    listening.accept((socket) => handed.push(socket));
    expect(handed).toHaveLength(2);
    await expect(read(handed[0]!, 5)).resolves.toBe('first');
    await expect(read(handed[1]!, 6)).resolves.toBe('second');
    handed.forEach((s) => s.destroy());
  });

  it('hands a connection made after accept straight to the handler', async () => {
    const listening = await listen({ PLUGIN_MIN_PORT: '0', PLUGIN_MAX_PORT: '0' }, log);
    cleanups.push(listening.cleanup);
    const handed = new Promise<Socket>((resolve) => listening.accept(resolve));
    const client = await dial(listening, 'late');
    cleanups.push(() => client.destroy());
    const socket = await handed;
    await expect(read(socket, 4)).resolves.toBe('late');
    socket.destroy();
  });

  it('moves on to the next port of the range when one is taken, as go-plugin does', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const listening = await listen(
        { PLUGIN_MIN_PORT: String(port), PLUGIN_MAX_PORT: String(port + 20) },
        log,
      );
      cleanups.push(listening.cleanup);
      expect(Number(listening.address.split(':')[1])).toBeGreaterThan(port);
    } finally {
      await closeServer(taken);
    }
  });

  it('without TLS, listens in a private directory and removes it on cleanup', async () => {
    const listening = await listen({}, log, { tls: false });
    expect(listening.network).toBe('unix');
    const dir = dirname(listening.address);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const handed = new Promise<Socket>((resolve) => listening.accept(resolve));
    const client = await dial(listening, 'plain');
    const socket = await handed;
    await expect(read(socket, 5)).resolves.toBe('plain');
    socket.destroy();
    client.destroy();
    listening.cleanup();
    expect(existsSync(dir)).toBe(false);
  });

  it('in PLUGIN_UNIX_SOCKET_DIR, removes the socket on cleanup', async () => {
    const socketDir = mkdtempSync(join(tmpdir(), 'litmos-listener-test-'));
    cleanups.push(() => rmSync(socketDir, { recursive: true, force: true }));
    const listening = await listen({ PLUGIN_UNIX_SOCKET_DIR: socketDir }, log);
    expect(listening.address.startsWith(`${socketDir}/`)).toBe(true);
    expect(statSync(listening.address).isSocket()).toBe(true);
    listening.cleanup();
    expect(existsSync(listening.address)).toBe(false);
  });
});
