/**
 * What the provider's V8 startup snapshot holds, initialised, besides what provider/main.ts imports
 * statically (the part of the plugin layer that runs before the handshake line: src/plugin/serve.ts
 * with Node's `net` and `crypto`): modules whose loading and set-up touch nothing of the run-time
 * world — the plugin protocol's parsed package definition (protobufjs) and the health service's
 * definition (grpc-health-check parses its descriptor as it loads), which gRPC needs right after
 * the handshake, and the provider's own modules (src/provider: its schemas, resources, the REST
 * clients' code, msgpack), which the first RPC needs. (The AutoMTLS certificate needs no library:
 * src/plugin/tls.ts encodes go-plugin's fixed template itself.)
 *
 * Left out on purpose, loaded at run time instead:
 *  - gRPC (`@grpc/grpc-js`): it loads Node's `http2` and `tls` at the top, which the snapshot
 *    builder cannot serialise, and reads `GRPC_*` environment variables while it loads, which a
 *    snapshot would freeze at build time (the bundle runs gRPC from a code cache made at build
 *    time instead: provider/embedded-module.ts);
 *  - the HTTP and Redis libraries (got, jose, ioredis, rate-limiter-flexible): the clients import
 *    them at their first request (src/litmos/transport.ts, src/conductorone/transport.ts and
 *    credentials.ts, src/litmos/shared-budget.ts), so loading the provider does not (got and
 *    ioredis load `http2` and `tls` too);
 *  - every key, certificate, socket and random value: the AutoMTLS certificate and the listening
 *    socket are made per launch by `serve()`, after the snapshot is deserialised;
 *  - the environment: nothing here reads `process.env` (the provider reads it when
 *    `createProviderServer()` runs, at launch).
 */

/**
 * Runs while the snapshot is built: the state it leaves is what every launch starts from. The
 * modules are imported here, not at the top, so that a launch without a snapshot (the script)
 * loads them only when gRPC needs them, after the handshake line.
 */
export async function initialiseSnapshotHeap(): Promise<void> {
  const [{ service: healthService }, { protocolDefinition }, provider] = await Promise.all([
    import('grpc-health-check'),
    import('../src/plugin/protocol-definition.js'),
    import('../src/provider/index.js'),
  ]);
  protocolDefinition();
  if (!healthService.Check) throw new Error('grpc-health-check has no Check method');
  if (typeof provider.createProviderServer !== 'function') throw new Error('the provider has no server');
}
