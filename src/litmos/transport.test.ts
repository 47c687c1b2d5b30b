/**
 * The HTTP layer as a caller sees it: how answers are read (JSON, XML, empty), what a failure
 * says, which requests tell write listeners, and the client options it is built from.
 */
import nock from 'nock';
import { LitmosClient, type LitmosClientOptions } from './client.js';
import { LitmosError } from './errors.js';
import { caught } from './testing.js';
import { keyGateFor, resetRequestGates, throttleSettingsFor } from './throttle.js';
import { apiPath, LitmosTransport } from './transport.js';
import { loopback } from '../net/testing.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;

function newClient(overrides: Partial<LitmosClientOptions> = {}): { client: LitmosClient; apiKey: string } {
  keyCounter += 1;
  const apiKey = overrides.apiKey ?? `transport-key-${keyCounter}-xxxxxxxx`;
  const client = new LitmosClient({
    apiKey,
    source: 'unit-test',
    retry: { limit: 0 },
    sleep: async () => undefined,
    ...overrides,
  });
  return { client, apiKey };
}

/** A transport of its own key; a 503 pauses that key for a few milliseconds only. */
function transport(
  apiKey = `transport-key-${++keyCounter}`,
  retryLimit = 0,
  baseUrl = `${US}/v1.svc`,
): LitmosTransport {
  return new LitmosTransport({
    apiKey,
    source: 'unit-test',
    baseUrl,
    throttle: { requestsPerInterval: 10_000, intervalMs: 80 },
    retry: { limit: retryLimit, baseDelayMs: 1, maxDelayMs: 1 },
    timeoutMs: 5_000,
    random: () => 0,
    userAgent: 'unit-test-agent',
  });
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.disableNetConnect();
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('reading answers', () => {
  it.each([
    ['an empty body', '', {}],
    ['a body of blanks', '  \n', { 'content-type': 'application/json' }],
  ])('reads %s as nothing', async (_name, body, headers) => {
    nock(US).get('/v1.svc/x').query(true).reply(200, body, headers);
    await expect(transport().request({ method: 'GET', path: '/x' })).resolves.toBeUndefined();
  });

  it.each([
    ['an XML content type', '<Team><Id>t</Id></Team>', { 'content-type': 'text/xml' }],
    ['no content type and a body that starts with <', '  <Team><Id>t</Id></Team>', {}],
    [
      'a text content type and a body that starts with <',
      '<Team><Id>t</Id></Team>',
      { 'content-type': 'text/plain' },
    ],
  ])('reads XML by %s', async (_name, body, headers) => {
    nock(US).get('/v1.svc/x').query(true).reply(200, body, headers);
    await expect(transport().request({ method: 'GET', path: '/x' })).resolves.toEqual({ Id: 't' });
  });

  it.each([
    ['a JSON content type', { 'content-type': 'application/json' }],
    ['an HTML content type', { 'content-type': 'text/html' }],
  ])('does not read a body that starts with < as XML under %s', async (_name, headers) => {
    nock(US).get('/v1.svc/x').query(true).reply(200, '<Team/>', headers);
    const error = await caught(transport().request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toBe('Litmos GET /x returned a body that is not JSON');
    expect(error.status).toBe(200);
    expect(error.bodyExcerpt).toBe('<Team/>');
    expect((error.cause as Error).name).toBe('SyntaxError');
  });

  it('names an unreadable XML body as such, with its status and excerpt', async () => {
    nock(US).post('/v1.svc/x').query(true).reply(201, '<Team>', { 'content-type': 'application/xml' });
    const error = await caught(transport().request({ method: 'POST', path: '/x' }));
    expect(error.message).toBe('Litmos POST /x returned a body that is not readable XML');
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', status: 201, bodyExcerpt: '<Team>' });
  });

  it('sends leading slashes once, and the user agent it was given', async () => {
    const scope = nock(US, { reqheaders: { 'user-agent': 'unit-test-agent' } })
      .get('/v1.svc/a/b')
      .query({ source: 'unit-test', format: 'json', keep: 'false', n: '0' })
      .reply(200, []);
    await transport().request({
      method: 'GET',
      path: '//a/b',
      query: { keep: false, n: 0, dropped: undefined },
    });
    expect(scope.isDone()).toBe(true);
  });

  it('sends a JSON body only when there is one', async () => {
    const scope = nock(US)
      .put('/v1.svc/x', (body: unknown) => body === '' || body === undefined || JSON.stringify(body) === '{}')
      .query(true)
      .reply(200, '')
      .put('/v1.svc/y', { a: 1 })
      .query(true)
      .reply(200, '');
    const t = transport();
    await t.request({ method: 'PUT', path: '/x' });
    await t.request({ method: 'PUT', path: '/y', body: { a: 1 } });
    expect(scope.isDone()).toBe(true);
  });
});

describe('what a failure says', () => {
  it('names an HTML error page by its reason phrase', async () => {
    nock(US)
      .get('/v1.svc/x')
      .query(true)
      .reply(500, '<html><body>Request Error</body></html>', { 'content-type': 'text/html' });
    const error = await caught(transport().request({ method: 'GET', path: '/x' }));
    expect(error.message).toBe('Litmos GET /x failed with 500: Internal Server Error');
    expect(error.code).toBe('SERVER');
  });

  it('says only the status when there is neither a message nor a reason phrase', async () => {
    // A status line without a reason phrase, written by hand (node's server always adds one).
    const server = await loopback((req) =>
      req.socket.end('HTTP/1.1 599 \r\ncontent-length: 0\r\nconnection: close\r\n\r\n'),
    );
    nock.enableNetConnect('127.0.0.1');
    try {
      const error = await caught(
        transport(undefined, 0, `${server.origin}/v1.svc`).request({ method: 'GET', path: '/x' }),
      );
      expect(error.message).toBe('Litmos GET /x failed with 599');
      expect(error.bodyExcerpt).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('says how many attempts a retried request made', async () => {
    nock(US).get('/v1.svc/x').query(true).times(3).reply(503, { Detail: 'busy' });
    const error = await caught(transport(undefined, 2).request({ method: 'GET', path: '/x' }));
    expect(error.message).toBe('Litmos GET /x failed with 503 after 3 attempts: busy');
    expect(error.code).toBe('RATE_LIMITED');
  });

  it('never repeats a POST unless it is marked repeatable', async () => {
    let posts = 0;
    nock(US)
      .post('/v1.svc/x')
      .query(true)
      .times(3)
      .reply(() => {
        posts += 1;
        return [503, ''];
      });
    await caught(transport(undefined, 2).request({ method: 'POST', path: '/x' }));
    expect(posts).toBe(1);
  });

  it('keeps the error it made itself as it is', () => {
    const own = new LitmosError('NOT_FOUND', 'mine');
    expect(transport().toLitmosError({ method: 'GET', path: '/x' }, own)).toBe(own);
  });

  it('maps anything else thrown to NETWORK, naming the call, without the key', () => {
    const t = transport('key-in-message-secret');
    const error = t.toLitmosError({ method: 'DELETE', path: '/x' }, new Error('boom key-in-message-secret'));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('Litmos DELETE /x failed: boom ***');
    expect((error.cause as Error).message).toBe('boom ***');
    expect(t.toLitmosError({ method: 'GET', path: '/y' }, 'text').message).toBe('Litmos GET /y failed: text');
  });

  it('names the socket error code of a failure without an answer', async () => {
    const closed = await loopback(() => undefined);
    await closed.close();
    nock.enableNetConnect('127.0.0.1');
    const error = await caught(
      transport(undefined, 0, `${closed.origin}/v1.svc`).request({ method: 'GET', path: '/x' }),
    );
    expect(error.code).toBe('NETWORK');
    expect(error.message).toMatch(/^Litmos GET \/x failed: ECONNREFUSED /);
    expect((error.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });
});

describe('redirects', () => {
  it.each([
    [
      'a relative location, by the origin it resolves to',
      { location: '/v1.svc/y' },
      ' to https://api.litmos.com;',
    ],
    ['a location that cannot be read, without it', { location: 'http://[bad' }, ';'],
    ['no location, without one', {}, ';'],
  ])('names %s', async (_name, headers, target) => {
    nock(US).get('/v1.svc/x').query(true).reply(302, '', headers);
    const error = await caught(transport().request({ method: 'GET', path: '/x' }));
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(302);
    expect(error.message).toBe(
      `Litmos GET /x was redirected (302)${target} redirects are not followed, so the API key never leaves the configured base URL. Check base_url or region`,
    );
  });
});

describe('write listeners', () => {
  it('hear every request but a GET, before it is sent and after it ends, even when it fails', async () => {
    const t = transport();
    const heard: string[] = [];
    const stop = t.onWrite(() => heard.push('write'));
    nock(US).get('/v1.svc/x').query(true).reply(200, '').delete('/v1.svc/x').query(true).reply(404, '');
    await t.request({ method: 'GET', path: '/x' });
    expect(heard).toEqual([]);
    await caught(t.request({ method: 'DELETE', path: '/x' }));
    expect(heard).toEqual(['write', 'write']);
    stop();
    nock(US).post('/v1.svc/x').query(true).reply(201, '');
    await t.request({ method: 'POST', path: '/x' });
    expect(heard).toHaveLength(2);
  });

  it('are offered by the client too', async () => {
    const { client } = newClient();
    let writes = 0;
    client.onWrite(() => (writes += 1));
    nock(US).delete('/v1.svc/teams/t1').query(true).reply(200, '');
    await client.teams.delete('t1');
    expect(writes).toBe(2);
  });
});

describe('paths', () => {
  it('refuses a segment that URL parsing would collapse', () => {
    expect(() => apiPath('users', '..')).toThrow(LitmosError);
    expect(() => apiPath('users', '.')).toThrow('Litmos request refused: ');
    expect(apiPath('users', 'a b')).toBe('/users/a%20b');
  });
});

describe('client options', () => {
  it.each([
    ['a blank api key', { apiKey: '   ' }, 'apiKey must be a non-empty string'],
    ['an api key that is not text', { apiKey: 5 as unknown as string }, 'apiKey must be a non-empty string'],
    ['a source over 50 characters', { source: 's'.repeat(51) }, 'source must be at most 50 characters'],
    [
      'no requests per minute',
      { requestsPerMinute: 0 },
      'requestsPerMinute must be a positive integer, got 0',
    ],
    [
      'a fractional request budget',
      { requestsPerMinute: 1.5 },
      'requestsPerMinute must be a positive integer',
    ],
    ['a zero budget interval', { throttleIntervalMs: 0 }, 'throttleIntervalMs must be > 0, got 0'],
    ['a zero timeout', { timeoutMs: 0 }, 'timeoutMs must be > 0, got 0'],
    ['a bad retry policy', { retry: { limit: -1 } }, 'retry.limit must be a non-negative integer'],
  ])('refuses %s, naming it', (_name, overrides, message) => {
    expect(() => newClient(overrides)).toThrow(message);
    expect(() => newClient(overrides)).toThrow(TypeError);
  });

  it('accepts a source of exactly 50 characters and the smallest budget', () => {
    expect(() =>
      newClient({ source: 's'.repeat(50), requestsPerMinute: 1, throttleIntervalMs: 1 }),
    ).not.toThrow();
  });

  it('gives the key the budget it was configured with, and a cool-down capped by the retry wait', () => {
    const { apiKey } = newClient({
      requestsPerMinute: 7,
      throttleIntervalMs: 9_000,
      retry: { maxDelayMs: 5_000 },
    });
    expect(throttleSettingsFor(apiKey)).toEqual({
      requestsPerInterval: 7,
      intervalMs: 9_000,
      maxCooldownMs: 5_000,
    });
    expect(keyGateFor(apiKey).settings.requestsPerInterval).toBe(7);
  });

  it('uses Litmos’s documented budget by default', () => {
    const { apiKey } = newClient();
    expect(throttleSettingsFor(apiKey)).toEqual({
      requestsPerInterval: 100,
      intervalMs: 60_000,
      maxCooldownMs: 60_000,
    });
  });

  it('sends its own user agent unless told another', async () => {
    const { client } = newClient();
    const scope = nock(US, { reqheaders: { 'user-agent': 'terraform-provider-litmos' } })
      .get('/v1.svc/users')
      .query(true)
      .reply(200, []);
    await client.checkCredentials();
    expect(scope.isDone()).toBe(true);
    const custom = newClient({ userAgent: 'mine/1' }).client;
    const second = nock(US, { reqheaders: { 'user-agent': 'mine/1' } })
      .get('/v1.svc/users')
      .query(true)
      .reply(200, []);
    await custom.checkCredentials();
    expect(second.isDone()).toBe(true);
  });

  it('serves user reads from one listing for five minutes by default, on the clock it was given', async () => {
    let clock = 0;
    const { client } = newClient({ now: () => clock });
    let listings = 0;
    nock(US)
      .get('/v1.svc/users')
      .query(true)
      .times(2)
      .reply(() => {
        listings += 1;
        return [200, [{ Id: 'a', UserName: 'a@example.com' }]];
      });
    await client.users.getSummary('a');
    clock = 299_999;
    await client.users.getSummary('a');
    expect(listings).toBe(1);
    clock = 300_000;
    await client.users.getSummary('a');
    expect(listings).toBe(2);
  });

  it('pauses the key after a 503, and not after another failure', async () => {
    const { client, apiKey } = newClient();
    nock(US)
      .get('/v1.svc/teams/t1')
      .query(true)
      .reply(404, '')
      .get('/v1.svc/teams/t2')
      .query(true)
      .reply(503, '');
    await caught(client.teams.get('t1'));
    expect(keyGateFor(apiKey).pausedForMs).toBe(0);
    await caught(client.teams.get('t2'));
    expect(keyGateFor(apiKey).pausedForMs).toBeGreaterThan(0);
  });

  it('has no shared budget without a Redis URL, and nothing to report', () => {
    const { client } = newClient();
    expect(client.sharedBudget).toBe(false);
    expect(client.takeBudgetFallback()).toBeUndefined();
  });

  it('draws on a shared budget with a Redis URL, without connecting before its first request', () => {
    const { client } = newClient({ redisUrl: 'redis://127.0.0.1:1', sharedWindowMarginMs: 500 });
    expect(client.sharedBudget).toBe(true);
    expect(client.takeBudgetFallback()).toBeUndefined();
  });

  it('refuses a response body larger than configured', async () => {
    const { client } = newClient({ maxResponseBytes: 10 });
    nock(US)
      .get('/v1.svc/teams/t1')
      .query(true)
      .reply(200, JSON.stringify({ Id: 't1', Name: 'a long enough name' }));
    expect((await caught(client.teams.get('t1'))).code).toBe('INVALID_RESPONSE');
  });

  it('gives up on an attempt after the configured timeout', async () => {
    const { client } = newClient({ timeoutMs: 50 });
    nock(US).get('/v1.svc/teams/t1').query(true).delay(2_000).reply(200, {});
    const error = await caught(client.teams.get('t1'));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toContain('ETIMEDOUT');
  });
});
