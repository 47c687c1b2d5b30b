/**
 * What a caller of the transport sees in the less common answers: paths given without their
 * leading slash, a 300 answer, bodies without a content type, unreadable bodies that echo the
 * key, the cause kept on an oversized answer, and a key paused by a 503 whose probe request
 * fails without an answer.
 */
import nock from 'nock';
import { caught } from './testing.js';
import { resetRequestGates, type ThrottleSettings } from './throttle.js';
import { LitmosTransport } from './transport.js';
import { ResponseTooLargeError } from '../net/index.js';
import { loopback, type Loopback } from '../net/testing.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;

function transport(
  options: {
    apiKey?: string;
    retryLimit?: number;
    throttle?: ThrottleSettings;
    maxResponseBytes?: number;
    baseUrl?: string;
  } = {},
): LitmosTransport {
  keyCounter += 1;
  return new LitmosTransport({
    apiKey: options.apiKey ?? `answers-key-${keyCounter}-${process.pid}`,
    source: 'unit-test',
    baseUrl: options.baseUrl ?? `${US}/v1.svc`,
    throttle: options.throttle ?? { requestsPerInterval: 10_000, intervalMs: 80 },
    retry: { limit: options.retryLimit ?? 0, baseDelayMs: 1, maxDelayMs: 1 },
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test-agent',
    ...(options.maxResponseBytes === undefined ? {} : { maxResponseBytes: options.maxResponseBytes }),
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.disableNetConnect();
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('paths and statuses', () => {
  it('sends a path given without its leading slash below the base URL, inner slashes kept', async () => {
    const scope = nock(US).get('/v1.svc/users/u1').query(true).reply(200, { Id: 'u1' });
    await expect(transport().request({ method: 'GET', path: 'users/u1' })).resolves.toEqual({ Id: 'u1' });
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a 300 answer as a redirect, like any other 3xx', async () => {
    nock(US).get('/v1.svc/x').query(true).reply(300, '{}', { 'content-type': 'application/json' });
    const error = await caught(transport().request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toContain('was redirected (300)');
  });

  it('reads a 299 answer as a success', async () => {
    nock(US).get('/v1.svc/x').query(true).reply(299, { Id: 'x' });
    await expect(transport().request({ method: 'GET', path: '/x' })).resolves.toEqual({ Id: 'x' });
  });
});

describe('repeating', () => {
  it('repeats a POST marked repeatable after a 503, and not a GET marked otherwise', async () => {
    let posts = 0;
    nock(US)
      .post('/v1.svc/x')
      .query(true)
      .times(2)
      .reply(() => {
        posts += 1;
        return posts === 1 ? [503, ''] : [200, '{"Id":"x"}'];
      });
    await expect(
      transport({ retryLimit: 1 }).request({ method: 'POST', path: '/x', repeatable: true }),
    ).resolves.toEqual({
      Id: 'x',
    });
    expect(posts).toBe(2);

    let gets = 0;
    nock(US)
      .get('/v1.svc/y')
      .query(true)
      .times(2)
      .reply(() => {
        gets += 1;
        return [503, ''];
      });
    await caught(transport({ retryLimit: 1 }).request({ method: 'GET', path: '/y', repeatable: false }));
    expect(gets).toBe(1);
  });
});

describe('bodies', () => {
  it('reads a JSON body without a content type as JSON', async () => {
    nock(US).get('/v1.svc/x').query(true).reply(200, '{"Id":"x"}', {});
    await expect(transport().request({ method: 'GET', path: '/x' })).resolves.toEqual({ Id: 'x' });
  });

  it('keeps the key out of the excerpt and cause of an unreadable body that echoes it', async () => {
    const apiKey = `echoed-secret-${process.pid}`;
    nock(US)
      .get('/v1.svc/x')
      .query(true)
      .reply(200, `oops ${apiKey}`, { 'content-type': 'application/json' });
    const error = await caught(transport({ apiKey }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.bodyExcerpt).toBeDefined();
    expect(error.bodyExcerpt).not.toContain(apiKey);
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).not.toContain(apiKey);
    expect(JSON.stringify({ message: error.message, excerpt: error.bodyExcerpt })).not.toContain(apiKey);
  });

  it('keeps the key out of the cause of a short unreadable body that is only the key', async () => {
    // The JSON parser quotes a short body whole in its message.
    const apiKey = `zk${process.pid}`;
    nock(US).get('/v1.svc/x').query(true).reply(200, apiKey, { 'content-type': 'application/json' });
    const error = await caught(transport({ apiKey }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect((error.cause as Error).message).toContain('is not valid JSON');
    expect((error.cause as Error).message).not.toContain(apiKey);
  });

  it('keeps the size error as the cause of an oversized answer', async () => {
    nock(US)
      .get('/v1.svc/x')
      .query(true)
      .reply(200, JSON.stringify({ Id: 'x', Name: 'long enough to pass ten bytes' }));
    const error = await caught(transport({ maxResponseBytes: 10 }).request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.cause).toBeInstanceOf(ResponseTooLargeError);
  });
});

describe('the cause of a failure', () => {
  it('carries a socket error code as a visible property, and no code when there was none', () => {
    const t = transport();
    const withCode = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const coded = t.toLitmosError({ method: 'GET', path: '/x' }, withCode).cause as Error;
    expect(Object.keys(coded)).toContain('code');
    expect(JSON.parse(JSON.stringify(coded))).toMatchObject({ code: 'ECONNRESET' });

    const withNumber = Object.assign(new Error('odd'), { code: 42 });
    const plain = t.toLitmosError({ method: 'GET', path: '/x' }, withNumber).cause as Error;
    expect('code' in plain).toBe(false);
  });
});

describe('a key paused by a 503', () => {
  // A long interval: a probe that never reports would hold the key for a minute.
  const slowProbe: ThrottleSettings = { requestsPerInterval: 10_000, intervalMs: 60_000, maxCooldownMs: 1 };

  /** Answers /busy with 503, drops the connection of the first `drops` requests to /probe, answers the rest. */
  async function flakyServer(drops: number): Promise<Loopback> {
    let dropped = 0;
    const server = await loopback((req, res) => {
      if (req.url?.startsWith('/v1.svc/busy') === true) {
        res.writeHead(503).end();
      } else if (req.url?.startsWith('/v1.svc/probe') === true && dropped < drops) {
        dropped += 1;
        req.socket.destroy();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"Id":"ok"}');
      }
    });
    nock.enableNetConnect('127.0.0.1');
    return server;
  }

  it('lets the next request go when the probe after the pause fails without an answer', async () => {
    const server = await flakyServer(1);
    try {
      const t = transport({ throttle: slowProbe, baseUrl: `${server.origin}/v1.svc` });
      expect((await caught(t.request({ method: 'GET', path: '/busy' }))).code).toBe('RATE_LIMITED');
      expect((await caught(t.request({ method: 'GET', path: '/probe' }))).code).toBe('NETWORK');
      await expect(t.request({ method: 'GET', path: '/next' })).resolves.toEqual({ Id: 'ok' });
    } finally {
      await server.close();
    }
  });

  it('retries a probe that failed without an answer instead of waiting for itself', async () => {
    const server = await flakyServer(1);
    try {
      const t = transport({ throttle: slowProbe, retryLimit: 1, baseUrl: `${server.origin}/v1.svc` });
      await caught(t.request({ method: 'GET', path: '/busy', repeatable: false }));
      await expect(t.request({ method: 'GET', path: '/probe' })).resolves.toEqual({ Id: 'ok' });
      expect(server.seen.map((req) => req.url?.split('?')[0])).toEqual([
        '/v1.svc/busy',
        '/v1.svc/probe',
        '/v1.svc/probe',
      ]);
    } finally {
      await server.close();
    }
  });
});
