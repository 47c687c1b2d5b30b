/**
 * The provider executable (`terraform-provider-litmos`): Terraform starts it, it serves the
 * litmos provider over the plugin protocol. `provider/build.mjs` bundles this file into one
 * self-contained Node script.
 *
 * Start-up: only the plugin layer (gRPC, TLS) is needed for the handshake line. The provider
 * itself (resources, REST clients, got, jose) is imported dynamically — esbuild keeps it in the
 * same file but evaluates it only when imported — and loading starts right after the handshake,
 * while Terraform connects; RPCs that arrive earlier wait for it.
 */
import { lazyProviderServer, serve } from '../src/plugin/index.js';

/** Listened for by provider/launcher.mjs. */
const READY_EVENT = 'litmos:provider-ready';

async function main(): Promise<void> {
  const server = lazyProviderServer(async () => {
    const { createProviderServer } = await import('../src/provider/index.js');
    return createProviderServer();
  });
  const serving = await serve(server);
  if (!serving) return;
  // Load the provider now, while Terraform connects, then tell provider/launcher.mjs that the
  // start-up code has run (it caches the compiled code then). A load failure is reported by
  // every RPC, so it is not reported here again.
  setImmediate(() => {
    server.preload().then(
      () => (process as NodeJS.EventEmitter).emit(READY_EVENT),
      () => undefined,
    );
  });
}

void main();
