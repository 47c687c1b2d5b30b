import got from 'got';

import {
  ConductorOneClient,
  ConductorOneError,
  createClientAssertion,
  createLitmosIntegration,
  deleteLitmosIntegration,
  generateClientCredentials,
  importSigningKey,
  readLitmosIntegration,
  updateLitmosIntegration,
  type ConductorOneClientOptions,
} from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';

let sim: ConductorOneSimulator;
let sleeps: number[];

beforeEach(async () => {
  sim = await startConductorOneSimulator({ port: 0 });
  sleeps = [];
});

afterEach(async () => {
  await sim.close();
});

function client(extra: Partial<ConductorOneClientOptions> = {}): ConductorOneClient {
  return new ConductorOneClient({
    serverUrl: sim.serverUrl,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    retry: { baseDelayMs: 1 },
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...extra,
  });
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

/** POSTs a raw token form, to exercise the simulator's checks directly. */
async function tokenRequest(form: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const res = await got.post(`${sim.serverUrl}/auth/v1/token`, {
    form,
    throwHttpErrors: false,
    retry: { limit: 0 },
    responseType: 'json',
  });
  return { status: res.statusCode, body: res.body };
}

async function assertionFor(
  creds: { clientId: string; privateJwk: Parameters<typeof importSigningKey>[0] },
  audience = '127.0.0.1',
): Promise<string> {
  return createClientAssertion(
    { clientId: creds.clientId, audience, nowMs: Date.now() },
    await importSigningKey(creds.privateJwk),
  );
}

describe('token flow', () => {
  it('mints one token with a client assertion and reuses it for API calls', async () => {
    const c = client();
    await c.verifyCredentials();
    const app = await c.createApp({ displayName: 'Litmos' });
    await c.getApp(app.id);
    expect(sim.stats.get('POST /auth/v1/token')).toBe(1);
    expect(sim.stats.get('POST /api/v1/apps')).toBe(1);
    expect(sim.stats.get('GET /api/v1/apps/{id}')).toBe(1);
  });

  it('rejects a client secret whose key does not match the registered public key', async () => {
    const impostor = await generateClientCredentials('127.0.0.1');
    const error = await caught(client({ clientSecret: impostor.clientSecret }).verifyCredentials());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain('POST /auth/v1/token');
    expect(error.message).not.toContain(impostor.clientSecret);
  });

  it('rejects an unknown client ID', async () => {
    const stranger = await generateClientCredentials('127.0.0.1');
    const error = await caught(
      client({ clientId: stranger.clientId, clientSecret: stranger.clientSecret }).verifyCredentials(),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('checks audience, replay and the grant fields of a raw token request', async () => {
    const creds = await generateClientCredentials('127.0.0.1');
    sim.registerClient({ clientId: creds.clientId, publicJwk: creds.publicJwk, userId: sim.adminUserId });
    const base = {
      grant_type: 'client_credentials',
      client_id: creds.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    };

    const wrongAudience = await tokenRequest({
      ...base,
      client_assertion: await assertionFor(creds, 'evil.example'),
    });
    expect(wrongAudience).toMatchObject({ status: 401, body: { error: 'invalid_client' } });

    const good = await assertionFor(creds);
    const first = await tokenRequest({ ...base, client_assertion: good });
    expect(first).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 3600 } });
    expect(await tokenRequest({ ...base, client_assertion: good })).toMatchObject({ status: 401 });

    expect(
      await tokenRequest({ ...base, grant_type: 'password', client_assertion: await assertionFor(creds) }),
    ).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    expect(await tokenRequest({ grant_type: 'client_credentials', client_id: creds.clientId })).toMatchObject(
      {
        status: 400,
      },
    );
  });

  it('accepts the documented client_secret form grant for the seeded client', async () => {
    const res = await tokenRequest({
      grant_type: 'client_credentials',
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
    });
    expect(res.status).toBe(200);
  });

  it('requires a valid bearer token on the API', async () => {
    const res = await got.get(`${sim.serverUrl}/api/v1/apps/x`, {
      headers: { authorization: 'Bearer made-up' },
      throwHttpErrors: false,
      retry: { limit: 0 },
      responseType: 'json',
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('fetches a new token after the server forgets the old one', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    sim.revokeAllTokens();
    await c.getApp(app.id);
    expect(sim.stats.get('POST /auth/v1/token')).toBe(2);
  });

  it('expires tokens after expires_in by its own clock, and the client recovers', async () => {
    let simClock = Date.now();
    const timed = await startConductorOneSimulator({ tokenTtlSeconds: 60, now: () => simClock });
    try {
      const c = new ConductorOneClient({
        serverUrl: timed.serverUrl,
        clientId: timed.clientId,
        clientSecret: timed.clientSecret,
      });
      const app = await c.createApp({ displayName: 'Litmos' });
      simClock += 61_000; // the client's clock stands still, so it still trusts its token
      await expect(c.getApp(app.id)).resolves.toMatchObject({ id: app.id });
      expect(timed.stats.get('POST /auth/v1/token')).toBe(2);
      expect(timed.stats.get('GET /api/v1/apps/{id}')).toBe(2);
    } finally {
      await timed.close();
    }
  });

  it('gives up with UNAUTHENTICATED when even a fresh token is refused', async () => {
    const c = client();
    await c.verifyCredentials();
    sim.setTokenTtlSeconds(0); // tokens are born expired
    sim.revokeAllTokens();
    const error = await caught(c.createApp({ displayName: 'x' }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(sim.stats.get('POST /auth/v1/token')).toBe(2);
    expect(sim.stats.get('POST /api/v1/apps')).toBe(2);
  });
});

describe('apps, connectors and owners', () => {
  it('creates an app and a Litmos connector, and reads it back without the API key', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos', owners: [sim.otherUserId] });
    const created = await createLitmosIntegration(c, {
      appId: app.id,
      settings: { source: 'acme', apiKey: 'litmos-secret-key', courseIds: ['11', '22'] },
    });
    expect(created).toMatchObject({
      appId: app.id,
      source: 'acme',
      courseIds: ['11', '22'],
      userIds: [sim.adminUserId],
    });
    expect(created.id).toMatch(/^[0-9A-Za-z]{27}$/);

    const read = await readLitmosIntegration(c, app.id, created.id);
    expect(read).toEqual(created);
    expect(sim.store.connectors.get(created.id)?.configuration.litmos_api_key).toBe('litmos-secret-key');

    // The raw JSON never carries the key, and has the envelope the official provider relies on.
    const { access_token: token } = (
      await tokenRequest({
        grant_type: 'client_credentials',
        client_id: sim.clientId,
        client_secret: sim.clientSecret,
      })
    ).body as { access_token: string };
    const raw = await got.get(`${sim.serverUrl}/api/v1/apps/${app.id}/connectors/${created.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(raw.headers['content-type']).toBe('application/json');
    expect(raw.body).not.toContain('litmos-secret-key');
    expect(raw.body).not.toContain('litmos_api_key');
    expect(JSON.parse(raw.body)).toMatchObject({
      connectorView: {
        connector: {
          id: created.id,
          deletedAt: null,
          config: {
            '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig',
            configuration: {
              litmos_source: { stringValue: 'acme' },
              litmos_course_ids: { stringValue: '11,22' },
            },
          },
        },
      },
    });
    expect((await c.listAppOwners(app.id)).map((u) => u.id)).toEqual([sim.otherUserId]);
  });

  it('updates the config key by key, clears a dropped course list, and changes owners through the owners API', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const created = await createLitmosIntegration(c, {
      appId: app.id,
      settings: { source: 'acme', apiKey: 'k1', courseIds: ['1'] },
    });
    const updated = await updateLitmosIntegration(c, {
      id: created.id,
      appId: app.id,
      userIds: [sim.otherUserId],
      settings: { source: 'globex', apiKey: 'k2' },
    });
    expect(updated).toMatchObject({ source: 'globex', userIds: [sim.otherUserId] });
    expect(updated.courseIds).toBeUndefined();
    expect(sim.store.connectors.get(created.id)?.configuration).toEqual({
      litmos_source: 'globex',
      litmos_api_key: 'k2',
    });
    expect(sim.stats.get('POST /api/v1/apps/{app_id}/connectors/{id}')).toBe(1);
    expect(sim.stats.get('PUT /api/v2/apps/{app_id}/connectors/{connector_id}/owners')).toBe(1);
    expect(sim.stats.get('POST /api/v1/apps/{connector_app_id}/connectors/{connector_id}/delegated')).toBe(0);
  });

  it('merges config key by key: a key left out is kept, an empty one is deleted', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const created = await createLitmosIntegration(c, {
      appId: app.id,
      settings: { source: 'acme', apiKey: 'k1', courseIds: ['1', '2'] },
    });
    const envelope = (configuration: Record<string, { stringValue: string }>) => ({
      '@type': 'type.googleapis.com/c1.api.app.v1.EnvConfig',
      configuration,
    });
    await c.updateConnector(
      { id: created.id, appId: app.id, config: envelope({ litmos_course_ids: { stringValue: '' } }) },
      ['config'],
    );
    expect(sim.store.connectors.get(created.id)?.configuration).toEqual({
      litmos_source: 'acme',
      litmos_api_key: 'k1',
    });
  });

  it('refuses a snake_case or unknown update mask path', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const { id } = await createLitmosIntegration(c, { appId: app.id, settings: { source: 'a' } });
    const update = (path: string) =>
      c.updateConnector({ id, appId: app.id, userIds: [sim.otherUserId] }, [path as 'userIds']);
    await expect(update('user_ids')).rejects.toMatchObject({ status: 400, message: /lowerCamelCase/ });
    await expect(update('owners')).rejects.toMatchObject({ status: 400, message: /unsupported/ });
    await expect(update('userIds')).resolves.toMatchObject({ userIds: [sim.otherUserId] });
  });

  it('honours the update mask: a config update leaves owners alone', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const created = await createLitmosIntegration(c, { appId: app.id, settings: { source: 'a' } });
    const after = await c.updateConnector(
      {
        id: created.id,
        appId: app.id,
        userIds: [sim.otherUserId],
        config: { '@type': 'x.Config', configuration: {} },
      },
      ['config'],
    );
    expect(after.userIds).toEqual([sim.adminUserId]);
  });

  it('creates a delegated connector without config and rejects unknown owners', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const pending = await createLitmosIntegration(c, { appId: app.id, settings: {} });
    expect(pending).toEqual(expect.objectContaining({ appId: app.id, userIds: [sim.adminUserId] }));
    expect((await c.getConnector(app.id, pending.id)).config).toBeNull();
    const error = await caught(
      createLitmosIntegration(c, { appId: app.id, userIds: ['nobody'], settings: {} }),
    );
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', status: 400 });
  });

  it('soft-deletes: a deleted connector and a deleted app answer 404', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    const created = await createLitmosIntegration(c, { appId: app.id, settings: { source: 'a' } });
    await deleteLitmosIntegration(c, app.id, created.id);
    expect((await caught(readLitmosIntegration(c, app.id, created.id))).code).toBe('NOT_FOUND');
    expect((await caught(c.deleteConnector(app.id, created.id))).code).toBe('NOT_FOUND');
    expect(sim.store.connectors.get(created.id)?.deletedAt).toEqual(expect.any(String));

    await c.deleteApp(app.id);
    expect((await caught(c.getApp(app.id))).code).toBe('NOT_FOUND');
    await expect(c.deleteApp(app.id)).resolves.toBeUndefined();
  });

  it('updates an app and replaces its owners', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Old' });
    const updated = await c.updateApp(app.id, { displayName: 'New', description: 'd' });
    expect(updated).toMatchObject({ id: app.id, displayName: 'New', description: 'd' });
    await c.setAppOwners(app.id, [sim.adminUserId, sim.otherUserId]);
    await c.removeAppOwner(app.id, sim.adminUserId);
    expect((await c.listAppOwners(app.id)).map((u) => u.id)).toEqual([sim.otherUserId]);
  });

  it('searches apps by whole display name without regard to case, across pages, leaving deleted apps out', async () => {
    const c = client();
    const made = [];
    for (let i = 0; i < 11; i++)
      made.push(await c.createApp({ displayName: i % 2 ? 'Searched' : 'SEARCHED' }));
    await c.createApp({ displayName: 'Searched too' });
    const gone = await c.createApp({ displayName: 'Searched' });
    await c.deleteApp(gone.id);
    const first = await c.searchApps({ displayName: 'searched' }, { pageSize: 10 });
    expect(first.list).toHaveLength(10);
    expect(first.nextPageToken).not.toBe('');
    const all = await c.listApps({ displayName: 'searched' });
    expect(all.map((a) => a.id).sort()).toEqual(made.map((a) => a.id).sort());
  });

  it('finds the seeded users', async () => {
    const c = client();
    expect((await c.listUsers()).map((u) => u.id).sort()).toEqual([sim.adminUserId, sim.otherUserId].sort());
    expect((await c.listUsers({ email: 'owner@example.com' })).map((u) => u.id)).toEqual([sim.otherUserId]);
  });
});

describe('faults', () => {
  it('recovers from 429s, waiting as Retry-After says', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    sim.faults.rateLimit({ count: 2, retryAfterSeconds: 3, pathPrefix: '/api/v1/apps/' });
    await expect(c.getApp(app.id)).resolves.toMatchObject({ id: app.id });
    expect(sleeps).toEqual([3000, 3000]);
    expect(sim.stats.get('GET /api/v1/apps/{id}')).toBe(3);
  });

  it('recovers from 503 and from a dropped connection on a GET, but not from a drop on a POST', async () => {
    const c = client();
    const app = await c.createApp({ displayName: 'Litmos' });
    sim.faults.serverError({ count: 1, status: 503 });
    sim.faults.dropConnection({ count: 1, method: 'GET' });
    await expect(c.getApp(app.id)).resolves.toMatchObject({ id: app.id });
    expect(sleeps).toEqual([1, 2]);

    sim.faults.dropConnection({ count: 1, method: 'POST', pathPrefix: '/api/v1/apps' });
    expect((await caught(c.createApp({ displayName: 'x' }))).code).toBe('NETWORK');
  });

  it('is controlled over HTTP under /_sim', async () => {
    const c = client();
    await c.verifyCredentials();
    const added = await got
      .post(`${sim.serverUrl}/_sim/faults`, {
        json: { effect: { kind: 'status', status: 500 }, count: 1, pathPrefix: '/api/v1/apps' },
      })
      .json<{ id: number }>();
    expect(added.id).toEqual(expect.any(Number));
    expect(sim.faults.list()).toHaveLength(1);
    expect((await caught(c.createApp({ displayName: 'x' }))).code).toBe('SERVER');

    const bad = await got.post(`${sim.serverUrl}/_sim/faults`, {
      json: { effect: { kind: 'explode' } },
      throwHttpErrors: false,
    });
    expect(bad.statusCode).toBe(400);

    const stats = await got
      .get(`${sim.serverUrl}/_sim/stats`)
      .json<{ requests: Record<string, number>; total: number }>();
    expect(stats.requests['POST /api/v1/apps']).toBe(1);
    expect(stats.requests['POST /auth/v1/token']).toBe(1);
    expect(stats.total).toBe(2);

    sim.faults.rateLimit({ count: 5 });
    await got.delete(`${sim.serverUrl}/_sim/faults`);
    expect(sim.faults.list()).toEqual([]);
  });
});
