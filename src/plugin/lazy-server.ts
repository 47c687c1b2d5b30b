/**
 * A `ProviderServer` that loads the real one on first use. The provider's own code (schemas,
 * resources, the REST clients) is not needed for the go-plugin handshake, so the executable prints the handshake line first and loads the provider while
 * Terraform connects. `preload()` starts loading without waiting for the first RPC.
 */
import type { ListResourceEvent, ListResourceRequest, ProviderServer } from '../framework/protocol.js';
import { notSupportedDiagnostic } from './diagnostics.js';

export interface LazyProviderServer extends ProviderServer {
  /** Starts loading the real server now (idempotent); resolves when it is ready. */
  preload(): Promise<void>;
}

/** RPCs of protocol 6.10 that a server may leave out: the lazy server answers them itself then. */
type ListMethod = 'validateListResourceConfig' | 'listResource';
type Method = Exclude<keyof ProviderServer, ListMethod>;
const LIST_RESOURCES = 'List Resources';

/** Every RPC of `ProviderServer`; the record type makes a newly added RPC a compile error here. */
const METHOD_SET: Record<Method, true> = {
  getProviderSchema: true,
  getMetadata: true,
  getResourceIdentitySchemas: true,
  validateProviderConfig: true,
  validateResourceConfig: true,
  validateDataResourceConfig: true,
  configureProvider: true,
  upgradeResourceState: true,
  upgradeResourceIdentity: true,
  readResource: true,
  planResourceChange: true,
  applyResourceChange: true,
  importResourceState: true,
  readDataSource: true,
  validateEphemeralResourceConfig: true,
  openEphemeralResource: true,
  stopProvider: true,
};
const METHODS = Object.keys(METHOD_SET) as Method[];

/**
 * Wraps `load` (called at most once). A failed load is not retried: every RPC then rejects with
 * the load error, which the plugin layer reports as one error diagnostic.
 */
export function lazyProviderServer(load: () => Promise<ProviderServer>): LazyProviderServer {
  let loading: Promise<ProviderServer> | undefined;
  const server = (): Promise<ProviderServer> => (loading ??= Promise.resolve().then(load));
  const forward = <M extends Method>(method: M): ProviderServer[M] =>
    (async (...args: Parameters<ProviderServer[M]>) => {
      const real = await server();
      const fn = real[method] as (...a: Parameters<ProviderServer[M]>) => ReturnType<ProviderServer[M]>;
      return fn.apply(real, args);
    }) as unknown as ProviderServer[M];
  const lazy = Object.fromEntries(METHODS.map((m) => [m, forward(m)])) as unknown as Pick<
    ProviderServer,
    Method
  >;
  return {
    ...lazy,
    validateListResourceConfig: async (req) => {
      const real = await server();
      if (real.validateListResourceConfig) return real.validateListResourceConfig(req);
      return { diagnostics: [notSupportedDiagnostic(LIST_RESOURCES, 'ValidateListResourceConfig')] };
    },
    listResource: async function* (req: ListResourceRequest): AsyncIterable<ListResourceEvent> {
      const real = await server();
      if (real.listResource) yield* real.listResource(req);
      else yield { diagnostic: [notSupportedDiagnostic(LIST_RESOURCES, 'ListResource')] };
    },
    preload: async () => {
      await server();
    },
  };
}
