/**
 * Where the ConductorOne API lives: a tenant name (`acme` → `https://acme.conductor.one`), an
 * explicit server URL, or the host inside a client ID. Plain `http://` is accepted for loopback
 * hosts only (local simulators); anything else must be `https://`.
 */
import { endpointProblem, isLoopbackHost } from '../net/index.js';
import { configError } from './errors.js';

export { isLoopbackHost };

const TENANT_WORD = /^[a-z0-9][a-z0-9-]*$/;
const C1_SUFFIX = '.conductor.one';

export interface ServerLocation {
  /** A tenant name or domain, e.g. `acme` or `acme.conductor.one`. Wins over `serverUrl`. */
  readonly tenant?: string;
  /** An explicit base URL, e.g. `https://acme.conductor.one` or `http://127.0.0.1:8080`. */
  readonly serverUrl?: string;
  /** A client ID `<id>@<host>/<kind>`; its host is used when nothing else is given. */
  readonly clientId?: string;
}

/** Base URL (no trailing slash) from the first of tenant, server URL, client ID host. */
export function resolveServerUrl(location: ServerLocation): string {
  const tenant = nonBlank(location.tenant);
  if (tenant !== undefined) return normalizeServerUrl(tenant);
  const serverUrl = nonBlank(location.serverUrl);
  if (serverUrl !== undefined) return normalizeServerUrl(serverUrl);
  const clientId = nonBlank(location.clientId);
  if (clientId !== undefined) return normalizeServerUrl(parseClientId(clientId).host);
  throw configError('no server: set a tenant, a server URL, or a client ID that names its host');
}

/**
 * Lower-cases, turns a bare tenant word into `https://<word>.conductor.one`, adds `https://`
 * when no scheme is given, reduces `*.conductor.one` to its origin, and refuses plain http to
 * anything but a loopback host.
 */
export function normalizeServerUrl(raw: string): string {
  const value = raw.trim().toLowerCase();
  if (value === '') throw configError('the server URL is empty');
  let withScheme: string;
  if (value.includes('://')) withScheme = value;
  else if (TENANT_WORD.test(value)) withScheme = `https://${value}${C1_SUFFIX}`;
  else withScheme = `https://${value}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw configError('the server URL is not a valid URL or tenant name');
  }
  const problem = endpointProblem(url);
  if (problem !== undefined) throw configError(`the server URL ${problem}`);
  if (url.search !== '' || url.hash !== '') {
    throw configError('the server URL must not contain a query or fragment');
  }
  if (url.hostname.endsWith(C1_SUFFIX) && url.protocol === 'https:') {
    return `https://${url.host}`;
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The audience of a client assertion: the API host name, without port or IPv6 brackets. */
export function audienceFor(baseUrl: string): string {
  return new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
}

export interface ParsedClientId {
  readonly id: string;
  /** The API host between `@` and `/`, e.g. `acme.conductor.one`. */
  readonly host: string;
  /** The use-case suffix after `/`, e.g. `pcc` or `spc`. */
  readonly kind: string;
}

/** Splits `<id>@<host>/<kind>`; both `@` and a `/` after the host are required. */
export function parseClientId(clientId: string): ParsedClientId {
  const at = clientId.indexOf('@');
  const slash = clientId.indexOf('/', at + 1);
  if (at <= 0 || slash < 0 || slash === at + 1) {
    throw configError('the client ID must look like "<id>@<host>/<kind>"');
  }
  const host = clientId.slice(at + 1, slash);
  if (!isPlainHost(host)) {
    throw configError(
      'the host part of the client ID must be a plain host name or address, with an optional :port',
    );
  }
  return { id: clientId.slice(0, at), host, kind: clientId.slice(slash + 1) };
}

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** `name.example`, `127.0.0.1` or `[::1]`, then an optional `:port`; nothing else. */
const PLAIN_HOST = new RegExp(
  `^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`,
  'iu',
);

/** True for `host` or `host:port` with nothing a URL parser could read as credentials or a path. */
export function isPlainHost(value: string): boolean {
  const match = PLAIN_HOST.exec(value);
  if (match === null) return false;
  const port = match[1];
  return port === undefined || Number(port) <= 65535;
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
