import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import nock from 'nock';
import { LitmosClient, type LitmosClientOptions } from './client.js';
import { LitmosError } from './errors.js';
import { caught } from './testing.js';
import { queuedRequests, resetRequestGates } from './throttle.js';

const US = 'https://api.litmos.com';
let keyCounter = 0;

/** A client with its own api key (so its own request budget) and millisecond backoff. */
function newClient(overrides: Partial<LitmosClientOptions> = {}): { client: LitmosClient; apiKey: string } {
  keyCounter += 1;
  const apiKey = overrides.apiKey ?? `test-key-${keyCounter}-${'x'.repeat(8)}`;
  const client = new LitmosClient({
    apiKey,
    source: 'unit-test',
    retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 4 },
    sleep: async () => undefined,
    ...overrides,
  });
  return { client, apiKey };
}

const summary = (Id: string, UserName = `${Id}@example.com`) => ({
  Id,
  UserName,
  FirstName: 'F',
  LastName: 'L',
  Active: true,
  Email: UserName,
  AccessLevel: 'Learner',
  Brand: 'Default',
});

const full = (Id: string, UserName = `${Id}@example.com`) => ({
  ...summary(Id, UserName),
  FullName: 'F L',
  DisableMessages: false,
  IsCustomUsername: false,
  TimeZone: '',
  City: 'Paris',
});

/**
 * A real loopback server for network failures: nock's `replyWithError` sometimes surfaces as an
 * unhandled socket error with got 14, so resets and refusals are made for real.
 */
