import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import nock from 'nock';

import { ConductorOneClient, type ConductorOneClientOptions } from './client.js';
import { ConductorOneError } from './errors.js';
import {
  createLitmosIntegration,
  listLitmosIntegrations,
  updateLitmosIntegration,
} from './litmos-integration.js';
import { generateClientCredentials, type GeneratedClientCredentials } from './testing.js';

const HOST = 'https://acme.conductor.one';

let creds: GeneratedClientCredentials;
let clock: number;
let sleeps: number[];

beforeAll(async () => {
  creds = await generateClientCredentials('acme.conductor.one');
  nock.disableNetConnect();
});

afterAll(() => {
  nock.enableNetConnect();
});

beforeEach(() => {
  clock = Date.parse('2026-05-01T10:00:00Z');
  sleeps = [];
});

afterEach(() => {
  nock.cleanAll();
});

function client(extra: Partial<ConductorOneClientOptions> = {}): ConductorOneClient {
  return new ConductorOneClient({
    tenant: 'acme',
    clientId: creds.clientId,
    clientSecret: creds.clientSecret,
    now: () => clock,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    retry: { baseDelayMs: 10 },
    ...extra,
  });
}

/** A token endpoint that hands out `tok-1`, `tok-2`, … and records each form it received. */
function tokenEndpoint(expiresIn = 3600): { forms: URLSearchParams[] } {
  const forms: URLSearchParams[] = [];
  nock(HOST)
    .post('/auth/v1/token')
    .times(20)
    .reply(function (_uri, body) {
      forms.push(new URLSearchParams(String(body)));
      return [200, { access_token: `tok-${forms.length}`, token_type: 'Bearer', expires_in: expiresIn }];
    });
  return { forms };
}

async function caught(promise: Promise<unknown>): Promise<ConductorOneError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof ConductorOneError) return error;
    throw error;
  }
  throw new Error('expected a ConductorOneError');
}

const APP = { app: { id: 'app-1', displayName: 'Litmos' } };

