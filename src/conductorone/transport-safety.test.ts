/**
 * What the ConductorOne client refuses: endless bodies, endless listings, `.`/`..` IDs that would
 * collapse the request path, and a client ID whose host part is not a plain host. Real loopback
 * servers.
 */
import { ConductorOneClient } from './client.js';
import { ConductorOneError } from './errors.js';
import { parseClientId, resolveServerUrl } from './server-url.js';
import type { ServerResponse } from 'node:http';
import { loopback, type Loopback } from '../net/testing.js';

const json = (res: ServerResponse, body: unknown): void => {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

function clientFor(serverUrl: string, extra: { maxResponseBytes?: number; maxPages?: number } = {}) {
  return new ConductorOneClient({
    serverUrl,
    accessToken: 'static-access-token-secret',
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    sleep: async () => undefined,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<ConductorOneError> {
  try {
    await promise;
  } catch (e: unknown) {
    if (e instanceof ConductorOneError) return e;
    throw e;
  }
  throw new Error('expected a ConductorOneError');
}

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('response size and listing length', () => {
  it('an endless 200 body ends the request at the cap, without retries', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const endless = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('{');
      pump();
    });
    servers.push(endless);
    const error = await failure(clientFor(endless.origin, { maxResponseBytes: 1024 * 1024 }).getApp('a1'));
    expect(error.message).toMatch(/larger than 1048576 bytes/);
    expect(endless.seen).toHaveLength(1);
  });

  it('a listing whose page tokens never end stops at the page cap', async () => {
    let n = 0;
    const server = await loopback((_req, res) => {
      n += 1;
      json(res, { list: [], nextPageToken: `page-${n}` });
    });
    servers.push(server);
    const error = await failure(clientFor(server.origin, { maxPages: 5 }).listAppOwners('a1'));
    expect(error.message).toMatch(/did not end within 5 pages/);
    expect(server.seen).toHaveLength(5);
  });
});

describe('path segments', () => {
  it.each([
    ['getApp(..)', (c: ConductorOneClient) => c.getApp('..')],
    ['deleteApp(.)', (c: ConductorOneClient) => c.deleteApp('.')],
    ['removeAppOwner(a1, ..)', (c: ConductorOneClient) => c.removeAppOwner('a1', '..')],
    ['getConnector(.., c1)', (c: ConductorOneClient) => c.getConnector('..', 'c1')],
  ])('%s is refused before anything is sent', async (_name, call) => {
    const server = await loopback((_req, res) => json(res, {}));
    servers.push(server);
    const error = await failure(call(clientFor(server.origin)));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(server.seen).toHaveLength(0);
  });
});

describe('client ID host part', () => {
  it.each([
    'x@evil.com\\@acme.conductor.one/spc',
    'x@evil.com@acme.conductor.one/spc',
    'x@user:pw@acme.conductor.one/spc',
    'x@acme.conductor.one?x=1/spc',
    'x@acme.conductor.one#frag/spc',
    'x@acme.conductor.one:99999/spc',
    'x@ acme.conductor.one/spc',
  ])('%s is refused', (clientId) => {
    expect(() => parseClientId(clientId)).toThrow(/plain host name/);
    expect(() => resolveServerUrl({ clientId })).toThrow(ConductorOneError);
  });

  it.each([
    ['x@acme.conductor.one/spc', 'https://acme.conductor.one'],
    ['x@127.0.0.1:8080/spc', 'https://127.0.0.1:8080'],
    ['x@[::1]:8443/pcc', 'https://[::1]:8443'],
  ])('%s names %s', (clientId, url) => {
    expect(resolveServerUrl({ clientId })).toBe(url);
  });
});

describe('a server that never answers', () => {
  it('ends each attempt at the time limit, retries a read, and says it timed out', async () => {
    const silent = await loopback(() => undefined);
    servers.push(silent);
    const c = new ConductorOneClient({
      serverUrl: silent.origin,
      accessToken: 'static-access-token-secret',
      timeoutMs: 50,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1 },
      sleep: async () => undefined,
    });
    const error = await failure(c.getApp('a1'));
    expect(error).toMatchObject({ code: 'NETWORK', method: 'GET', path: '/api/v1/apps/a1' });
    expect(error.message).toBe('ConductorOne GET /api/v1/apps/a1 failed: the request timed out');
    expect(silent.seen).toHaveLength(2);
  });
});
