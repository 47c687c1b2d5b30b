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

export async function recordingProxy(origin: string): Promise<RecordingProxy> {
  const seen: string[] = [];
  const target = new URL(origin);
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
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