describe('token minting', () => {
  it('posts a signed EdDSA client assertion that verifies with the public key', async () => {
    const { forms } = tokenEndpoint();
    let authorization: string | undefined;
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .reply(function () {
        authorization = String(this.req.headers.authorization);
        return [200, APP];
      });

    await client().getApp('app-1');

    expect(forms).toHaveLength(1);
    const form = forms[0] ?? new URLSearchParams();
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe(creds.clientId);
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const assertion = form.get('client_assertion') ?? '';
    expect(decodeProtectedHeader(assertion)).toMatchObject({
      alg: 'EdDSA',
      nonce: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const { payload } = await jwtVerify(assertion, await importJWK({ ...creds.publicJwk }, 'EdDSA'), {
      currentDate: new Date(clock),
      issuer: creds.clientId,
      subject: creds.clientId,
      audience: 'acme.conductor.one',
    });
    expect(payload.exp).toBe(clock / 1000 + 120);
    expect(authorization).toBe('Bearer tok-1');
  });

  it('uses the host without its port as the audience', async () => {
    const forms: URLSearchParams[] = [];
    nock('https://c1.example.test:8443')
      .post('/auth/v1/token')
      .reply(200, (_uri, body) => {
        forms.push(new URLSearchParams(String(body)));
        return { access_token: 't', expires_in: 60 };
      });
    await client({ tenant: undefined, serverUrl: 'https://c1.example.test:8443' }).verifyCredentials();
    const { payload } = await jwtVerify(
      forms[0]?.get('client_assertion') ?? '',
      await importJWK({ ...creds.publicJwk }, 'EdDSA'),
      {
        currentDate: new Date(clock),
      },
    );
    expect(payload.aud).toBe('c1.example.test');
  });

  it('caches the token until shortly before expires_in, then mints a new one', async () => {
    const { forms } = tokenEndpoint(60);
    const seen: string[] = [];
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .times(4)
      .reply(function () {
        seen.push(String(this.req.headers.authorization));
        return [200, APP];
      });
    const c = client({ tokenRefreshMarginMs: 10_000 });

    await c.getApp('app-1');
    clock += 49_000;
    await c.getApp('app-1');
    clock += 2_000; // 51 s: inside the 10 s refresh margin
    await c.getApp('app-1');
    await c.getApp('app-1');

    expect(forms).toHaveLength(2);
    expect(seen).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-2', 'Bearer tok-2']);
  });

  it('shares one in-flight token request among concurrent callers', async () => {
    const { forms } = tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').times(5).reply(200, APP);
    const c = client();
    await Promise.all([1, 2, 3, 4, 5].map(() => c.getApp('app-1')));
    expect(forms).toHaveLength(1);
  });

  it('does not cache a token whose expires_in is missing', async () => {
    const forms: string[] = [];
    nock(HOST)
      .post('/auth/v1/token')
      .times(2)
      .reply(200, (_uri, body) => {
        forms.push(String(body));
        return { access_token: 'bearer short' };
      });
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .times(2)
      .matchHeader('authorization', 'Bearer short')
      .reply(200, APP);
    const c = client();
    await c.getApp('app-1');
    await c.getApp('app-1');
    expect(forms).toHaveLength(2);
  });

  it('fetches a fresh token once when the API answers 401', async () => {
    const { forms } = tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').matchHeader('authorization', 'Bearer tok-1').reply(401, {});
    nock(HOST).get('/api/v1/apps/app-1').matchHeader('authorization', 'Bearer tok-2').reply(200, APP);
    await expect(client().getApp('app-1')).resolves.toMatchObject({ id: 'app-1' });
    expect(forms).toHaveLength(2);
  });

  it('reports a rejected token request as UNAUTHENTICATED without the secret or the assertion', async () => {
    const forms: string[] = [];
    nock(HOST)
      .post('/auth/v1/token')
      .reply(400, (_uri, body) => {
        forms.push(String(body));
        const assertion = new URLSearchParams(String(body)).get('client_assertion');
        return {
          error: 'invalid_client',
          error_description: `bad assertion ${assertion} for ${creds.clientSecret}`,
        };
      });
    const error = await caught(client().getApp('app-1'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain('/auth/v1/token');
    const assertion = new URLSearchParams(forms[0]).get('client_assertion') ?? 'missing';
    expect(error.message).not.toContain(assertion);
    expect(error.message).not.toContain(creds.clientSecret);
    expect(error.message).not.toContain(creds.privateJwk.d);
    expect(JSON.stringify(error)).not.toContain(creds.clientSecret);
  });

  it('rejects a token response without access_token', async () => {
    nock(HOST).post('/auth/v1/token').reply(200, { token_type: 'Bearer', expires_in: 60 });
    expect((await caught(client().verifyCredentials())).code).toBe('UNAUTHENTICATED');
  });
});

describe('static access token', () => {
  it('sends the given token and never calls the token endpoint', async () => {
    const token = nock(HOST).post('/auth/v1/token').reply(500);
    nock(HOST).get('/api/v1/apps/app-1').matchHeader('authorization', 'Bearer static-abc').reply(200, APP);
    await client({ clientId: undefined, clientSecret: undefined, accessToken: 'static-abc' }).getApp('app-1');
    expect(token.isDone()).toBe(false);
  });

  it('does not retry a 401 with a static token, and keeps the token out of the message', async () => {
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .reply(401, { code: 'unauthenticated', message: 'token static-abc expired' });
    const error = await caught(client({ accessToken: 'static-abc' }).getApp('app-1'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).not.toContain('static-abc');
    expect(error.message).toContain('GET /api/v1/apps/app-1');
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says on 429 and then succeeds', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').reply(429, { code: 'resource_exhausted' }, { 'Retry-After': '2' });
    nock(HOST).get('/api/v1/apps/app-1').reply(429, {}, { 'Retry-After': '1' });
    nock(HOST).get('/api/v1/apps/app-1').reply(200, APP);
    await expect(client().getApp('app-1')).resolves.toMatchObject({ id: 'app-1' });
    expect(sleeps).toEqual([2000, 1000]);
  });

  it('retries a 429 on a POST too, since the server did not act on it', async () => {
    tokenEndpoint();
    nock(HOST).post('/api/v1/apps').reply(429, {});
    nock(HOST).post('/api/v1/apps').reply(200, APP);
    await client().createApp({ displayName: 'Litmos' });
    expect(sleeps).toEqual([10]);
  });

  it('backs off on 503 with the configured base delay', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').times(2).reply(503, {});
    nock(HOST).get('/api/v1/apps/app-1').reply(200, APP);
    await client({ retry: { baseDelayMs: 7 } }).getApp('app-1');
    expect(sleeps).toEqual([7, 14]);
  });

  it('gives up after the retry budget with RATE_LIMITED', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').times(3).reply(429, {}, { 'Retry-After': '0' });
    const error = await caught(client({ retry: { maxRetries: 2 } }).getApp('app-1'));
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
      method: 'GET',
      path: '/api/v1/apps/app-1',
    });
    expect(sleeps).toHaveLength(2);
  });

  it('retries a GET whose connection failed, and reports NETWORK once the budget is spent', async () => {
    // Nothing listens on a freshly closed loopback port, so every attempt is refused.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    nock.enableNetConnect('127.0.0.1');
    const c = client({ tenant: undefined, serverUrl: `http://127.0.0.1:${port}`, accessToken: 'static-net' });
    const error = await caught(c.getApp('app-1'));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toContain('GET /api/v1/apps/app-1');
    expect(error.message).not.toContain('static-net');
    expect(sleeps).toEqual([10, 20, 40, 80, 160]);
    sleeps = [];
    expect((await caught(c.createApp({ displayName: 'x' }))).code).toBe('NETWORK');
    expect(sleeps).toEqual([]);
    nock.disableNetConnect();
  });
});

