/**
 * What the provider's V8 startup snapshot holds, initialised: the modules whose loading and set-up
 * dominate a launch before the handshake line and that touch nothing of the run-time world —
 * the plugin protocol's parsed package definition (protobufjs) and the health service's definition
 * (grpc-health-check parses its descriptor as it loads). (The AutoMTLS certificate needs no
 * library: src/plugin/tls.ts encodes go-plugin's fixed template itself.)
 *
 * Left out on purpose, loaded at run time instead:
 *  - gRPC (`@grpc/grpc-js`) and got: they load Node's `http2` and `tls` at the top, which the
 *    snapshot builder cannot serialise, and grpc-js reads `GRPC_*` environment variables while it
 *    loads, which a snapshot would freeze at build time (the bundle runs gRPC from a code cache
 *    made at build time instead: provider/embedded-module.ts);
 *  - every key, certificate, socket and random value: the AutoMTLS certificate is made per launch
 *    by `serve()`, after the snapshot is deserialised;
 *  - the environment: nothing here reads `process.env`.
 */
import { service as healthService } from 'grpc-health-check';
import { protocolDefinition } from '../src/plugin/protocol-definition.js';

/** Runs while the snapshot is built: the state it leaves is what every launch starts from. */
export function initialiseSnapshotHeap(): void {
  protocolDefinition();
  if (!healthService.Check) throw new Error('grpc-health-check has no Check method');
}
