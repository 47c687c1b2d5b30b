/**
 * A loopback HTTP proxy in front of a simulator that records every request, for tests that check
 * what the provider sends (query parameters included), not only which routes it calls.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** `http://127.0.0.1:P`: the simulator's origin, through the proxy. */
  readonly url: string;
  /**
   * The requests sent while `work` runs, as `METHOD /path?query` with the API prefix and the
   * `source`, `format` and `apikey` parameters left out.
   */
  during<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }>;
  close(): Promise<void>;
}

/**
 * Changes a JSON request body before the simulator sees it (to stand for a Litmos that ignores a
 * field); `undefined` leaves it as it is.
 */
export type BodyRewrite = (method: string, path: string, body: Record<string, unknown>) => unknown;

export async function recordingProxy(
  origin: string,
  options: { rewrite?: BodyRewrite } = {},
): Promise<RecordingProxy> {
  const seen: string[] = [];
  const target = new URL(origin);
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (options.rewrite && body.length > 0) {
        const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        const changed = options.rewrite(req.method ?? 'GET', path, parsed);
        if (changed !== undefined) body = Buffer.from(JSON.stringify(changed));
      }
      const headers = { ...req.headers, 'content-length': String(body.length) };
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async during(work) {
      const from = seen.length;
      const result = await work();
      const sent = seen.slice(from).map((line) => {
        const [method, url] = line.split(' ') as [string, string];
        const parsed = new URL(url, 'http://x');
        for (const name of ['source', 'format', 'apikey']) parsed.searchParams.delete(name);
        const query = parsed.searchParams.toString();
        return `${method} ${parsed.pathname.replace(/^\/v1\.svc/, '')}${query ? `?${query}` : ''}`;
      });
      return { result, sent };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