describe('server failures', () => {
  it('retries a GET after a 500 and a 502, but not a create (its outcome is unknown)', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').reply(500, { code: 'internal' });
    nock(HOST).get('/api/v1/apps/app-1').reply(502, 'Bad Gateway');
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .reply(200, { app: { id: 'app-1', displayName: 'Litmos' } });
    await expect(client().getApp('app-1')).resolves.toMatchObject({ id: 'app-1' });
    nock(HOST).post('/api/v1/apps').once().reply(500, { code: 'internal' });
    expect((await caught(client().createApp({ displayName: 'x' }))).code).toBe('SERVER');
  });
});

describe('error mapping', () => {
  it.each([
    [400, { code: 'invalid_argument', message: 'bad' }, 'INVALID_ARGUMENT'],
    [400, { code: 'failed_precondition' }, 'INVALID_ARGUMENT'],
    [403, {}, 'PERMISSION_DENIED'],
    [404, { code: 'not_found', message: 'app not found' }, 'NOT_FOUND'],
    [409, { code: 'already_exists' }, 'CONFLICT'],
    [422, {}, 'INVALID_ARGUMENT'],
    [500, { code: 'internal' }, 'SERVER'],
    [502, 'Bad Gateway', 'SERVER'],
  ])('maps HTTP %i %j to %s', async (status, body, code) => {
    tokenEndpoint();
    // 500 and 502 are retried for a GET (five retries by default); the rest are not.
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .times(status >= 500 ? 6 : 1)
      .reply(status, body);
    const error = await caught(client().getApp('app-1'));
    expect(error).toMatchObject({ code, status, method: 'GET', path: '/api/v1/apps/app-1' });
    expect(error.message).toContain(`GET /api/v1/apps/app-1 failed with HTTP ${status}`);
  });

  it('treats a 200 that is not JSON as a SERVER error', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').reply(200, '<html>', { 'Content-Type': 'text/html' });
    expect((await caught(client().getApp('app-1'))).code).toBe('SERVER');
  });

  it('treats a 201 as an error, as the official clients do', async () => {
    tokenEndpoint();
    nock(HOST).post('/api/v1/apps').reply(201, APP);
    expect((await caught(client().createApp({ displayName: 'x' }))).code).toBe('SERVER');
  });

  it('keeps a connector API key out of error messages even if the server echoes it', async () => {
    tokenEndpoint();
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/create')
      .reply(400, (_uri, body) => ({
        code: 'invalid_argument',
        message: `cannot use ${JSON.stringify(body)}`,
      }));
    const error = await caught(
      createLitmosIntegration(client(), {
        appId: 'app-1',
        settings: { source: 'acme', apiKey: 'litmos-key-XYZ' },
      }),
    );
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).not.toContain('litmos-key-XYZ');
    expect(error.message).toContain('[REDACTED]');
  });

  it('treats deleteApp of a missing app as done, but not deleteConnector', async () => {
    tokenEndpoint();
    nock(HOST).delete('/api/v1/apps/gone').reply(404, { code: 'not_found' });
    await expect(client().deleteApp('gone')).resolves.toBeUndefined();
    nock(HOST).delete('/api/v1/apps/a/connectors/gone').reply(404, { code: 'not_found' });
    expect((await caught(client().deleteConnector('a', 'gone'))).code).toBe('NOT_FOUND');
  });

  it('refuses a response without connectorView.connector', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/a/connectors/c').reply(200, { expanded: [] });
    expect((await caught(client().getConnector('a', 'c'))).code).toBe('SERVER');
  });
});

describe('configuration checks', () => {
  it.each<[string, ConductorOneClientOptions]>([
    ['plain http to a remote host', { serverUrl: 'http://c1.example.com', accessToken: 't' }],
    ['no credentials', { tenant: 'acme' }],
    ['a client ID without a secret', { tenant: 'acme', clientId: 'a@acme.conductor.one/spc' }],
    ['a malformed secret', { tenant: 'acme', clientId: 'a@b/c', clientSecret: 'secret-token:x' }],
    ['an unknown option', { tenant: 'acme', accessToken: 't', retries: 3 } as ConductorOneClientOptions],
    ['a negative retry delay', { tenant: 'acme', accessToken: 't', retry: { baseDelayMs: -1 } }],
  ])('rejects %s with CONFIG', (_name, options) => {
    expect(() => new ConductorOneClient(options)).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });

  it('accepts plain http to a loopback host', () => {
    expect(new ConductorOneClient({ serverUrl: 'http://127.0.0.1:8080', accessToken: 't' }).serverUrl).toBe(
      'http://127.0.0.1:8080',
    );
  });
});

