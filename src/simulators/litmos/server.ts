/**
 * A local Litmos API on 127.0.0.1 that keeps the HTTP contract of the real service: paths under
 * `/v1.svc`, the `apikey` header and `source` parameter, XML by default and JSON on `format=json`,
 * bare-array lists with `start`/`limit` paging and substring `search`, the real status codes and
 * `{"Detail": …}` errors, a per-key rate limit answered with 503, and injectable faults.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control.js';
import { FaultController, type FaultAction } from './faults.js';
import { SimHttpError } from './http-error.js';
import { parseBody, readBody, sendDetail, sendResult, sendWcfErrorPage, wantsJson } from './http-io.js';
import { newApiKey } from './ids.js';
import { RateLimiter } from './rate-limit.js';
import { findRoute, matchPath } from './routes/index.js';
import { seedStore } from './seed.js';
import { StatsRecorder, type SimulatorStats } from './stats.js';
import { LitmosStore } from './store.js';

export interface LitmosSimulatorOptions {
  /** @default 0 (a free port) */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** @default 100 */
  readonly requestsPerMinute?: number;
  /** Length of the rate-limit window. @default 60_000 */
  readonly rateLimitWindowMs?: number;
  /** @default a random 36-character key */
  readonly apiKey?: string;
  /** The `source` value requests must carry. @default 'terraform-provider-litmos' */
  readonly source?: string;
  /** Status for a missing or different `source` (unconfirmed for the real API). @default 400 */
  readonly badSourceStatus?: 400 | 403;
  /** Start with the Account Owner, teams and courses of `seedStore`. @default true */
  readonly seed?: boolean;
}

export interface LitmosSimulator {
  /** `http://127.0.0.1:P/v1.svc` */
  readonly baseUrl: string;
  /** `http://127.0.0.1:P` */
  readonly origin: string;
  readonly apiKey: string;
  readonly source: string;
  readonly store: LitmosStore;
  readonly faults: FaultController;
  readonly rateLimiter: RateLimiter;
  stats(): SimulatorStats;
  resetStats(): void;
  close(): Promise<void>;
}

const API_PREFIX = '/v1.svc';
const CONTROL_PREFIX = '/_sim';

export async function startLitmosSimulator(options: LitmosSimulatorOptions = {}): Promise<LitmosSimulator> {
  const host = options.host ?? '127.0.0.1';
  const apiKey = options.apiKey ?? newApiKey();
  const source = options.source ?? 'terraform-provider-litmos';
  const badSourceStatus = options.badSourceStatus ?? 400;
  const store = new LitmosStore();
  if (options.seed ?? true) seedStore(store);
  const faults = new FaultController();
  const stats = new StatsRecorder();
  const rateLimiter = new RateLimiter({
    requestsPerMinute: options.requestsPerMinute ?? 100,
    windowMs: options.rateLimitWindowMs,
  });
  const timers = new Set<NodeJS.Timeout>();
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(API_PREFIX.length) || '/';
    const match = matchPath(path);
    const pattern = match?.pattern ?? path;
    stats.record(`${method} ${match ? pattern : '(unmatched)'}`);
    // The body is read first, so a request held by a delay fault is still processed in full
    // even when the client has given up on it meanwhile.
    const rawBody = await readBody(req);

    const fault = faults.take({ method, path, pattern });
    if (fault?.kind === 'delay' && fault.when !== 'after') await pause(fault.ms);
    if (fault && fault.kind !== 'delay' && (fault.when ?? 'before') === 'before')
      return applyFault(req, res, fault);

    const key = headerValue(req, 'apikey') ?? url.searchParams.get('apikey');
    if (key !== apiKey) {
      return sendDetail(
        res,
        401,
        'The API key that you have used for this request is either not valid or your account is not enabled for API access.',
      );
    }
    if (url.searchParams.get('source') !== source) {
      return sendDetail(
        res,
        badSourceStatus,
        'The source parameter is missing or not valid for this API key.',
      );
    }
    if (!rateLimiter.admit(key)) {
      stats.recordRejected();
      return sendDetail(res, 503, 'Service Unavailable. The API rating limit has been exceeded.');
    }
    const route = match ? findRoute(method, match.pattern) : undefined;
    if (!match || !route) {
      return sendDetail(res, match ? 405 : 404, match ? 'Method not allowed.' : 'Endpoint not found.');
    }

    let result;
    try {
      const body = parseBody(rawBody, headerValue(req, 'content-type'));
      result = route.handle({ params: match.params, query: url.searchParams, body, store });
    } catch (e: unknown) {
      if (!(e instanceof SimHttpError)) throw e;
      if (fault && fault.kind !== 'delay') return applyFault(req, res, fault);
      return sendDetail(res, e.status, e.detail);
    }
    if (fault && fault.kind !== 'delay') return applyFault(req, res, fault);
    if (fault?.kind === 'delay' && fault.when === 'after') await pause(fault.ms);
    sendResult(res, result, wantsJson(url.searchParams, headerValue(req, 'accept')));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    const work =
      url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)
        ? handleControl(req, res, url.pathname, { stats, faults, rateLimiter, store })
        : url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)
          ? handleApi(req, res, url)
          : Promise.resolve(sendDetail(res, 404, 'Endpoint not found.'));
    work.catch((e: unknown) => {
      process.stderr.write(`litmos simulator: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      if (!res.headersSent) sendWcfErrorPage(res, 500);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    baseUrl: `${origin}${API_PREFIX}`,
    origin,
    apiKey,
    source,
    store,
    faults,
    rateLimiter,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function applyFault(
  req: IncomingMessage,
  res: ServerResponse,
  fault: Exclude<FaultAction, { kind: 'delay' }>,
): void {
  if (fault.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (fault.status >= 500) return sendWcfErrorPage(res, fault.status);
  sendDetail(res, fault.status, 'Injected fault.');
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
