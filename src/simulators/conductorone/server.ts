/**
 * The simulator's HTTP front: reads the request, counts it, applies injected faults, serves
 * `/_sim/*` controls, the token endpoint, and the bearer-protected API routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { ApiError, type ApiRoute } from './api.js';
import { TokenRequestError, type AuthServer } from './auth.js';
import { parseFaultSpec, type FaultControls } from './faults.js';
import { renderApp, renderConnector, renderUser } from './render.js';
import type { ConductorOneStore } from './store.js';

const MAX_BODY_BYTES = 1 << 20;

interface CompiledRoute {
  readonly route: ApiRoute;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

export interface SimulatorParts {
  readonly store: ConductorOneStore;
  readonly auth: AuthServer;
  readonly faults: FaultControls;
  readonly routes: readonly ApiRoute[];
  /** Host names accepted as a client assertion's `aud` besides the request's own Host. */
  readonly audiences: readonly string[];
}

/** Request counts by route, e.g. `GET /api/v1/apps/{id}` → 3. */
export class RequestStats {
  private readonly counts = new Map<string, number>();

  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

export function createRequestHandler(
  parts: SimulatorParts,
  stats: RequestStats,
): (req: IncomingMessage, res: ServerResponse) => void {
  const compiled = parts.routes.map(compile);

  return (req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', message: 'simulator failure' });
      else res.destroy();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    const body = await readBody(req);

    if (path.startsWith('/_sim/')) {
      simControl(method, path, body, res);
      return;
    }

    const match = findRoute(compiled, method, path);
    const routeKey =
      path === '/auth/v1/token'
        ? `${method} /auth/v1/token`
        : match
          ? `${method} ${match.route.template}`
          : `${method} <unmatched>`;
    stats.count(routeKey);

    const fault = parts.faults.take(method, path);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      if (fault.retryAfterSeconds !== undefined)
        res.setHeader('retry-after', String(fault.retryAfterSeconds));
      sendJson(res, fault.status, {
        code: fault.status === 429 ? 'resource_exhausted' : 'unavailable',
        message: 'injected fault',
      });
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));

    if (path.length > 1 && path.endsWith('/')) {
      res.writeHead(301, { location: path.replace(/\/[^/]*\/+$/, '') || '/' });
      res.end();
      return;
    }

    if (path === '/auth/v1/token') {
      await tokenEndpoint(method, req, body, res);
      return;
    }

    const caller = parts.auth.authenticate(req.headers.authorization);
    if (caller === undefined) {
      sendJson(res, 401, { code: 'unauthenticated', message: 'a valid bearer token is required' });
      return;
    }
    if (match === undefined) {
      const known = compiled.some((c) => c.regex.test(path));
      sendJson(res, known ? 405 : 404, {
        code: known ? 'unimplemented' : 'not_found',
        message: known ? `method ${method} not allowed on ${path}` : `no route for ${path}`,
      });
      return;
    }
    let parsed: unknown;
    try {
      parsed = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, { code: 'invalid_argument', message: 'the request body is not valid JSON' });
      return;
    }
    try {
      const answer = await match.route.handle({
        params: match.params,
        query: url.searchParams,
        body: parsed,
        caller,
      });
      sendJson(res, 200, answer);
    } catch (error: unknown) {
      if (!(error instanceof ApiError)) throw error;
      sendJson(res, error.status, { code: error.code, message: error.message, details: [] });
    }
  }

  async function tokenEndpoint(
    method: string,
    req: IncomingMessage,
    body: Buffer,
    res: ServerResponse,
  ): Promise<void> {
    if (method !== 'POST') {
      sendJson(res, 405, { error: 'invalid_request', error_description: 'use POST' });
      return;
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/x-www-form-urlencoded') {
      sendJson(res, 400, { error: 'invalid_request', error_description: 'send the token request as a form' });
      return;
    }
    const hostHeader = req.headers.host ?? '';
    const hostName = new URL(`http://${hostHeader || 'invalid'}`).hostname.replace(/^\[|\]$/g, '');
    try {
      const token = await parts.auth.issue(new URLSearchParams(body.toString('utf8')), [
        hostName,
        ...parts.audiences,
      ]);
      sendJson(res, 200, token);
    } catch (error: unknown) {
      if (!(error instanceof TokenRequestError)) throw error;
      sendJson(res, error.status, { error: error.error, error_description: error.message });
    }
  }

  function simControl(method: string, path: string, body: Buffer, res: ServerResponse): void {
    const key = `${method} ${path}`;
    if (key === 'GET /_sim/stats') {
      const requests = stats.snapshot();
      sendJson(res, 200, { requests, total: Object.values(requests).reduce((a, b) => a + b, 0) });
    } else if (key === 'DELETE /_sim/stats') {
      stats.reset();
      sendJson(res, 200, {});
    } else if (key === 'GET /_sim/faults') {
      sendJson(res, 200, { faults: parts.faults.list() });
    } else if (key === 'POST /_sim/faults') {
      try {
        const spec = parseFaultSpec(JSON.parse(body.toString('utf8')));
        sendJson(res, 200, { id: parts.faults.inject(spec) });
      } catch (error: unknown) {
        sendJson(res, 400, {
          code: 'invalid_argument',
          message: error instanceof Error ? error.message : 'bad fault',
        });
      }
    } else if (key === 'DELETE /_sim/faults') {
      parts.faults.clear();
      sendJson(res, 200, {});
    } else if (key === 'GET /_sim/state') {
      const { store } = parts;
      sendJson(res, 200, {
        users: [...store.users.values()].map(renderUser),
        apps: [...store.apps.values()].map((a) => renderApp(a, store.users)),
        connectors: [...store.connectors.values()].map(renderConnector),
      });
    } else {
      sendJson(res, 404, { code: 'not_found', message: `no simulator control ${key}` });
    }
  }
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const pattern = route.template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
  return { route, regex: new RegExp(`^${pattern}$`), names };
}

function findRoute(
  compiled: readonly CompiledRoute[],
  method: string,
  path: string,
): { route: ApiRoute; params: Record<string, string> } | undefined {
  for (const c of compiled) {
    if (c.route.method !== method) continue;
    const m = c.regex.exec(path);
    if (m === null) continue;
    const params: Record<string, string> = {};
    c.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route: c.route, params };
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