describe('request shapes', () => {
  it('creates a configured Litmos connector with the EnvConfig envelope and no displayName', async () => {
    tokenEndpoint();
    let sent: unknown;
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/create', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(200, { connectorView: { connector: { id: 'c-1', appId: 'app-1', userIds: ['u1'] } } });
    await createLitmosIntegration(client(), {
      appId: 'app-1',
      userIds: [],
      settings: { source: 'acme', apiKey: 'k', courseIds: ['1', '2'] },
    });
    expect(sent).toEqual({
      catalogId: '2hnQvHSa8dS1hipSjquuvwvf5vG',
      config: {
        '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig',
        configuration: {
          litmos_source: { stringValue: 'acme' },
          litmos_api_key: { stringValue: 'k' },
          litmos_course_ids: { stringValue: '1,2' },
        },
      },
    });
  });

  it('creates a delegated connector when no setting is given', async () => {
    tokenEndpoint();
    let sent: unknown;
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors', (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(200, { connectorView: { connector: { id: 'c-1', appId: 'app-1', config: null } } });
    const created = await createLitmosIntegration(client(), {
      appId: 'app-1',
      userIds: ['u1'],
      settings: {},
    });
    expect(sent).toEqual({
      catalogId: '2hnQvHSa8dS1hipSjquuvwvf5vG',
      displayName: 'Litmos',
      userIds: ['u1'],
    });
    expect(created).toEqual({ id: 'c-1', appId: 'app-1', userIds: [] });
  });

  it('updates config with updateMask "config" and every managed key, then owners through the owners API', async () => {
    tokenEndpoint();
    const bodies: unknown[] = [];
    const view = (userIds: string[]) => ({
      connectorView: { connector: { id: 'c-1', appId: 'app-1', userIds } },
    });
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/c-1', (body: unknown) => bodies.push(body) > 0)
      .reply(200, view(['old']));
    nock(HOST)
      .put('/api/v2/apps/app-1/connectors/c-1/owners', (body: unknown) => bodies.push(body) > 0)
      .reply(200, {});
    nock(HOST)
      .get('/api/v1/apps/app-1/connectors/c-1')
      .reply(200, view(['new']));
    const updated = await updateLitmosIntegration(client(), {
      id: 'c-1',
      appId: 'app-1',
      userIds: ['new'],
      settings: { source: 's', courseIds: [] },
    });
    expect(updated.userIds).toEqual(['new']);
    expect(bodies[0]).toEqual({
      updateMask: 'config',
      connector: {
        id: 'c-1',
        appId: 'app-1',
        catalogId: '2hnQvHSa8dS1hipSjquuvwvf5vG',
        displayName: 'Litmos',
        config: {
          '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig',
          // A cleared course list is sent empty, so it is cleared under per-key merging too.
          configuration: { litmos_source: { stringValue: 's' }, litmos_course_ids: { stringValue: '' } },
        },
      },
    });
    expect(bodies[1]).toEqual({ roleSlug: 'owner', userRefs: [{ id: 'new' }] });
  });

  it('updates an app with an updateMask naming exactly the fields sent, and no app.id', async () => {
    tokenEndpoint();
    let sent: unknown;
    nock(HOST)
      .post('/api/v1/apps/app-1', (body: unknown) => (sent = body) !== undefined)
      .reply(200, { app: { id: 'app-1', displayName: 'L' } });
    await client().updateApp('app-1', { displayName: 'L', description: '' });
    expect(sent).toEqual({
      app: { displayName: 'L', description: '' },
      updateMask: 'displayName,description',
    });
  });

  it('does not send a create again after a 503, but retries a read', async () => {
    tokenEndpoint();
    const created = nock(HOST).post('/api/v1/apps').reply(503, { code: 'unavailable', message: 'busy' });
    await expect(client().createApp({ displayName: 'x' })).rejects.toMatchObject({ status: 503 });
    expect(created.isDone()).toBe(true);
    nock(HOST).get('/api/v1/apps/a1').reply(503, {});
    nock(HOST)
      .get('/api/v1/apps/a1')
      .reply(200, { app: { id: 'a1' } });
    await expect(client().getApp('a1')).resolves.toMatchObject({ id: 'a1' });
  });

  it('sends {} as the body of a connector delete and puts owners with PUT', async () => {
    tokenEndpoint();
    const deleted = nock(HOST).delete('/api/v1/apps/a/connectors/c', {}).reply(200, {});
    const owners = nock(HOST)
      .put('/api/v1/apps/a/owners', { userIds: ['u1', 'u2'] })
      .reply(200, {});
    const c = client();
    await c.deleteConnector('a', 'c');
    await c.setAppOwners('a', ['u1', 'u2']);
    expect(deleted.isDone() && owners.isDone()).toBe(true);
  });

  it('follows page tokens when listing owners', async () => {
    tokenEndpoint();
    nock(HOST)
      .get('/api/v1/apps/a/owners')
      .query({ page_size: '100' })
      .reply(200, { list: [{ id: 'u1' }], nextPageToken: 'p2' });
    nock(HOST)
      .get('/api/v1/apps/a/owners')
      .query({ page_size: '100', page_token: 'p2' })
      .reply(200, { list: [{ id: 'u2' }], nextPageToken: '' });
    expect((await client().listAppOwners('a')).map((u) => u.id)).toEqual(['u1', 'u2']);
  });

  it('encodes path parameters', async () => {
    tokenEndpoint();
    const scope = nock(HOST).get('/api/v1/apps/a%2Fb').reply(200, APP);
    await client().getApp('a/b');
    expect(scope.isDone()).toBe(true);
  });
});

