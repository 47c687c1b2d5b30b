/**
 * Typed errors of the Litmos client. Every failure becomes a `LitmosError` with a `code` from a
 * closed union, the HTTP status when there was one, and a short excerpt of the response body.
 * Messages name the method and path (never the query, never the api key).
 */

import { maskSecrets } from '../secret-mask.js';

export type LitmosErrorCode =
  /** 401: the api key is wrong, or the account has no API access. */
  | 'UNAUTHORIZED'
  /** 403: the key owner's access level does not allow the call. */
  | 'FORBIDDEN'
  /** 400/403 that names the `source` parameter. */
  | 'BAD_SOURCE'
  | 'NOT_FOUND'
  /** 409 "UserName already exists". */
  | 'USERNAME_TAKEN'
  /** Any other 409 conflict, e.g. "Team name already exists". */
  | 'CONFLICT'
  /** 400, 406 and the 409s that Litmos uses for invalid input. */
  | 'VALIDATION'
  /** 503 (how Litmos signals the rate limit) after every retry was spent. */
  | 'RATE_LIMITED'
  /** Any other 5xx. */
  | 'SERVER'
  /** No response: timeout, connection reset or refused, DNS. */
  | 'NETWORK'
  /** A 2xx whose body is not what the API documents. */
  | 'INVALID_RESPONSE';

export interface LitmosErrorDetails {
  readonly status?: number;
  /** At most `BODY_EXCERPT_LENGTH` characters of the response body, with the api key removed. */
  readonly bodyExcerpt?: string;
  readonly cause?: unknown;
}

export const BODY_EXCERPT_LENGTH = 300;

export class LitmosError extends Error {
  override readonly name = 'LitmosError';
  readonly status?: number;
  readonly bodyExcerpt?: string;

  constructor(
    readonly code: LitmosErrorCode,
    message: string,
    details: LitmosErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.bodyExcerpt = details.bodyExcerpt;
  }
}

export function isLitmosError(e: unknown, code?: LitmosErrorCode): e is LitmosError {
  return e instanceof LitmosError && (code === undefined || e.code === code);
}

/**
 * The human message in an error body: `Detail`, else `Message`, else the visible text of an HTML
 * page (never just its title), else the text itself.
 */
export function errorDetail(body: string): string {
  const text = body.trim();
  if (text === '') return '';
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) {
      for (const key of ['Detail', 'Message', 'detail', 'message']) {
        const value = (parsed as Record<string, unknown>)[key];
        if (typeof value === 'string') return value;
      }
    }
    if (typeof parsed === 'string') return parsed;
  } catch {
    // Not JSON (an HTML error page or XML): fall through to the text itself.
  }
  return /<[a-z!][^>]*>/i.test(text) ? htmlText(text) : text;
}

/**
 * The visible text of an HTML error page without its title, so a WCF page reads "Error Status
 * Code: 'InternalServerError' Details: The server encountered an error processing the request…"
 * rather than its title "Request Error".
 */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which code an HTTP error status (with its body's message) maps to. Pure. */
export function codeForStatus(status: number, detail: string): LitmosErrorCode {
  const mentionsSource = /\bsource\b/i.test(detail);
  if (status === 401) return 'UNAUTHORIZED';
  if ((status === 400 || status === 403) && mentionsSource) return 'BAD_SOURCE';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) {
    if (/user\s?name already exists/i.test(detail)) return 'USERNAME_TAKEN';
    if (/already exists|already belongs/i.test(detail)) return 'CONFLICT';
    return 'VALIDATION';
  }
  if (status === 503) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER';
  return 'VALIDATION';
}

/** Replaces every spelling of each secret (see `maskSecrets`) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  return maskSecrets(text, secrets, '***');
}

export function excerpt(text: string, secrets: readonly string[]): string | undefined {
  const clean = redact(text, secrets).trim();
  if (clean === '') return undefined;
  return clean.length > BODY_EXCERPT_LENGTH ? `${clean.slice(0, BODY_EXCERPT_LENGTH)}…` : clean;
}

export function errorMessageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
