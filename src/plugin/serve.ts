/**
 * `serve`: turns a `ProviderServer` into a Terraform provider process. It checks the magic
 * cookie, makes the AutoMTLS certificate, listens, prints the go-plugin handshake line, and only
 * then loads gRPC (grpc-server.ts: provider, health, controller, stdio, broker services), which
 * serves the connections the listener holds. It exits promptly on `GRPCController/Shutdown`, or
 * when its parent process (Terraform) is gone. With `--debug` it serves plaintext without the
 * cookie and prints a `TF_REATTACH_PROVIDERS` line instead.
 *
 * Start-up: Terraform waits for the handshake line at every provider launch. Before it, only the
 * certificate (Node's crypto) and a `net` listener are needed; gRPC, HTTP/2 and TLS take longer to
 * load than all of that, so they load after the line, while Terraform reads it and connects.
 * A connection that arrives first waits, unread, for gRPC: nothing is served without the mutual
 * TLS handshake.
 */
import type { ProviderServer } from '../framework/protocol.js';
import { DEBUG_FLAG, DEFAULT_PROVIDER_ADDRESS, reattachInstructions } from './debug.js';
import type { GrpcServing } from './grpc-server.js';
import {
  formatHandshakeLine,
  hasMagicCookie,
  negotiateProtocol,
  NOT_A_COMMAND_MESSAGE,
  type Network,
} from './handshake.js';
import { listen, type Listening } from './listener.js';
import { watchParent } from './parent-watch.js';
import { createLogger, setLogger, type Logger } from './log.js';
import { reserveStdout } from './stdout-guard.js';
import { createServerCertificate } from './tls.js';

export interface ServeOptions {
  /**
   * Full source address of the provider, used in the debug-mode reattach line.
   * @default 'registry.terraform.io/litmos-oss/litmos'
   */
  readonly providerAddress?: string;
  /** Command-line arguments after the script; `--debug` selects debug mode. @default process.argv.slice(2) */
  readonly args?: readonly string[];
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Ends the process. @default process.exit */
  readonly exit?: (code: number) => void;
  /** @default a JSON-lines logger on stderr at the level of TF_LOG_PROVIDER / TF_LOG */
  readonly logger?: Logger;
}

export interface ServingPlugin {
  readonly network: Network;
  readonly address: string;
  readonly tls: boolean;
  readonly debug: boolean;
  /** Stops serving and ends the process with `code`. */
  stop(code?: number): void;
}

export async function serve(
  server: ProviderServer,
  options: ServeOptions = {},
): Promise<ServingPlugin | undefined> {
  const env = options.env ?? process.env;
  const args = options.args ?? process.argv.slice(2);
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const log = options.logger ?? createLogger({ module: 'litmos' });
  setLogger(log);
  const debug = args.includes(DEBUG_FLAG);

  if (!debug && !hasMagicCookie(env)) {
    process.stderr.write(`${NOT_A_COMMAND_MESSAGE}\n`);
    exit(1);
    return undefined;
  }
  const negotiation = negotiateProtocol(env);
  if (!negotiation.ok) {
    log.warn('the client does not offer plugin protocol 6; answering with 6 anyway', {
      offered: negotiation.offered.join(','),
    });
  }

  const writeStdout = reserveStdout();
  const pluginLog = log.child('plugin');

  let listening: Listening | undefined;
  try {
    const clientCertificatePem = debug ? '' : (env.PLUGIN_CLIENT_CERT ?? '');
    const tls = clientCertificatePem.trim() !== '';
    // Key generation and signing run on libuv's thread pool, while the socket is opened.
    const pendingCertificate = tls ? createServerCertificate() : undefined;
    // Without this, a failure to listen would leave the promise's rejection unhandled.
    pendingCertificate?.catch(() => undefined);
    // Without TLS (debug mode, TF_DISABLE_PLUGIN_TLS) the socket lives in a private directory.
    listening = await listen(env, pluginLog, { tls });
    const certificate = await pendingCertificate;
    const opened = listening;

    // Set once the handshake line is out.
    let grpc: Promise<GrpcServing> | undefined = undefined;
    let stopping = false;
    const stop = (code = 0): void => {
      if (stopping) return;
      stopping = true;
      const stopped = grpc ? grpc.then((g) => g.shutdown()) : Promise.resolve();
      void stopped
        .catch(() => undefined)
        .then(() => {
          opened.cleanup();
          exit(code);
        });
    };

    if (debug) {
      process.on('SIGINT', () => stop(0));
      writeStdout(
        reattachInstructions({
          providerAddress: options.providerAddress ?? DEFAULT_PROVIDER_ADDRESS,
          pid: process.pid,
          network: opened.network,
          address: opened.address,
        }),
      );
    } else {
      // Terraform stops providers with StopProvider and Shutdown; a terminal Ctrl-C reaches the
      // whole process group and must not kill an RPC halfway (go-plugin ignores it too).
      process.on('SIGINT', () => pluginLog.debug('ignoring SIGINT; Terraform stops providers over gRPC'));
      // A killed Terraform never sends Shutdown: leave instead of serving nobody. Work in flight
      // is abandoned; its answer could not reach anyone, and the next apply reads what it did.
      watchParent({
        onParentGone: ({ was, now }) => {
          pluginLog.warn('Terraform (the parent process) is gone; exiting', { was, now });
          stop(1);
        },
      });
      writeStdout(
        `${formatHandshakeLine({ network: opened.network, address: opened.address, certificateDer: certificate?.certificateDer })}\n`,
      );
    }

    grpc = import('./grpc-server.js').then(({ startGrpcServer }) => {
      const serving = startGrpcServer({
        server,
        ...(certificate ? { certificate } : {}),
        clientCertificatePem,
        log: pluginLog,
        onShutdown: () => {
          if (debug) pluginLog.info('ignoring Shutdown in debug mode; press Ctrl-C to stop');
          else stop(0);
        },
      });
      opened.accept(serving.serveConnection);
      return serving;
    });
    await grpc;
    pluginLog.debug('serving', { network: opened.network, address: opened.address, tls, debug });
    return { network: opened.network, address: opened.address, tls, debug, stop };
  } catch (err: unknown) {
    log.error('the provider could not start', { error: err });
    listening?.cleanup();
    exit(1);
    return undefined;
  }
}
