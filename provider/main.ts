/**
 * The provider executable (`terraform-provider-litmos`): Terraform starts it, it serves the
 * litmos provider over the plugin protocol. `provider/build.mjs` bundles this file into one
 * self-contained Node script, and into a V8 startup snapshot (see provider/snapshot-heap.ts).
 *
 * Start-up: only the plugin layer (gRPC, TLS) is needed for the handshake line. The provider
 * itself (resources, REST clients, got, jose) is imported dynamically — esbuild keeps it in the
 * same file but evaluates it only when imported — and loading starts right after the handshake,
 * while Terraform connects; RPCs that arrive earlier wait for it. The plugin layer is imported
 * dynamically too, so that a snapshot build evaluates only what provider/snapshot-heap.ts names.
 */
import { startupSnapshot } from 'node:v8';
import { initialiseSnapshotHeap } from './snapshot-heap.js';

/** Listened for by provider/code-cache-trainer.mjs, which makes the executable's code cache at build time. */
const READY_EVENT = 'litmos:provider-ready';

async function main(): Promise<void> {
  const { lazyProviderServer, serve } = await import('../src/plugin/index.js');
  const server = lazyProviderServer(async () => {
    const { createProviderServer } = await import('../src/provider/index.js');
    return createProviderServer();
  });
  const serving = await serve(server);
  if (!serving) return;
  // Load the provider now, while Terraform connects, then tell the code-cache trainer (at build
  // time) that the start-up code has run. A load failure is reported by every RPC, so it is not reported here again.
  setImmediate(() => {
    server.preload().then(
      () => (process as NodeJS.EventEmitter).emit(READY_EVENT),
      () => undefined,
    );
  });
}

if (startupSnapshot.isBuildingSnapshot()) {
  // `node --build-snapshot` or a single executable with useSnapshot: initialise the heap now,
  // serve when a launch deserialises it.
  initialiseSnapshotHeap();
  startupSnapshot.setDeserializeMainFunction(() => void main());
} else {
  void main();
}
