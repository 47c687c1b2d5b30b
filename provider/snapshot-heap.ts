/**
 * What the provider's V8 startup snapshot holds, initialised: the modules whose loading and set-up
 * dominate a launch before the handshake line and that touch nothing of the run-time world —
 * the plugin protocol's parsed package definition (protobufjs), the health service's definition
 * (grpc-health-check parses its descriptor as it loads), and the X.509/ASN.1 library with the
 * Reflect metadata API it needs.
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
// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { service as healthService } from 'grpc-health-check';
import { protocolDefinition } from '../src/plugin/protocol-definition.js';

/** Runs while the snapshot is built: the state it leaves is what every launch starts from. */
export function initialiseSnapshotHeap(): void {
  protocolDefinition();
  if (!healthService.Check) throw new Error('grpc-health-check has no Check method');
  // Referenced so that the bundler keeps the module and the builder evaluates it.
  if (typeof x509.X509CertificateGenerator.createSelfSigned !== 'function') {
    throw new Error('@peculiar/x509 has no X509CertificateGenerator.createSelfSigned');
  }
}
