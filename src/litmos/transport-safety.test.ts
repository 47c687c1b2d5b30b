/**
 * What the Litmos client refuses on the wire: redirects (the apikey header must never travel),
 * endless or decompression-bomb bodies, paths that `..` or `.` would collapse, and base URLs that
 * would send the key in clear or carry credentials. Real loopback servers, no nock.
 */
import { gzipSync } from 'node:zlib';
import { LitmosClient } from './client.js';
import { LitmosError } from './errors.js';
import { resolveBaseUrl } from './regions.js';
import { resetRequestGates } from './throttle.js';
import { loopback, type Loopback } from '../net/testing.js';

let counter = 0;
function clientFor(
  baseUrl: string,
  extra: { maxResponseBytes?: number } = {},
): { client: LitmosClient; apiKey: string } {
  counter += 1;
  const apiKey = `redirect-test-key-${counter}-secret`;
  const client = new LitmosClient({
    apiKey,
    source: 'unit-test',
    baseUrl,
    retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 2 },
    sleep: async () => undefined,
    ...extra,
  });
  return { client, apiKey };
}

async function failure(promise: Promise<unknown>): Promise<LitmosError> {
  try {
    await promise;
  } catch (e: unknown) {
    if (e instanceof LitmosError) return e;
    throw e;
  }
  throw new Error('expected a LitmosError');
}

const servers: Loopback[] = [];
afterEach(async () => {
  resetRequestGates();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('redirects', () => {
  it.each([
    ['to another port of the same host', (target: string) => target],
    ['to another host name', (target: string) => target.replace('127.0.0.1', 'localhost')],
  ])('a 301 %s is refused and the target never sees the apikey header', async (_name, rewrite) => {
    const target = await loopback((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
    );
    const redirector = await loopback((req, res) =>
      res.writeHead(301, { location: `${rewrite(target.origin)}${req.url ?? '/'}` }).end(),
    );
    servers.push(target, redirector);
    const { client, apiKey } = clientFor(`${redirector.origin}/v1.svc`);

    const error = await failure(client.checkCredentials());

    expect(redirector.seen).toHaveLength(1);
    expect(redirector.seen[0]?.headers.apikey).toBe(apiKey);
    expect(target.seen).toHaveLength(0);
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(301);
    expect(error.message).toMatch(
      /redirected \(301\) to http:\/\/(127\.0\.0\.1|localhost):\d+; redirects are not followed/,
    );
    expect(error.message).not.toContain(apiKey);
  });

  it('a 307 on a write is refused too, without repeating the write elsewhere', async () => {
    const target = await loopback((_req, res) =>
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}'),
    );
    const redirector = await loopback((req, res) =>
      res.writeHead(307, { location: `${target.origin}${req.url ?? ''}` }).end(),
    );
    servers.push(target, redirector);
    const { client } = clientFor(`${redirector.origin}/v1.svc`);
    const error = await failure(client.teams.addMembers('t1', ['u1']));
    expect(error.status).toBe(307);
    expect(target.seen).toHaveLength(0);
  });
});

describe('response size', () => {
  it('an endless 200 body ends the request at the cap', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const endless = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('[');
      pump();
    });
    servers.push(endless);
    const { client } = clientFor(`${endless.origin}/v1.svc`, { maxResponseBytes: 1024 * 1024 });
    const error = await failure(client.checkCredentials());
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.message).toMatch(/larger than 1048576 bytes/);
    expect(endless.seen).toHaveLength(1); // not retried
  });

  it('a small gzip body that inflates past the cap is refused (counted after decompression)', async () => {
    const bomb = gzipSync(Buffer.from(`[${' '.repeat(4 * 1024 * 1024)}]`));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const server = await loopback((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb),
    );
    servers.push(server);
    const { client } = clientFor(`${server.origin}/v1.svc`, { maxResponseBytes: 1024 * 1024 });
    await expect(failure(client.checkCredentials())).resolves.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('a body under the cap is read as usual', async () => {
    const server = await loopback((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]'),
    );
    servers.push(server);
    const { client } = clientFor(`${server.origin}/v1.svc`, { maxResponseBytes: 1024 });
    await expect(client.checkCredentials()).resolves.toBeUndefined();
  });
});

describe('path segments', () => {
  it.each([
    ['removeMember(t1, ..)', (c: LitmosClient) => c.teams.removeMember('t1', '..')],
    ['removeMember(.., u1)', (c: LitmosClient) => c.teams.removeMember('..', 'u1')],
    ['users.get(.)', (c: LitmosClient) => c.users.get('.')],
    ['users.delete("")', (c: LitmosClient) => c.users.delete('')],
    ['courses.assignToUser(..)', (c: LitmosClient) => c.courses.assignToUser('..', ['c1'])],
  ])('%s is refused before anything is sent', async (_name, call) => {
    const server = await loopback((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    );
    servers.push(server);
    const { client } = clientFor(`${server.origin}/v1.svc`);
    const error = await failure(call(client));
    expect(error.code).toBe('VALIDATION');
    expect(server.seen).toHaveLength(0);
  });
});

describe('base URL rules (shared with the ConductorOne client)', () => {
  it('accepts https anywhere and http on loopback hosts', () => {
    expect(resolveBaseUrl({ baseUrl: 'https://api.example.com/v1.svc/' })).toBe(
      'https://api.example.com/v1.svc',
    );
    expect(resolveBaseUrl({ baseUrl: 'http://127.0.0.1:9/v1.svc' })).toBe('http://127.0.0.1:9/v1.svc');
    expect(resolveBaseUrl({ baseUrl: 'http://[::1]:9/v1.svc' })).toBe('http://[::1]:9/v1.svc');
  });

  it('refuses plain http to any other host', () => {
    expect(() => resolveBaseUrl({ baseUrl: 'http://api.litmos.com/v1.svc' })).toThrow(
      /only for loopback hosts/,
    );
  });

  it('refuses credentials in the URL without echoing them', () => {
    let message = '';
    try {
      resolveBaseUrl({ baseUrl: 'https://admin:hunter2-secret@api.example.com/v1.svc' });
    } catch (e: unknown) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/must not contain credentials/);
    expect(message).toContain('https://api.example.com');
    expect(message).not.toContain('hunter2-secret');
    expect(message).not.toContain('admin');
  });

  it('refuses other schemes', () => {
    expect(() => resolveBaseUrl({ baseUrl: 'ftp://api.example.com/v1.svc' })).toThrow(/unsupported scheme/);
  });
});
