/**
 * Where the ConductorOne API lives: a tenant name (`acme` → `https://acme.conductor.one`), an
 * explicit server URL, or the host inside a client ID. Plain `http://` is accepted for loopback
 * hosts only (local simulators); anything else must be `https://`.
 */
import { isIPv4 } from 'node:net';

import { configError } from './errors.js';

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

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return isIPv4(host) && host.startsWith('127.');
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
    throw configError(`"${value}" is not a valid server URL or tenant name`);
  }
  if (url.username !== '' || url.password !== '') {
    throw configError('the server URL must not contain credentials');
  }
  if (url.search !== '' || url.hash !== '') {
    throw configError('the server URL must not contain a query or fragment');
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      throw configError(
        `plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), not "${url.hostname}"; use https://`,
      );
    }
  } else if (url.protocol !== 'https:') {
    throw configError(`unsupported scheme "${url.protocol}" in the server URL; use https://`);
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
  return {
    id: clientId.slice(0, at),
    host: clientId.slice(at + 1, slash),
    kind: clientId.slice(slash + 1),
  };
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