describe('what each call sends', () => {
  it('sends the configured user agent and asks for JSON', async () => {
    const scope = nock(HOST)
      .get('/api/v1/apps/app-1')
      .matchHeader('user-agent', 'litmos-ops/2')
      .matchHeader('accept', 'application/json')
      .reply(200, APP);
    await client({ accessToken: 'static-abc', userAgent: 'litmos-ops/2' }).getApp('app-1');
    expect(scope.isDone()).toBe(true);
  });

  it('adds one app owner with an empty JSON body and removes one by path', async () => {
    tokenEndpoint();
    const added = nock(HOST).post('/api/v1/apps/a/owners/u%201', {}).reply(200, {});
    const removed = nock(HOST).delete('/api/v1/apps/a/owners/u%201').reply(200, {});
    const c = client();
    await c.addAppOwner('a', 'u 1');
    await c.removeAppOwner('a', 'u 1');
    expect(added.isDone() && removed.isDone()).toBe(true);
  });

  it('searches users with the filter, 100 per page, and the page token only once there is one', async () => {
    tokenEndpoint();
    const bodies: unknown[] = [];
    nock(HOST)
      .post('/api/v1/search/users', (body: unknown) => bodies.push(body) > 0)
      .reply(200, { list: [{ user: { id: 'u1' } }], nextPageToken: 'p2' });
    nock(HOST)
      .post('/api/v1/search/users', (body: unknown) => bodies.push(body) > 0)
      .reply(200, { list: [{ user: { id: 'u2' } }] });
    const users = await client().listUsers({ email: 'ada@example.com' });
    expect(users.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(bodies).toEqual([
      { email: 'ada@example.com', pageSize: 100 },
      { email: 'ada@example.com', pageSize: 100, pageToken: 'p2' },
    ]);
  });

  it('searches apps by display name, 100 per page unless a page size is given', async () => {
    tokenEndpoint();
    const bodies: unknown[] = [];
    nock(HOST)
      .post('/api/v1/search/apps', (body: unknown) => bodies.push(body) > 0)
      .times(2)
      .reply(200, { list: [{ id: 'app-1', displayName: 'Litmos' }] });
    const c = client();
    expect((await c.listApps({ displayName: 'Litmos' })).map((a) => a.id)).toEqual(['app-1']);
    await c.searchApps({ query: 'lit' }, { pageSize: 5, pageToken: 't' });
    expect(bodies).toEqual([
      { displayName: 'Litmos', pageSize: 100 },
      { query: 'lit', pageSize: 5, pageToken: 't' },
    ]);
  });

  it('retries a search, an app update and a connector update after a 503, since repeating them does no harm', async () => {
    tokenEndpoint();
    const connector = { connectorView: { connector: { id: 'c', appId: 'a' } } };
    nock(HOST).post('/api/v1/search/apps').reply(503, {});
    nock(HOST).post('/api/v1/search/apps').reply(200, { list: [] });
    nock(HOST).post('/api/v1/apps/a').reply(503, {});
    nock(HOST).post('/api/v1/apps/a').reply(200, APP);
    nock(HOST).post('/api/v1/apps/a/connectors/c').reply(503, {});
    nock(HOST).post('/api/v1/apps/a/connectors/c').reply(200, connector);
    nock(HOST).post('/api/v1/apps/a/connectors/c/delegated').reply(503, {});
    nock(HOST).post('/api/v1/apps/a/connectors/c/delegated').reply(200, connector);
    const c = client();
    await c.searchApps();
    await c.updateApp('a', { displayName: 'L' });
    await c.updateConnector({ id: 'c', appId: 'a', displayName: 'L' }, ['displayName']);
    await c.updateDelegatedConnector({ id: 'c', appId: 'a', userIds: ['u'] }, ['userIds', 'userIds']);
    expect(sleeps).toEqual([10, 10, 10, 10]);
  });

  it('sends a repeated mask path once and refuses an empty mask or an update with nothing set', async () => {
    tokenEndpoint();
    let sent: Record<string, unknown> = {};
    nock(HOST)
      .post(
        '/api/v1/apps/a/connectors/c/delegated',
        (body: Record<string, unknown>) => (sent = body) !== undefined,
      )
      .reply(200, { connectorView: { connector: { id: 'c', appId: 'a' } } });
    const c = client();
    await c.updateDelegatedConnector({ id: 'c', appId: 'a', userIds: ['u'] }, ['userIds', 'userIds']);
    expect(sent.updateMask).toBe('userIds');
    expect((await caught(c.updateConnector({ id: 'c', appId: 'a' }, []))).code).toBe('CONFIG');
    expect((await caught(c.updateApp('a', { description: undefined }))).code).toBe('CONFIG');
  });

  it('accepts JSON with a charset parameter, and an empty 200 body', async () => {
    tokenEndpoint();
    nock(HOST)
      .get('/api/v1/apps/app-1')
      .reply(200, JSON.stringify(APP), { 'Content-Type': 'Application/JSON; charset=utf-8' });
    nock(HOST).delete('/api/v1/apps/a/owners/u').reply(200, '', { 'Content-Type': 'application/json' });
    const c = client();
    await expect(c.getApp('app-1')).resolves.toMatchObject({ id: 'app-1' });
    await expect(c.removeAppOwner('a', 'u')).resolves.toBeUndefined();
  });
});

describe('what a failure says', () => {
  it.each([
    [400, { code: 'already_exists' }, 'CONFLICT'],
    [400, { code: 'NOT_FOUND' }, 'NOT_FOUND'],
    [400, { code: 'out_of_range' }, 'INVALID_ARGUMENT'],
    [401, { code: 'permission_denied' }, 'UNAUTHENTICATED'],
    [409, {}, 'CONFLICT'],
    [409, { code: 'failed_precondition' }, 'INVALID_ARGUMENT'],
    [409, { code: 'aborted' }, 'CONFLICT'],
    [418, { code: 'no_such_code' }, 'INVALID_ARGUMENT'],
  ])('maps HTTP %i %j to %s', async (status, body, code) => {
    tokenEndpoint();
    // A 401 on a minted token is tried once more with a fresh token.
    nock(HOST)
      .post('/api/v1/apps')
      .times(status === 401 ? 2 : 1)
      .reply(status, body);
    expect(await caught(client().createApp({ displayName: 'x' }))).toMatchObject({ code, status });
  });

  it('names the API code and cuts a long server message at 300 characters', async () => {
    tokenEndpoint();
    const long = `${'a'.repeat(300)}TAIL`;
    nock(HOST).post('/api/v1/apps').reply(400, { code: 'invalid_argument', message: long });
    const error = await caught(client().createApp({ displayName: 'x' }));
    expect(error.apiCode).toBe('invalid_argument');
    expect(error.message).toBe(
      `ConductorOne POST /api/v1/apps failed with HTTP 400 (invalid_argument): ${'a'.repeat(300)}`,
    );
  });

  it('reads OAuth2-style and plain-text error bodies into the message', async () => {
    tokenEndpoint();
    nock(HOST)
      .post('/api/v1/apps')
      .reply(403, { error: 'access_denied', error_description: 'no apps for you' });
    nock(HOST).post('/api/v1/apps').reply(400, '  plain words  ', { 'Content-Type': 'text/plain' });
    nock(HOST).post('/api/v1/apps').reply(400, '[1]');
    const c = client();
    expect(await caught(c.createApp({ displayName: 'x' }))).toMatchObject({
      code: 'PERMISSION_DENIED',
      apiCode: 'access_denied',
      message: 'ConductorOne POST /api/v1/apps failed with HTTP 403 (access_denied): no apps for you',
    });
    expect((await caught(c.createApp({ displayName: 'x' }))).message).toBe(
      'ConductorOne POST /api/v1/apps failed with HTTP 400: plain words',
    );
    expect((await caught(c.createApp({ displayName: 'x' }))).message).toBe(
      'ConductorOne POST /api/v1/apps failed with HTTP 400',
    );
  });

  it('does not follow a redirect: the answer is an error and the new location is never called', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').reply(302, '', { Location: 'https://elsewhere.example.test/x' });
    const elsewhere = nock('https://elsewhere.example.test').get('/x').reply(200, APP);
    expect(await caught(client().getApp('app-1'))).toMatchObject({ code: 'SERVER', status: 302 });
    expect(elsewhere.isDone()).toBe(false);
  });

  it('reports a failed app delete other than not found', async () => {
    tokenEndpoint();
    nock(HOST).delete('/api/v1/apps/a').reply(403, {});
    expect((await caught(client().deleteApp('a'))).code).toBe('PERMISSION_DENIED');
  });

  it('stops a listing whose server repeats a page token', async () => {
    tokenEndpoint();
    nock(HOST)
      .get('/api/v1/apps/a/connectors')
      .times(2)
      .query(true)
      .reply(200, { list: [], nextPageToken: 'same' });
    const error = await caught(client().listConnectors('a'));
    expect(error).toMatchObject({ code: 'SERVER', message: expect.stringMatching(/repeating page token/) });
  });

  it('keeps every secret-looking config value out of error messages, plain or wrapped', async () => {
    tokenEndpoint();
    nock(HOST)
      .post('/api/v1/apps/a/connectors/c')
      .reply(400, (_uri, body) => ({ code: 'invalid_argument', message: `refused ${JSON.stringify(body)}` }));
    const configuration = {
      region: 'eu-visible', // first: the message keeps 300 characters of the server's text
      service_api_key: 'value-one-111',
      client_secret: { stringValue: 'value-two-222' },
      admin_password: 'value-three-333',
      refresh_token: { stringValue: 'value-four-444' },
    };
    const error = await caught(
      client().updateConnector(
        {
          id: 'c',
          appId: 'a',
          config: { '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig', configuration },
        },
        ['config'],
      ),
    );
    for (const secret of ['value-one-111', 'value-two-222', 'value-three-333', 'value-four-444']) {
      expect(error.message).not.toContain(secret);
    }
    expect(error.message).toContain('eu-visible');
  });
});

