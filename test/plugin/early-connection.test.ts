/**
 * The provider prints its handshake line before gRPC is loaded (src/plugin/serve.ts): a client
 * that connects at once, as Terraform does, waits on the listening socket and is then served over
 * mutual TLS — and a client without the expected certificate still is not.
 */
import * as grpc from '@grpc/grpc-js';
import { startGrpcServer, type GrpcServing } from '../../src/plugin/grpc-server.js';
import { formatHandshakeLine } from '../../src/plugin/handshake.js';
import { listen, type Listening } from '../../src/plugin/listener.js';
import { createLogger } from '../../src/plugin/log.js';
import { createServerCertificate, type ServerCertificate } from '../../src/plugin/tls.js';
import { createFakeProviderServer } from './fixtures/fake-provider-server.js';
import {
  call,
  connect,
  healthCheck,
  mutualTls,
  parseHandshake,
  type Clients,
  type Handshake,
} from './helpers/plugin-process.js';

const log = createLogger({ level: 'off' });

let server: ServerCertificate;
let client: ServerCertificate;
let listening: Listening;
let handshake: Handshake;
let serving: GrpcServing | undefined;
const opened: Clients[] = [];

beforeAll(async () => {
  [server, client] = await Promise.all([createServerCertificate(), createServerCertificate()]);
  listening = await listen({ PLUGIN_MIN_PORT: '0', PLUGIN_MAX_PORT: '0' }, log);
  handshake = parseHandshake(
    formatHandshakeLine({
      network: listening.network,
      address: listening.address,
      certificateDer: server.certificateDer,
    }),
  );
});

afterAll(async () => {
  opened.forEach((c) => c.close());
  await serving?.shutdown();
  listening.cleanup();
});

function start(): GrpcServing {
  serving = startGrpcServer({
    server: createFakeProviderServer(),
    certificate: server,
    clientCertificatePem: client.certificatePem,
    log,
    onShutdown: () => undefined,
  });
  listening.accept(serving.serveConnection);
  return serving;
}

describe('a client that connects before gRPC is loaded', () => {
  it('is answered over mutual TLS once gRPC takes the connection; one without a certificate is refused', async () => {
    const early = connect(handshake, mutualTls(handshake, client));
    const anonymous = connect(handshake, mutualTls(handshake));
    opened.push(early, anonymous);
    const answer = call<{ resources?: { type_name?: string }[] }>((done) =>
      early.provider.GetMetadata({}, done),
    );
    const refused = healthCheck(anonymous.health, 'plugin');
    refused.catch(() => undefined);
    // Both clients are connecting (TCP accepted, TLS waiting) while nothing serves gRPC yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    start();
    await expect(answer).resolves.toMatchObject({ resources: [{ type_name: 'fake_thing' }] });
    await expect(healthCheck(early.health, 'plugin')).resolves.toEqual({ status: 'SERVING' });
    await expect(refused).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
  });
});
