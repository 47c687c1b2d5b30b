/**
 * Every failure of the ConductorOne client is a `ConductorOneError` with a stable `code`.
 * Messages name the HTTP method and path; they never carry credentials (client secret, client
 * assertion, access token) because callers redact them before building the message.
 */

import { maskSecrets } from '../secret-mask.js';

export type ConductorOneErrorCode =
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVER'
  | 'NETWORK'
  | 'CONFIG';

export interface ConductorOneErrorDetails {
  /** HTTP status, when a response was received. */
  readonly status?: number;
  /** HTTP method of the failed call. */
  readonly method?: string;
  /** Request path of the failed call (no host, no query). */
  readonly path?: string;
  /** The server's own error code, e.g. `not_found`. */
  readonly apiCode?: string;
}

export class ConductorOneError extends Error {
  override readonly name = 'ConductorOneError';
  readonly status?: number;
  readonly method?: string;
  readonly path?: string;
  readonly apiCode?: string;

  constructor(
    readonly code: ConductorOneErrorCode,
    message: string,
    details: ConductorOneErrorDetails = {},
  ) {
    super(message);
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.apiCode = details.apiCode;
  }
}

export function isConductorOneError(value: unknown): value is ConductorOneError {
  return value instanceof ConductorOneError;
}

/** True when `value` is a ConductorOne "not found" error (a 404 from the API). */
export function isNotFound(value: unknown): boolean {
  return isConductorOneError(value) && value.code === 'NOT_FOUND';
}

export function configError(message: string): ConductorOneError {
  return new ConductorOneError('CONFIG', `ConductorOne client configuration: ${message}`);
}

/** Connect/gRPC string codes as the API may send them in `{code, message}` bodies. */
const API_CODES: Readonly<Record<string, ConductorOneErrorCode>> = {
  invalid_argument: 'INVALID_ARGUMENT',
  failed_precondition: 'INVALID_ARGUMENT',
  out_of_range: 'INVALID_ARGUMENT',
  unauthenticated: 'UNAUTHENTICATED',
  permission_denied: 'PERMISSION_DENIED',
  not_found: 'NOT_FOUND',
  already_exists: 'CONFLICT',
  aborted: 'CONFLICT',
  resource_exhausted: 'RATE_LIMITED',
  internal: 'SERVER',
  unavailable: 'SERVER',
  unknown: 'SERVER',
  unimplemented: 'SERVER',
  data_loss: 'SERVER',
  deadline_exceeded: 'SERVER',
};

/** Maps an HTTP status (and, if it is more specific, the body's code) to an error code. */
export function errorCodeFor(status: number, apiCode?: string): ConductorOneErrorCode {
  const fromBody = apiCode === undefined ? undefined : API_CODES[apiCode.toLowerCase()];
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'PERMISSION_DENIED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return fromBody ?? 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER';
  if (status >= 400) return fromBody ?? 'INVALID_ARGUMENT';
  return fromBody ?? 'SERVER';
}

/** Replaces every spelling of each secret in `text` (see `maskSecrets`) with a fixed marker. */
export function redact(text: string, secrets: Iterable<string>): string {
  return maskSecrets(text, secrets, '[REDACTED]');
}
