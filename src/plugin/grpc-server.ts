/**
 * The gRPC side of the plugin process: the provider, health, controller, stdio and broker
 * services on one grpc-js server, fed the connections the listener accepted. serve.ts imports this
 * module only after the handshake line is out: gRPC, HTTP/2 and TLS load while Terraform reads the
 * line and connects, and its connections wait until they are handed to gRPC here, which makes the
 * TLS handshake (mutual, with the client certificate from `PLUGIN_CLIENT_CERT`) on each of them.
 */
import * as grpc from '@grpc/grpc-js';
import type { Socket } from 'node:net';
import type { ProviderServer } from '../framework/protocol.js';
import { addGoPluginServices } from './go-plugin-services.js';
import type { Logger } from './log.js';
import { loadProtocol } from './protocol.js';
import { providerHandlers } from './provider-service.js';
import type { ServerCertificate } from './tls.js';

/** terraform-plugin-go's limit; grpc-js would otherwise refuse requests over 4 MiB. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** How long a graceful stop may take before open connections are cut (Terraform waits 2 s). */
const SHUTDOWN_GRACE_MS = 500;

export interface GrpcServing {
  /** Serves one accepted connection (TLS first when the server has a certificate). */
  serveConnection(socket: Socket): void;
  /** Ends the open streams and stops, at most SHUTDOWN_GRACE_MS later; resolves when stopped. */
  shutdown(): Promise<void>;
}

export interface GrpcServerOptions {
  readonly server: ProviderServer;
  /** The AutoMTLS certificate; plaintext without one. */
  readonly certificate?: ServerCertificate;
  /** The client certificate to require (with `certificate`). */
  readonly clientCertificatePem: string;
  readonly log: Logger;
  /** Called when the client asks the controller service to shut down. */
  readonly onShutdown: () => void;
}

export function startGrpcServer(options: GrpcServerOptions): GrpcServing {
  const { log } = options;
  routeGrpcLogs(log.child('grpc'));
  const grpcServer = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  const proto = loadProtocol();
  grpcServer.addService(proto.tfplugin6.Provider.service, providerHandlers(options.server, { log }));
  const services = addGoPluginServices(grpcServer, proto, options.onShutdown, log);
  const credentials = options.certificate
    ? mutualTlsCredentials(options.certificate, options.clientCertificatePem)
    : grpc.ServerCredentials.createInsecure();
  const injector = grpcServer.createConnectionInjector(credentials);
  return {
    serveConnection: (socket) => {
      injector.injectConnection(socket);
      // The listener pauses every connection until now. TLS starts reading by itself; a plaintext
      // HTTP/2 session takes over the socket's handle as it is, so start reading it here.
      if (!options.certificate) socket.resume();
    },
    shutdown: () =>
      new Promise((resolve) => {
        services.endStreams();
        const force = setTimeout(() => {
          grpcServer.forceShutdown();
          resolve();
        }, SHUTDOWN_GRACE_MS);
        grpcServer.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

/** Server credentials that present `cert` and accept only clients holding `clientCertificatePem`. */
export function mutualTlsCredentials(
  cert: ServerCertificate,
  clientCertificatePem: string,
): grpc.ServerCredentials {
  return grpc.ServerCredentials.createSsl(
    Buffer.from(clientCertificatePem),
    [{ private_key: Buffer.from(cert.privateKeyPem), cert_chain: Buffer.from(cert.certificatePem) }],
    true,
  );
}

/**
 * grpc-js logs with `console.error` by default, which would put plain text among the JSON log
 * lines on stderr. Its messages go through our logger instead, at debug level: they describe
 * retries the plugin layer handles itself.
 */
function routeGrpcLogs(log: Logger): void {
  const write = (...args: unknown[]): void => log.debug(args.map(String).join(' '));
  grpc.setLogger({ error: write, info: write, debug: write });
}
