/**
 * The one place that talks HTTP (with got): builds the URL and headers, sends, retries per
 * `retryDelayMs`, accepts only `200` + `application/json`, and turns everything else into a
 * `ConductorOneError` whose message has been scrubbed of every known secret.
 *
 * `got` is imported by the first request, not when the provider loads: most provider launches
 * only answer schema and validation calls and never send one.
 */
import type { RequestError, Response } from 'got';

import { DEFAULT_MAX_RESPONSE_BYTES, limitResponseSize, ResponseTooLargeError } from '../net/index.js';

import { ConductorOneError, errorCodeFor, redact } from './errors.js';
import { retryDelayMs, type RetryPolicy } from './retry.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportRequest {
  readonly method: HttpMethod;
  /** Path below the base URL, starting with `/`. Path parameters must already be encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  /** A JSON body. */
  readonly json?: unknown;
  /** A form body (`application/x-www-form-urlencoded`); used by the token endpoint. */
  readonly form?: Readonly<Record<string, string>>;
  /** `Authorization` header value. */
  readonly authorization?: string;
  /** Values that must never appear in an error message (e.g. config secrets in the body). */
  readonly secrets?: readonly string[];
  /**
   * Whether sending the request twice does no harm, so a 503 or a lost connection may be retried.
   * @default true for GET, PUT and DELETE; false for POST (creates must not be sent twice)
   */
  readonly idempotent?: boolean;
}

export interface TransportOptions {
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Largest response body accepted, after decompression. @default 32 MiB */
  readonly maxResponseBytes?: number;
}

/** Keeps the most recent secrets (tokens, assertions, the client secret) for redaction. */
export class SecretRegistry {
  private readonly pinned: string[] = [];
  private readonly recent: string[] = [];

  constructor(private readonly capacity = 32) {}

  /** A secret kept for the client's whole life (the client secret, a static token). */
  pin(secret: string): void {
    if (secret !== '') this.pinned.push(secret);
  }

  /** A short-lived secret (an access token, an assertion); old ones drop off. */
  add(secret: string): void {
    if (secret === '') return;
    this.recent.push(secret);
    if (this.recent.length > this.capacity) this.recent.shift();
  }

  all(extra: readonly string[] = []): string[] {
    // Longest first, so a secret that contains another is removed whole.
    return [...this.pinned, ...this.recent, ...extra].sort((a, b) => b.length - a.length);
  }
}

const MAX_SERVER_MESSAGE = 300;

export class Transport {
  constructor(
    private readonly options: TransportOptions,
    readonly secrets: SecretRegistry = new SecretRegistry(),
  ) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** Sends the request, retrying as the policy allows; resolves with the parsed JSON body. */
  async send(request: TransportRequest): Promise<unknown> {
    const idempotent = request.idempotent ?? request.method !== 'POST';
    for (let retry = 1; ; retry++) {
      const outcome = await this.attempt(request);
      if (outcome.kind === 'ok') return outcome.body;
      // An oversized answer would be just as large again: no retry.
      if (outcome.kind === 'too-large') throw this.toError(request, outcome);
      const delay = retryDelayMs(
        {
          retry,
          status:
            outcome.kind === 'http'
              ? outcome.response.statusCode
              : outcome.kind === 'bad-body'
                ? 200
                : undefined,
          retryAfter: outcome.kind === 'http' ? headerValue(outcome.response, 'retry-after') : undefined,
          idempotent,
          nowMs: this.options.now(),
        },
        this.options.retry,
      );
      if (delay === undefined) throw this.toError(request, outcome);
      await this.options.sleep(delay);
    }
  }

  private async attempt(request: TransportRequest): Promise<Outcome> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.options.userAgent,
    };
    if (request.authorization !== undefined) headers.authorization = request.authorization;
    let body: string | undefined;
    if (request.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(request.form).toString();
    } else if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    }
    let response: Response<string>;
    const { default: got, RequestError: GotRequestError } = await import('got');
    try {
      response = await limitResponseSize(
        got(this.urlFor(request), {
          method: request.method,
          headers,
          body,
          throwHttpErrors: false,
          followRedirect: false,
          retry: { limit: 0 },
          timeout: { request: this.options.timeoutMs },
          responseType: 'text',
        }),
        this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      );
    } catch (error: unknown) {
      if (error instanceof ResponseTooLargeError) return { kind: 'too-large', reason: error.message };
      return { kind: 'network', reason: networkReason(error, GotRequestError) };
    }
    if (response.statusCode !== 200) return { kind: 'http', response };
    const contentType = headerValue(response, 'content-type') ?? '';
    if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
      return { kind: 'bad-body', reason: `unexpected content type "${contentType}"` };
    }
    try {
      return { kind: 'ok', body: response.body === '' ? {} : (JSON.parse(response.body) as unknown) };
    } catch {
      return { kind: 'bad-body', reason: 'the response body is not valid JSON' };
    }
  }

  private urlFor(request: TransportRequest): string {
    const url = new URL(this.options.baseUrl + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  private toError(request: TransportRequest, outcome: Exclude<Outcome, { kind: 'ok' }>): ConductorOneError {
    const where = `${request.method} ${request.path}`;
    const secrets = this.secrets.all(request.secrets);
    if (outcome.kind === 'network') {
      return new ConductorOneError(
        'NETWORK',
        redact(`ConductorOne ${where} failed: ${outcome.reason}`, secrets),
        {
          method: request.method,
          path: request.path,
        },
      );
    }
    if (outcome.kind === 'bad-body' || outcome.kind === 'too-large') {
      return new ConductorOneError(
        'SERVER',
        redact(`ConductorOne ${where} failed: ${outcome.reason}`, secrets),
        {
          status: 200,
          method: request.method,
          path: request.path,
        },
      );
    }
    const status = outcome.response.statusCode;
    const { apiCode, message } = parseErrorBody(outcome.response.body);
    const code = errorCodeFor(status, apiCode);
    const detail = message === undefined ? '' : `: ${message.slice(0, MAX_SERVER_MESSAGE)}`;
    const label = apiCode === undefined ? `HTTP ${status}` : `HTTP ${status} (${apiCode})`;
    return new ConductorOneError(
      code,
      redact(`ConductorOne ${where} failed with ${label}${detail}`, secrets),
      {
        status,
        method: request.method,
        path: request.path,
        apiCode,
      },
    );
  }
}

type Outcome =
  | { readonly kind: 'ok'; readonly body: unknown }
  | { readonly kind: 'http'; readonly response: Response<string> }
  | { readonly kind: 'network'; readonly reason: string }
  | { readonly kind: 'bad-body'; readonly reason: string }
  | { readonly kind: 'too-large'; readonly reason: string };

function headerValue(response: Response<string>, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A short reason for a failed connection; got's own message is not used (it holds the URL). */
function networkReason(error: unknown, requestError: typeof RequestError): string {
  if (error instanceof requestError) {
    if (error.name === 'TimeoutError') return 'the request timed out';
    return `network error ${error.code}`;
  }
  return 'network error';
}

/** Reads `{code, message}` (Connect style) or `{error, error_description}` (OAuth2 style). */
export function parseErrorBody(body: string): { apiCode?: string; message?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.trim() === '' ? {} : { message: body.trim() };
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const record = parsed as Record<string, unknown>;
  const apiCode =
    typeof record.code === 'string'
      ? record.code
      : typeof record.error === 'string'
        ? record.error
        : undefined;
  const message =
    typeof record.message === 'string'
      ? record.message
      : typeof record.error_description === 'string'
        ? record.error_description
        : undefined;
  return { apiCode, message };
}
