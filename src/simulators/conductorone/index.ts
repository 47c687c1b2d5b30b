/**
 * A local ConductorOne: the same HTTP contract as `<tenant>.conductor.one` for what this project
 * uses (token endpoint with real EdDSA assertion checks, apps, owners, connectors, users), state
 * in memory, faults switchable at run time, and `/_sim/*` controls.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { generateClientCredentials } from '../../conductorone/testing.js';
import { apiRoutes, type ConfigMerge } from './api.js';
import { AuthServer, type RegisteredClient } from './auth.js';
import { credentialRoutes, CredentialStore } from './credentials-routes.js';
import { FaultControls } from './faults.js';
import { createRequestHandler, RequestStats } from './server.js';
import { ConductorOneStore, newId, type SimUser } from './store.js';

export { ConductorOneStore, type SimApp, type SimConnector, type SimUser } from './store.js';
export { FaultControls, type FaultEffect, type FaultSpec, type ActiveFault } from './faults.js';
export { RequestStats } from './server.js';
export type { ConfigMerge } from './api.js';
export type { RegisteredClient } from './auth.js';
export { CredentialStore, type SimCredential } from './credentials-routes.js';

export interface ConductorOneSimulatorOptions {
  /** @default 0 (a free port) */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Lifetime of issued access tokens. @default 3600 */
  readonly tokenTtlSeconds?: number;
  /** Clock for token expiry and timestamps. @default Date.now */
  readonly now?: () => number;
  /**
   * How a `config` update treats `configuration`: key by key (a key left out is kept, an empty
   * value deletes it; facts §2.6, INFERENCE), or replaced whole (a key left out is gone), so
   * clients can be checked against both readings. @default 'per-key'
   */
  readonly configMerge?: ConfigMerge;
}

export interface ConductorOneSimulator {
  /** `http://127.0.0.1:<port>`. */
  readonly serverUrl: string;
  /** A registered client, acting as `adminUserId`. */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId: string;
  /** The seeded users: the client's own user, then a second one. */
  readonly adminUserId: string;
  readonly otherUserId: string;
  readonly store: ConductorOneStore;
  /** Connector credentials issued by the rotate call. */
  readonly credentials: CredentialStore;
  readonly faults: FaultControls;
  readonly stats: RequestStats;
  /** Registers another client (e.g. from `generateClientCredentials`). */
  registerClient(client: RegisteredClient): void;
  /** Changes the lifetime of tokens issued from now on. */
  setTokenTtlSeconds(seconds: number): void;
  /** Invalidates every access token issued so far. */
  revokeAllTokens(): void;
  close(): Promise<void>;
}

export async function startConductorOneSimulator(
  opts: ConductorOneSimulatorOptions = {},
): Promise<ConductorOneSimulator> {
  const host = opts.host ?? '127.0.0.1';
  const now = opts.now ?? Date.now;
  const store = new ConductorOneStore(now);
  const admin: SimUser = store.addUser({ email: 'admin@example.com', displayName: 'Ada Admin' });
  const other: SimUser = store.addUser({ email: 'owner@example.com', displayName: 'Otto Owner' });
  const auth = new AuthServer(now, opts.tokenTtlSeconds ?? 3600);
  const faults = new FaultControls();
  const stats = new RequestStats();
  const tenantId = newId();
  const hostName = host.replace(/^\[|\]$/g, '');
  const credentialStore = new CredentialStore();

  const credentials = await generateClientCredentials(hostName);
  auth.register({
    clientId: credentials.clientId,
    publicJwk: credentials.publicJwk,
    userId: admin.id,
    clientSecret: credentials.clientSecret,
  });

  const server = createServer(
    createRequestHandler(
      {
        store,
        auth,
        faults,
        routes: [
          ...credentialRoutes({ store, credentials: credentialStore, auth, host: hostName }),
          ...apiRoutes(store, tenantId, opts.configMerge ?? 'per-key'),
        ],
        audiences: [hostName],
      },
      stats,
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = hostName.includes(':') ? `[${hostName}]` : hostName;

  return {
    serverUrl: `http://${urlHost}:${port}`,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    tenantId,
    adminUserId: admin.id,
    otherUserId: other.id,
    store,
    credentials: credentialStore,
    faults,
    stats,
    registerClient: (client) => auth.register(client),
    setTokenTtlSeconds: (seconds) => {
      if (!Number.isFinite(seconds) || seconds < 0)
        throw new TypeError('token TTL must be a non-negative number');
      auth.tokenTtlSeconds = seconds;
    },
    revokeAllTokens: () => auth.revokeAllTokens(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