describe('option checks', () => {
  it.each<[string, Partial<ConductorOneClientOptions>]>([
    ['a zero timeout', { timeoutMs: 0 }],
    ['a zero page cap', { maxPages: 0 }],
    ['an endless response cap', { maxResponseBytes: Number.POSITIVE_INFINITY }],
    ['a negative refresh margin', { tokenRefreshMarginMs: -1 }],
    ['a negative retry count', { retry: { maxRetries: -1 } }],
    ['a negative delay cap', { retry: { maxDelayMs: -1 } }],
    ['a blank client secret', { clientSecret: '  ' }],
  ])('rejects %s with CONFIG', (_name, extra) => {
    expect(() => client(extra)).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });

  it('accepts every documented option, and a zero refresh margin or retry count', () => {
    expect(
      client({
        timeoutMs: 1,
        tokenRefreshMarginMs: 0,
        userAgent: 'x',
        maxResponseBytes: 1,
        maxPages: 1,
        retry: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0 },
      }).serverUrl,
    ).toBe(HOST);
  });
});

describe('the Litmos integration calls', () => {
  const litmosConnector = (over: Record<string, unknown>): Record<string, unknown> => ({
    id: 'c-1',
    appId: 'app-1',
    catalogId: '2hnQvHSa8dS1hipSjquuvwvf5vG',
    ...over,
  });

  it('lists only the Litmos connectors that are not deleted, with what they hold', async () => {
    tokenEndpoint();
    nock(HOST)
      .get('/api/v1/apps/app-1/connectors')
      .query(true)
      .reply(200, {
        list: [
          {
            connector: litmosConnector({
              id: 'live',
              deletedAt: '',
              createdAt: '2026-11-29T10:00:00Z',
              updatedAt: '2026-11-29T10:01:00Z',
              config: {
                '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig',
                configuration: { litmos_source: { stringValue: 'acme' } },
              },
            }),
          },
          { connector: litmosConnector({ id: 'gone', deletedAt: '2026-11-29T11:00:00Z' }) },
          { connector: litmosConnector({ id: 'baton', catalogId: '2HErg7BRmNdHgX8sTCWVq4E1fyh' }) },
        ],
      });
    expect(await listLitmosIntegrations(client(), 'app-1')).toEqual([
      {
        id: 'live',
        appId: 'app-1',
        userIds: [],
        source: 'acme',
        createdAt: '2026-11-29T10:00:00Z',
        updatedAt: '2026-11-29T10:01:00Z',
      },
    ]);
  });

  it('updates a connector still waiting for its configuration with a delegated displayName,userIds update', async () => {
    tokenEndpoint();
    let sent: unknown;
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/c-1/delegated', (body: unknown) => (sent = body) !== undefined)
      .reply(200, { connectorView: { connector: litmosConnector({ userIds: ['u2'] }) } });
    const updated = await updateLitmosIntegration(client(), {
      id: 'c-1',
      appId: 'app-1',
      userIds: ['u2'],
      settings: {},
    });
    expect(sent).toEqual({
      updateMask: 'displayName,userIds',
      connector: {
        id: 'c-1',
        appId: 'app-1',
        catalogId: '2hnQvHSa8dS1hipSjquuvwvf5vG',
        displayName: 'Litmos',
        userIds: ['u2'],
      },
    });
    expect(updated.userIds).toEqual(['u2']);
  });

  it('leaves the owners alone when they already match in another order, or none are asked for', async () => {
    tokenEndpoint();
    // No owners call is set up: one would fail the update.
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/c-1')
      .times(2)
      .reply(200, { connectorView: { connector: litmosConnector({ userIds: ['u1', 'u2'] }) } });
    const c = client();
    const settings = { source: 'acme' };
    await updateLitmosIntegration(c, { id: 'c-1', appId: 'app-1', userIds: ['u2', 'u1'], settings });
    await updateLitmosIntegration(c, { id: 'c-1', appId: 'app-1', settings });
  });

  it('sets the owners when the answer holds a different set of the same size', async () => {
    tokenEndpoint();
    nock(HOST)
      .post('/api/v1/apps/app-1/connectors/c-1')
      .reply(200, { connectorView: { connector: litmosConnector({ userIds: ['u1', 'u3'] }) } });
    const owners = nock(HOST)
      .put('/api/v2/apps/app-1/connectors/c-1/owners', {
        roleSlug: 'owner',
        userRefs: [{ id: 'u1' }, { id: 'u2' }],
      })
      .reply(200, {});
    nock(HOST)
      .get('/api/v1/apps/app-1/connectors/c-1')
      .reply(200, { connectorView: { connector: litmosConnector({ userIds: ['u1', 'u2'] }) } });
    const updated = await updateLitmosIntegration(client(), {
      id: 'c-1',
      appId: 'app-1',
      userIds: ['u1', 'u2'],
      settings: { source: 'acme' },
    });
    expect(owners.isDone()).toBe(true);
    expect(updated.userIds).toEqual(['u1', 'u2']);
  });
});