async function loopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1.svc`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it. */
async function closedPortUrl(): Promise<string> {
  const { baseUrl, close } = await loopback(() => undefined);
  await close();
  return baseUrl;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => {
  nock.cleanAll();
  resetRequestGates();
});
afterAll(() => nock.enableNetConnect());

describe('LitmosClient requests', () => {
  it('sends the apikey header, source and format=json on every request', async () => {
    const { client, apiKey } = newClient();
    const scope = nock(US, { reqheaders: { apikey: apiKey, accept: 'application/json' } })
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '0', limit: '1' })
      .reply(200, [])
      .get('/v1.svc/teams/t1')
      .query({ source: 'unit-test', format: 'json' })
      .reply(200, { Id: 't1', Name: 'T' });
    await client.checkCredentials();
    await expect(client.teams.get('t1')).resolves.toEqual({ Id: 't1', Name: 'T' });
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    ['eu', 'https://api.litmoseu.com'],
    ['au', 'https://api.litmos.com.au'],
  ] as const)('uses the %s host', async (region, host) => {
    const { client } = newClient({ region });
    const scope = nock(host).get('/v1.svc/courses/c1').query(true).reply(200, { Id: 'c1' });
    await client.courses.get('c1');
    expect(client.baseUrl).toBe(`${host}/v1.svc`);
    expect(scope.isDone()).toBe(true);
  });

  it('percent-encodes ids in paths', async () => {
    const { client } = newClient();
    const scope = nock(US).get('/v1.svc/users/a%2Fb%20c').query(true).reply(200, full('x'));
    await client.users.get('a/b c');
    expect(scope.isDone()).toBe(true);
  });

  it('reads every page with start and limit until a short page', async () => {
    const { client } = newClient({ pageSize: 2 });
    const scope = nock(US)
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '0', limit: '2', search: 'ex' })
      .reply(200, [summary('a'), summary('b')])
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '2', limit: '2', search: 'ex' })
      .reply(200, [summary('c'), summary('d')])
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '4', limit: '2', search: 'ex' })
      .reply(200, [summary('e')]);
    const users = await client.users.list({ search: 'ex' });
    expect(users.map((u) => u.Id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(scope.isDone()).toBe(true);
  });

  // No recorded Litmos JSON carries an HTML entity: text that looks like one is the real text.
  it('keeps JSON strings as sent, "&amp;" in a team name and a user name included', async () => {
    const { client } = newClient();
    nock(US).get('/v1.svc/teams/t1').query(true).reply(200, { Id: 't1', Name: 'R&amp;D &#99999999;' });
    nock(US)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, { Id: 'u1', UserName: 'tom@example.com', FirstName: 'Tom &amp; Jerry', LastName: 'A&B' });
    expect((await client.teams.get('t1')).Name).toBe('R&amp;D &#99999999;');
    const user = await client.users.get('u1');
    expect([user.FirstName, user.LastName]).toEqual(['Tom &amp; Jerry', 'A&B']);
  });

  it('reads an XML answer by its Content-Type, with XML entities resolved and odd references kept', async () => {
    const { client } = newClient();
    nock(US)
      .get('/v1.svc/teams/t1')
      .query(true)
      .reply(200, '<Team xmlns:i="x"><Id>t1</Id><Name>R&amp;D &#99999999;</Name><Description/></Team>', {
        'content-type': 'application/xml; charset=utf-8',
      });
    expect(await client.teams.get('t1')).toEqual({ Id: 't1', Name: 'R&D &#99999999;', Description: '' });
  });

  it('reports an unreadable XML answer as INVALID_RESPONSE, not as a crash', async () => {
    const { client } = newClient();
    nock(US)
      .get('/v1.svc/teams/t1')
      .query(true)
      .reply(200, '<Team><Id>t1</Team>', { 'content-type': 'application/xml; charset=utf-8' });
    await expect(client.teams.get('t1')).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('rejects bad options at construction', () => {
    expect(() => newClient({ apiKey: '' })).toThrow(TypeError);
    expect(() => newClient({ source: 'x'.repeat(51) })).toThrow(TypeError);
    expect(() => newClient({ pageSize: 5000 })).toThrow(TypeError);
    expect(() => newClient({ baseUrl: 'not a url' })).toThrow(TypeError);
  });
});

describe('LitmosClient retries', () => {
  it.each([503, 504])('retries a GET answered %i and then succeeds', async (status) => {
    const { client } = newClient();
    const scope = nock(US)
      .get('/v1.svc/courses/c1')
      .query(true)
      .times(2)
      .reply(status, '')
      .get('/v1.svc/courses/c1')
      .query(true)
      .reply(200, { Id: 'c1', Name: 'C' });
    await expect(client.courses.get('c1')).resolves.toMatchObject({ Id: 'c1' });
    expect(scope.isDone()).toBe(true);
  });

  it('gives RATE_LIMITED after the retries are spent on 503s', async () => {
    const { client } = newClient();
    let attempts = 0;
    nock(US)
      .get('/v1.svc/courses/c1')
      .query(true)
      .times(10)
      .reply(() => {
        attempts += 1;
        return [503, ''];
      });
    const error = await caught(client.courses.get('c1'));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.status).toBe(503);
    expect(error.message).toContain('GET /courses/c1');
    expect(attempts).toBe(4);
  });

  it('does not retry a 404', async () => {
    const { client } = newClient();
    let attempts = 0;
    nock(US)
      .get('/v1.svc/users/nope')
      .query(true)
      .times(3)
      .reply(() => {
        attempts += 1;
        return [404, { Detail: 'User - nope was not found' }];
      });
    const error = await caught(client.users.get('nope'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Litmos GET /users/nope failed with 404: User - nope was not found');
    expect(attempts).toBe(1);
  });

  it('retries adding team members, which the API treats as idempotent', async () => {
    const { client } = newClient();
    const scope = nock(US)
      .post('/v1.svc/teams/t1/users', [{ Id: 'u1' }, { Id: 'u2' }])
      .query({ source: 'unit-test', format: 'json', sendmessage: 'false' })
      .reply(503, '')
      .post('/v1.svc/teams/t1/users')
      .query(true)
      .reply(201, '');
    await client.teams.addMembers('t1', ['u1', 'u2']);
    expect(scope.isDone()).toBe(true);
  });
});

describe('LitmosClient errors', () => {
  it.each([
    [401, '', 'UNAUTHORIZED'],
    [400, { Detail: 'The source parameter is missing or not valid.' }, 'BAD_SOURCE'],
    [403, { Detail: 'You do not have the proper permissions for this call.' }, 'FORBIDDEN'],
    [409, { Detail: 'Invalid email address' }, 'VALIDATION'],
    [500, '<html><HEAD><TITLE>Request Error</TITLE></HEAD></html>', 'SERVER'],
  ] as const)('maps status %i (%p) to %s', async (status, body, code) => {
    const { client } = newClient();
    // A 500 is retried (the limit is 3), the other statuses are not.
    nock(US)
      .get('/v1.svc/teams')
      .query(true)
      .times(status === 500 ? 4 : 1)
      .reply(status, body);
    const error = await caught(client.teams.list());
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it('retries a GET answered with a 500 page and a 502, then succeeds', async () => {
    const { client } = newClient();
    nock(US).get('/v1.svc/teams').query(true).reply(500, '<html><TITLE>Request Error</TITLE></html>');
    nock(US).get('/v1.svc/teams').query(true).reply(502, 'Bad Gateway');
    nock(US).get('/v1.svc/teams').query(true).reply(200, []);
    await expect(client.teams.list()).resolves.toEqual([]);
  });

  it('retries an idempotent POST (team members) after a 500', async () => {
    const { client } = newClient();
    const add = nock(US)
      .post('/v1.svc/teams/t1/users')
      .query(true)
      .reply(500, '')
      .post('/v1.svc/teams/t1/users')
      .query(true)
      .reply(201, '');
    await client.teams.addMembers('t1', ['u1']);
    expect(add.isDone()).toBe(true);
  });

  it('reports the reason phrase when a 500 has no body', async () => {
    const { client } = newClient({ retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    nock(US).get('/v1.svc/teams').query(true).reply(500, '', {});
    const error = await caught(client.teams.list());
    expect(error.message).toMatch(/failed with 500: Internal Server Error$/);
  });

  it('maps a reset connection to NETWORK once retries are spent', async () => {
    let attempts = 0;
    const server = await loopback((req) => {
      attempts += 1;
      req.socket.destroy();
    });
    try {
      const { client } = newClient({ baseUrl: server.baseUrl });
      const error = await caught(client.teams.list());
      expect(error.code).toBe('NETWORK');
      expect(error.message).toContain('GET /teams');
      expect(attempts).toBe(4);
    } finally {
      await server.close();
    }
  });

  it('never puts the api key in the message, the excerpt or the cause', async () => {
    const { client, apiKey } = newClient();
    nock(US)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(404, { Detail: `No user for key ${apiKey}` });
    const error = await caught(client.users.get('u1'));
    expect(error.message).not.toContain(apiKey);
    expect(error.bodyExcerpt).toContain('***');
    expect(error.bodyExcerpt).not.toContain(apiKey);
    expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(apiKey);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('never puts the api key in a network error', async () => {
    const { client, apiKey } = newClient({ retry: { limit: 0 }, baseUrl: await closedPortUrl() });
    const error = await caught(client.teams.list());
    expect(error.code).toBe('NETWORK');
    expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(apiKey);
  });
});

describe('creating a user without duplicates', () => {
  const input = { UserName: 'ada@example.com', FirstName: 'Ada', LastName: 'Lovelace' };

  function lookupReturns(users: object[]) {
    return nock(US)
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '0', limit: '1000', search: input.UserName })
      .reply(200, users);
  }

  it('posts once and returns the created user', async () => {
    const { client } = newClient();
    const scope = nock(US)
      .post(
        '/v1.svc/users',
        (body: Record<string, unknown>) => body.UserName === input.UserName && body.Id === '',
      )
      .query({ source: 'unit-test', format: 'json', sendmessage: 'false' })
      .reply(201, full('u1', input.UserName));
    const result = await client.users.create(input);
    expect(result).toMatchObject({ adopted: false, user: { Id: 'u1' } });
    expect(scope.isDone()).toBe(true);
  });

  it('adopts the user when the connection resets after the POST was sent', async () => {
    const seen: string[] = [];
    const server = await loopback((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      seen.push(`${req.method} ${url.pathname}`);
      if (req.method === 'POST') {
        req.resume();
        req.on('end', () => req.socket.destroy());
        return;
      }
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/v1.svc/users' && url.searchParams.get('search') === input.UserName) {
        res.end(JSON.stringify([summary('u7', 'ada@example.com.au'), summary('u9', input.UserName)]));
      } else if (url.pathname === '/v1.svc/users/u9') {
        res.end(JSON.stringify(full('u9', input.UserName)));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    try {
      const { client } = newClient({ baseUrl: server.baseUrl });
      const result = await client.users.create(input);
      expect(result.adopted).toBe(true);
      expect(result.user.Id).toBe('u9');
      expect(seen).toEqual(['POST /v1.svc/users', 'GET /v1.svc/users', 'GET /v1.svc/users/u9']);
    } finally {
      await server.close();
    }
  });

  it('adopts the user when the POST times out', async () => {
    // The timeout must be long enough for the lookups to answer on a loaded machine, and the POST's
    // answer far later than it.
    const { client } = newClient({ timeoutMs: 300 });
    nock(US).post('/v1.svc/users').query(true).delay(1_500).reply(201, full('late', input.UserName));
    lookupReturns([summary('u9', input.UserName)]);
    nock(US).get('/v1.svc/users/u9').query(true).reply(200, full('u9', input.UserName));
    await expect(client.users.create(input)).resolves.toMatchObject({ adopted: true, user: { Id: 'u9' } });
  });

  it('posts again after a 503 only when the lookup finds nothing', async () => {
    const { client } = newClient();
    const scope = nock(US)
      .post('/v1.svc/users')
      .query(true)
      .reply(503, '')
      .post('/v1.svc/users')
      .query(true)
      .reply(201, full('u1', input.UserName));
    const lookup = lookupReturns([summary('other', 'ada@example.company')]);
    await expect(client.users.create(input)).resolves.toMatchObject({ adopted: false, user: { Id: 'u1' } });
    expect(scope.isDone() && lookup.isDone()).toBe(true);
  });

  it('adopts when a repeated POST meets 409 after an unknown outcome', async () => {
    const { client } = newClient();
    nock(US)
      .post('/v1.svc/users')
      .query(true)
      .reply(504, '')
      .post('/v1.svc/users')
      .query(true)
      .reply(409, { Detail: 'UserName already exists' });
    lookupReturns([]);
    lookupReturns([summary('u3', input.UserName)]);
    nock(US).get('/v1.svc/users/u3').query(true).reply(200, full('u3', input.UserName));
    await expect(client.users.create(input)).resolves.toMatchObject({ adopted: true, user: { Id: 'u3' } });
  });

  it('repeats a POST answered 500 only after a lookup finds no such user', async () => {
    const { client } = newClient();
    const order: string[] = [];
    nock(US)
      .post('/v1.svc/users')
      .query(true)
      .times(4)
      .reply(() => {
        order.push('POST');
        return [500, '<html><HEAD><TITLE>Request Error</TITLE></HEAD><BODY>Details: it broke</BODY></html>'];
      });
    nock(US)
      .get('/v1.svc/users')
      .query(true)
      .times(4)
      .reply(() => {
        order.push('lookup');
        return [200, []];
      });
    const error = await caught(client.users.create(input));
    expect(error.code).toBe('SERVER');
    expect(error.message).toContain('Details: it broke');
    expect(order).toEqual(['POST', 'lookup', 'POST', 'lookup', 'POST', 'lookup', 'POST', 'lookup']);
  });

  it('reports USERNAME_TAKEN for a plain duplicate without looking it up', async () => {
    const { client } = newClient();
    nock(US).post('/v1.svc/users').query(true).reply(409, { Detail: 'UserName already exists' });
    const lookup = lookupReturns([summary('u1', input.UserName)]);
    const error = await caught(client.users.create(input));
    expect(error.code).toBe('USERNAME_TAKEN');
    expect(lookup.isDone()).toBe(false);
  });
});

describe('updating users', () => {
  it('deactivates with a full PUT whose Id matches the URL', async () => {
    const { client } = newClient();
    let putBody: Record<string, unknown> = {};
    nock(US).get('/v1.svc/users/u1').query(true).reply(200, full('u1'));
    nock(US)
      .put('/v1.svc/users/u1', (body: Record<string, unknown>) => {
        putBody = body;
        return true;
      })
      .query(true)
      .reply(200, '');
    nock(US)
      .get('/v1.svc/users/u1')
      .query(true)
      .reply(200, { ...full('u1'), Active: false });
    const user = await client.users.deactivate('u1');
    expect(user.Active).toBe(false);
    expect(putBody).toMatchObject({ Id: 'u1', Active: false, City: 'Paris', UserName: 'u1@example.com' });
  });
});

describe('batched user reads', () => {
  it('serves many reads from one listing and lists again after a write', async () => {
    const { client } = newClient();
    let listings = 0;
    nock(US)
      .get('/v1.svc/users')
      .query({ source: 'unit-test', format: 'json', start: '0', limit: '1000' })
      .times(2)
      .reply(() => {
        listings += 1;
        return [200, [summary('a'), { ...summary('b'), Active: listings === 1 }]];
      });
    nock(US).delete('/v1.svc/users/c').query(true).reply(200, '');

    const reads = await Promise.all(['a', 'b', 'a'].map((id) => client.users.getSummary(id)));
    expect(reads.map((u) => u.Id)).toEqual(['a', 'b', 'a']);
    expect((await client.users.getSummary('b')).Active).toBe(true);
    expect(listings).toBe(1);

    await client.users.delete('c');
    expect((await client.users.getSummary('b')).Active).toBe(false);
    expect(listings).toBe(2);
  });

  it('throws NOT_FOUND for an id the listing lacks', async () => {
    const { client } = newClient();
    nock(US)
      .get('/v1.svc/users')
      .query(true)
      .reply(200, [summary('a')]);
    expect((await caught(client.users.getSummary('zz'))).code).toBe('NOT_FOUND');
  });
});

describe('the shared request budget', () => {
  it('makes clients with the same key wait on one budget, and other keys not', async () => {
    const shared = 'shared-key-for-budget-test';
    const options = { requestsPerMinute: 2, throttleIntervalMs: 60_000 };
    const a = newClient({ apiKey: shared, ...options }).client;
    const b = newClient({ apiKey: shared, ...options }).client;
    const other = newClient(options).client;
    let served = 0;
    nock(US)
      .get('/v1.svc/courses/c1')
      .query(true)
      .times(10)
      .reply(() => {
        served += 1;
        return [200, { Id: 'c1' }];
      });

    await a.courses.get('c1');
    await b.courses.get('c1');
    const third = b.courses.get('c1');
    await other.courses.get('c1');
    expect(served).toBe(3);
    expect(queuedRequests(shared)).toBe(1);

    resetRequestGates();
    await expect(third).rejects.toBeInstanceOf(LitmosError);
    expect(served).toBe(3);
  });
});
