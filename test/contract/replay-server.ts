/**
 * A small HTTP server on 127.0.0.1 that answers with recorded Litmos responses, byte for byte:
 * status, reason phrase, Content-Type and body as recorded. A request is answered by the first
 * recording of the scenario whose method and path (below `/v1.svc`) match and whose paging and
 * search parameters agree (`start` missing counts as 0; `search` must be equal, absent or not;
 * `start`/`limit` are compared only when the request sends them). Recordings of the same request
 * are served in order, the last one again once all were served. Every request is kept for
 * assertions; one that matches nothing gets 501 with the reason "no recording", so a test fails
 * with the request named.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recordedBody, recording, type Recording } from './recordings.js';

export interface ScenarioEntry {
  readonly id: string;
  /**
   * Serve the recording for another request than its own: another method and path (e.g. the
   * recorded 500 page for a PUT /users/{id}), or another query (e.g. the recorded team list for a
   * `search`, or for the provider's page size). Tests say why where they use it.
   */
  readonly at?: {
    readonly method?: string;
    readonly path?: string;
    readonly query?: Readonly<Record<string, string>>;
  };
}

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  /** The recording that answered, or undefined. */
  readonly answeredWith?: string;
}

export interface ReplayServer {
  /** `http://127.0.0.1:P/v1.svc` */
  readonly baseUrl: string;
  readonly requests: readonly ReceivedRequest[];
  close(): Promise<void>;
}

const PREFIX = '/v1.svc';

interface Slot {
  readonly recording: Recording;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  served: number;
}

function pagingAgrees(request: URLSearchParams, recorded: Readonly<Record<string, string>>): boolean {
  if ((request.get('search') ?? undefined) !== recorded.search) return false;
  const start = request.get('start');
  if (start !== null && start !== (recorded.start ?? '0')) return false;
  const limit = request.get('limit');
  return limit === null || recorded.limit === undefined || limit === recorded.limit;
}

export async function startReplayServer(
  scenario: readonly (string | ScenarioEntry)[],
): Promise<ReplayServer> {
  const slots: Slot[] = scenario.map((entry) => {
    const e = typeof entry === 'string' ? { id: entry } : entry;
    const r = recording(e.id);
    return {
      recording: r,
      method: (e.at?.method ?? r.request.method).toUpperCase(),
      path: e.at?.path ?? r.request.path,
      query: e.at?.query ?? (e.at?.method || e.at?.path ? {} : r.request.query),
      served: 0,
    };
  });
  const requests: ReceivedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname;
      const candidates = slots.filter(
        (s) => s.method === method && s.path === path && pagingAgrees(url.searchParams, s.query),
      );
      const slot = candidates.find((s) => s.served === 0) ?? candidates.at(-1);
      requests.push({
        method,
        path,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answeredWith: slot?.recording.id,
      });
      if (slot === undefined) {
        res.writeHead(501, 'no recording', { 'content-length': '0' });
        res.end();
        return;
      }
      slot.served += 1;
      const body = recordedBody(slot.recording);
      const { status, reason, contentType } = slot.recording.response;
      res.writeHead(status, reason, {
        ...(contentType === null ? {} : { 'content-type': contentType }),
        'content-length': String(body.length),
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${PREFIX}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
