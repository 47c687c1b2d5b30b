/**
 * The throwaway Redis of the tests starts on a port that another process took between the
 * free-port probe and redis-server's bind: the start is retried on a new port, and only a real
 * Redis (one that answers PING) is handed over.
 */
import { createServer, type Server } from 'node:net';
import { Redis } from 'ioredis';
import { findRedisServer, freeLoopbackPort, startRedisServer } from '../../scripts/redis-server.js';

const redisBin = findRedisServer();
if (redisBin === undefined) process.stderr.write('SKIP redis-server start: redis-server is not on PATH\n');
const describeWithRedis = redisBin === undefined ? describe.skip : describe;

describeWithRedis('starting the test Redis', () => {
  let squatter: Server;
  let taken: number;

  beforeAll(async () => {
    // A plain TCP listener that accepts connections but is not Redis.
    squatter = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    taken = address.port;
  });
  afterAll(() => new Promise<void>((resolve) => squatter.close(() => resolve())));

  test('a port taken after the probe is given up for another, and the server handed over is Redis', async () => {
    const offered: number[] = [];
    const findPort = async (): Promise<number> => {
      const port = offered.length === 0 ? taken : await freeLoopbackPort();
      offered.push(port);
      return port;
    };
    const redis = await startRedisServer({ findPort });
    try {
      expect(offered[0]).toBe(taken);
      expect(offered.length).toBe(2);
      expect(redis.port).toBe(offered[1]);
      const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      await client.connect();
      expect(await client.ping()).toBe('PONG');
      client.disconnect();
    } finally {
      await redis.stop();
    }
  }, 15_000);
});
