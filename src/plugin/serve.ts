/**
 * `serve`: turns a `ProviderServer` into a Terraform provider process. It checks the magic
 * cookie, makes the AutoMTLS certificate, starts the gRPC server (provider, health, controller,
 * stdio, broker), prints the go-plugin handshake line and exits promptly on
 * `GRPCController/Shutdown`, or when its parent process (Terraform) is gone. With `--debug` it serves plaintext without the cookie and prints a
 * `TF_REATTACH_PROVIDERS` line instead.
 */
import * as grpc from '@grpc/grpc-js';
import type { ProviderServer } from '../framework/protocol.js';
import { DEBUG_FLAG, DEFAULT_PROVIDER_ADDRESS, reattachInstructions } from './debug.js';
import { addGoPluginServices } from './go-plugin-services.js';
import {
  formatHandshakeLine,
  hasMagicCookie,
  negotiateProtocol,
  NOT_A_COMMAND_MESSAGE,
  type Network,
} from './handshake.js';
import { listen } from './listener.js';
import { watchParent } from './parent-watch.js';
import { createLogger, setLogger, type Logger } from './log.js';
import { loadProtocol } from './protocol.js';
import { providerHandlers } from './provider-service.js';
import { reserveStdout } from './stdout-guard.js';
import { createServerCertificate, mutualTlsCredentials } from './tls.js';

/** terraform-plugin-go's limit; grpc-js would otherwise refuse requests over 4 MiB. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** How long a graceful stop may take before open connections are cut (Terraform waits 2 s). */
const SHUTDOWN_GRACE_MS = 500;

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
  routeGrpcLogs(pluginLog.child('grpc'));

  try {
    const clientCertificatePem = debug ? '' : (env.PLUGIN_CLIENT_CERT ?? '');
    const tls = clientCertificatePem.trim() !== '';
    // Key generation and signing run on libuv's thread pool: start them before the synchronous
    // protocol loading below, so that the two overlap.
    const pendingCertificate = tls ? createServerCertificate() : undefined;
    // Without this, a failure while loading the protocol would leave the promise's rejection unhandled.
    pendingCertificate?.catch(() => undefined);

    const grpcServer = new grpc.Server({
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    });
    const proto = loadProtocol();
    grpcServer.addService(proto.tfplugin6.Provider.service, providerHandlers(server, { log: pluginLog }));

    let stopping = false;
    let cleanup = (): void => undefined;
    const stop = (code = 0): void => {
      if (stopping) return;
      stopping = true;
      services.endStreams();
      const finish = (): void => {
        clearTimeout(force);
        cleanup();
        exit(code);
      };
      const force = setTimeout(() => {
        grpcServer.forceShutdown();
        finish();
      }, SHUTDOWN_GRACE_MS);
      grpcServer.tryShutdown(finish);
    };
    const services = addGoPluginServices(
      grpcServer,
      proto,
      () => {
        if (debug) pluginLog.info('ignoring Shutdown in debug mode; press Ctrl-C to stop');
        else stop(0);
      },
      pluginLog,
    );

    const certificate = await pendingCertificate;
    const credentials = certificate
      ? mutualTlsCredentials(certificate, clientCertificatePem)
      : grpc.ServerCredentials.createInsecure();
    // Without TLS (debug mode, TF_DISABLE_PLUGIN_TLS) the socket lives in a private directory.
    const listening = await listen(grpcServer, credentials, env, pluginLog, { tls });
    cleanup = listening.cleanup;

    if (debug) {
      process.on('SIGINT', () => stop(0));
      writeStdout(
        reattachInstructions({
          providerAddress: options.providerAddress ?? DEFAULT_PROVIDER_ADDRESS,
          pid: process.pid,
          network: listening.network,
          address: listening.address,
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
        `${formatHandshakeLine({ network: listening.network, address: listening.address, certificateDer: certificate?.certificateDer })}\n`,
      );
    }
    pluginLog.debug('serving', { network: listening.network, address: listening.address, tls, debug });
    return { network: listening.network, address: listening.address, tls, debug, stop };
  } catch (err: unknown) {
    log.error('the provider could not start', { error: err });
    exit(1);
    return undefined;
  }
}

/**
 * grpc-js logs with `console.error` by default, which would put plain text among the JSON log
 * lines on stderr (for example "No address added" each time a port in the range is taken).
 * Its messages go through our logger instead, at debug level: they describe retries the plugin
 * layer handles itself.
 */
function routeGrpcLogs(log: Logger): void {
  const write = (...args: unknown[]): void => log.debug(args.map(String).join(' '));
  grpc.setLogger({ error: write, info: write, debug: write });
}
