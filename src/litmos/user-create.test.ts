/**
 * A user create whose outcome is unknown is looked up, and repeated only after a failure worth
 * repeating: a real loopback server that answers the POST with bytes that are not HTTP.
 */
import { loopback, type Loopback } from '../net/testing.js';
import { LitmosClient } from './client.js';
import { LitmosError } from './errors.js';
import { resetRequestGates } from './throttle.js';

let server: Loopback;
const seen: string[] = [];
/** How the server answers each POST in turn: 'garbage' (not HTTP), 'reset', or 'created'. */
let posts: ('garbage' | 'reset' | 'created')[] = [];

beforeEach(async () => {
  seen.length = 0;
  server = await loopback((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    seen.push(`${req.method} ${url.pathname}`);
    if (req.method === 'POST') {
      const answer = posts.shift() ?? 'garbage';
      req.resume();
      req.on('end', () => {
        if (answer === 'garbage') req.socket.end('NOT HTTP AT ALL\r\n\r\n');
        else if (answer === 'reset') req.socket.destroy();
        else {
          res.statusCode = 201;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ Id: 'u1', UserName: 'ada@example.com', Active: true }));
        }
      });
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end('[]');
  });
});
afterEach(async () => {
  resetRequestGates();
  await server.close();
});

function client(sleeps: number[]): LitmosClient {
  return new LitmosClient({
    apiKey: 'user-create-key-xxxxxxxx',
    source: 'unit-test',
    baseUrl: `${server.origin}/v1.svc`,
    retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 2 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

it('a POST whose connection was reset is looked up, then sent again after a wait', async () => {
  posts = ['reset', 'created'];
  const sleeps: number[] = [];
  const result = await client(sleeps).users.create({
    UserName: 'ada@example.com',
    FirstName: 'A',
    LastName: 'L',
  });
  expect(result).toMatchObject({ adopted: false, user: { Id: 'u1' } });
  expect(seen).toEqual(['POST /v1.svc/users', 'GET /v1.svc/users', 'POST /v1.svc/users']);
  expect(sleeps).toHaveLength(1);
});

it('a POST answered with something that is not HTTP is looked up, then reported, not repeated', async () => {
  posts = ['garbage'];
  const sleeps: number[] = [];
  const failure = await client(sleeps)
    .users.create({ UserName: 'ada@example.com', FirstName: 'A', LastName: 'L' })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(failure).toBeInstanceOf(LitmosError);
  expect((failure as LitmosError).code).toBe('NETWORK');
  expect(seen).toEqual(['POST /v1.svc/users', 'GET /v1.svc/users']);
  expect(sleeps).toEqual([]);
});
