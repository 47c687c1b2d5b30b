/**
 * Rules every API endpoint URL of the provider follows (Litmos `base_url`, ConductorOne server
 * URL): `https://`, or plain `http://` for a loopback host only (local simulators); no
 * `user:password@`. Diagnostics show a URL's origin only, never its path, query or credentials.
 */
import { isIPv4 } from 'node:net';

/** True for 127.0.0.0/8, ::1 and `localhost`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return isIPv4(host) && host.startsWith('127.');
}

/** What is wrong with `url` as an API endpoint, or `undefined` when it may be used. */
export function endpointProblem(url: URL): string | undefined {
  if (url.username !== '' || url.password !== '') {
    return 'must not contain credentials (user:password@); pass keys through their own settings';
  }
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname)) {
      return `plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), not "${url.hostname}"; use https://`;
    }
    return undefined;
  }
  if (url.protocol !== 'https:') return `unsupported scheme "${url.protocol}"; use https://`;
  return undefined;
}

/**
 * A URL reduced to what a message may show: `scheme://host[:port]`, without credentials, path or
 * query. Text that is not a URL is not echoed at all.
 */
export function displayOrigin(raw: string): string {
  try {
    const url = new URL(raw.trim());
    return url.host === '' ? `${url.protocol}…` : `${url.protocol}//${url.host}`;
  } catch {
    return '(not a valid URL)';
  }
}

/**
 * What is wrong with the text `raw` as an API endpoint URL, or `undefined`. The message shows the
 * URL's origin at most, so it may be printed even when the URL carried a password.
 */
export function endpointUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'is not a valid URL';
  }
  const problem = endpointProblem(url);
  if (problem !== undefined) return `${displayOrigin(raw)} ${problem}`;
  if (url.search !== '' || url.hash !== '')
    return `${displayOrigin(raw)} must not contain a query or fragment`;
  return undefined;
}
