/**
 * The provider executable (`terraform-provider-litmos`): Terraform starts it, it serves the
 * litmos provider over the plugin protocol. `provider/build.mjs` bundles this file into one
 * self-contained Node script, and into a V8 startup snapshot (see provider/snapshot-heap.ts).
 *
 * Start-up: the handshake line needs only the certificate and a listening socket
 * (src/plugin/serve.ts); gRPC loads right after it, then the provider itself (schemas,
 * resources, REST clients; the snapshot holds it already), while Terraform connects. Both are
 * imported dynamically — esbuild keeps them in the same file but evaluates them only when
 * imported — and RPCs that arrive earlier wait for them. The HTTP and Redis libraries (got, jose,
 * ioredis) load later still, at their first use, so most launches never load them.
 */
import { startupSnapshot } from 'node:v8';
import { lazyProviderServer, serve } from '../src/plugin/index.js';
import { initialiseSnapshotHeap } from './snapshot-heap.js';

/** Listened for by provider/code-cache-trainer.mjs, which makes the executable's code cache at build time. */
const READY_EVENT = 'litmos:provider-ready';

async function main(): Promise<void> {
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
  // `node --build-snapshot` or a single executable with useSnapshot: initialise the heap now (the
  // snapshot is taken once this has settled; a failure fails the build), serve when a launch
  // deserialises it.
  startupSnapshot.setDeserializeMainFunction(() => void main());
  void initialiseSnapshotHeap();
} else {
  void main();
}