describe('token endpoint failures', () => {
  it.each([403, 404])('reports a token request refused with HTTP %i as UNAUTHENTICATED', async (status) => {
    nock(HOST).post('/auth/v1/token').reply(status, { error: 'invalid_client' });
    expect(await caught(client().verifyCredentials())).toMatchObject({
      code: 'UNAUTHENTICATED',
      status,
      method: 'POST',
      path: '/auth/v1/token',
      apiCode: 'invalid_client',
    });
  });

  it('keeps a server failure of the token endpoint a SERVER error, after retrying it', async () => {
    nock(HOST).post('/auth/v1/token').reply(503, {});
    nock(HOST).post('/auth/v1/token').reply(500, {});
    expect(
      (await caught(client({ retry: { maxRetries: 1, baseDelayMs: 10 } }).verifyCredentials())).code,
    ).toBe('SERVER');
    expect(sleeps).toEqual([10]);
  });
});

describe('answers the client refuses', () => {
  it('refuses a 200 whose JSON body is labelled as something else', async () => {
    tokenEndpoint();
    nock(HOST).get('/api/v1/apps/app-1').reply(200, JSON.stringify(APP), { 'Content-Type': 'text/plain' });
    expect(await caught(client().getApp('app-1'))).toMatchObject({
      code: 'SERVER',
      message: 'ConductorOne GET /api/v1/apps/app-1 failed: unexpected content type "text/plain"',
    });
  });

  it('sends JSON bodies labelled as JSON', async () => {
    tokenEndpoint();
    const scope = nock(HOST)
      .post('/api/v1/apps', { displayName: 'x' })
      .matchHeader('content-type', 'application/json')
      .reply(200, APP);
    await client().createApp({ displayName: 'x' });
    expect(scope.isDone()).toBe(true);
  });

  it.each<[string, (c: ConductorOneClient) => Promise<unknown>, string, Record<string, unknown>]>([
    ['an app without an id', (c) => c.getApp('a'), '/api/v1/apps/a', { app: { id: '', displayName: 'L' } }],
    [
      'a search hit without an id',
      (c) => c.searchApps(),
      '/api/v1/search/apps',
      { list: [{ displayName: 'L' }] },
    ],
    [
      'a search hit with an empty id',
      (c) => c.searchApps(),
      '/api/v1/search/apps',
      { list: [{ id: '', displayName: 'L' }] },
    ],
    ['a search hit without a name', (c) => c.searchApps(), '/api/v1/search/apps', { list: [{ id: 'a' }] }],
    ['a search hit that is not an object', (c) => c.searchApps(), '/api/v1/search/apps', { list: ['a'] }],
    ['a user hit without its user', (c) => c.searchUsers(), '/api/v1/search/users', { list: [{ id: 'u' }] }],
    [
      'a user without an id',
      (c) => c.searchUsers(),
      '/api/v1/search/users',
      { list: [{ user: { email: 'e' } }] },
    ],
    [
      'an owner without an id',
      (c) => c.listAppOwners('a'),
      '/api/v1/apps/a/owners',
      { list: [{ email: 'e' }] },
    ],
    ['a list that is not a list', (c) => c.searchApps(), '/api/v1/search/apps', { list: { id: 'a' } }],
  ])('refuses %s as a malformed answer', async (_name, call, path, body) => {
    tokenEndpoint();
    nock(HOST)
      .intercept(path, path.includes('search') ? 'POST' : 'GET')
      .query(true)
      .reply(200, body);
    expect(await caught(call(client()))).toMatchObject({
      code: 'SERVER',
      status: 200,
      message: expect.stringMatching(/returned a malformed response/),
    });
  });
});

