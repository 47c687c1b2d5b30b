/**
 * For tests of both clients: a real HTTP server on 127.0.0.1 (ephemeral port) that records every
 * request it sees, so a test can prove what reached the wire, and closes with its connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Loopback {
  readonly origin: string;
  readonly seen: IncomingMessage[];
  close(): Promise<void>;
}

export async function loopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Loopback> {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