describe('token refresh timing', () => {
  it('mints a new token exactly at the refresh margin, not one moment later', async () => {
    const { forms } = tokenEndpoint(60);
    nock(HOST).get('/api/v1/apps/app-1').times(3).reply(200, APP);
    const c = client({ tokenRefreshMarginMs: 10_000 });
    await c.getApp('app-1');
    clock += 49_999;
    await c.getApp('app-1');
    expect(forms).toHaveLength(1);
    clock += 1;
    await c.getApp('app-1');
    expect(forms).toHaveLength(2);
  });
});

describe('failures with little to say', () => {
  it('says only the status when the error body is empty or blank', async () => {
    tokenEndpoint();
    nock(HOST).post('/api/v1/apps').reply(403, '');
    nock(HOST).post('/api/v1/apps').reply(403, '   ', { 'Content-Type': 'text/plain' });
    const c = client();
    for (let i = 0; i < 2; i++) {
      expect((await caught(c.createApp({ displayName: 'x' }))).message).toBe(
        'ConductorOne POST /api/v1/apps failed with HTTP 403',
      );
    }
  });

  it('retries a user search after a 503, since a search changes nothing', async () => {
    tokenEndpoint();
    nock(HOST).post('/api/v1/search/users').reply(503, {});
    nock(HOST)
      .post('/api/v1/search/users')
      .reply(200, { list: [{ user: { id: 'u1' } }] });
    expect((await client().searchUsers()).list.map((u) => u.id)).toEqual(['u1']);
    expect(sleeps).toEqual([10]);
  });
});
