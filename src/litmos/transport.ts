/**
 * The HTTP layer of the Litmos client: one `got` instance per client with the api key header,
 * `source` and `format=json` on every request, the per-key request gate, retries of 503/504 and
 * socket failures for requests that are safe to repeat, and the mapping of every failure to a
 * `LitmosError` whose message and cause hold no secret.
 *
 * `got` is imported when a client sends its first request, not when the provider loads: most
 * provider launches only answer schema and validation calls and never send one.
 */
import type * as GotLibrary from 'got';
import type { Got, Method } from 'got';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  displayOrigin,
  encodePathSegment,
  limitResponseSize,
  ResponseTooLargeError,
  UnsafePathSegmentError,
} from '../net/index.js';
import { codeForStatus, errorDetail, excerpt, LitmosError, redact } from './errors.js';
import { RETRYABLE_ERROR_CODES, RETRYABLE_STATUSES, retryDelayMs, type RetryPolicy } from './retry.js';
import { keyGateFor, type KeyGate, type ThrottleSettings } from './throttle.js';
import { parseXml, xmlToValue } from './xml.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type QueryValue = string | number | boolean | undefined;

export interface RequestSpec {
  readonly method: HttpMethod;
  /** Path below the base URL, starting with `/`, segments already encoded (see `apiPath`). */
  readonly path: string;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  /**
   * Whether a failed attempt may be repeated. GET, PUT and DELETE are repeatable; a POST is only
   * when the API documents it as idempotent (adding team members, assigning courses).
   * @default true for GET/PUT/DELETE, false for POST
   */
  readonly repeatable?: boolean;
  /** The first attempt's unit of budget was taken with `turn()`; retries take their own. */
  readonly prepaid?: boolean;
}

export interface TransportOptions {
  readonly apiKey: string;
  readonly source: string;
  readonly baseUrl: string;
  readonly throttle: ThrottleSettings;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly random: () => number;
  readonly userAgent: string;
  /**
   * The request budget, awaited before every attempt. The key's cool-down after a 503 (`KeyGate`)
   * applies around it either way. @default the in-process budget of the key
   */
  readonly gate?: () => Promise<void>;
  /** Largest response body accepted, after decompression. @default 32 MiB */
  readonly maxResponseBytes?: number;
}

/**
 * Builds `/a/b/c` from raw segments, percent-encoding each one; an empty, `.` or `..` segment
 * (which URL parsing would collapse into another path) is refused with a `VALIDATION` error.
 */
export function apiPath(...segments: readonly string[]): string {
  try {
    return `/${segments.map(encodePathSegment).join('/')}`;
  } catch (e: unknown) {
    if (e instanceof UnsafePathSegmentError) {
      throw new LitmosError('VALIDATION', `Litmos request refused: ${e.message}`);
    }
    throw e;
  }
}

const REPEATABLE_METHODS: readonly Method[] = ['GET', 'PUT', 'DELETE'];

export class LitmosTransport {
  readonly #options: TransportOptions;
  readonly #gate: KeyGate;
  readonly #writeListeners = new Set<() => void>();
  /** `got` itself, once the first request has loaded it (for `toLitmosError`). */
  #library: typeof GotLibrary | undefined;
  #http: Promise<Got> | undefined;

  constructor(options: TransportOptions) {
    this.#options = options;
    const gate = keyGateFor(options.apiKey, options.throttle);
    this.#gate = gate;
    const budget = options.gate;
    this.turn = () => (budget === undefined ? gate.acquire() : gate.acquireWith(budget));
  }

  /** This client's `got` instance, made (and `got` imported) on the first request. */
  #client(): Promise<Got> {
    this.#http ??= import('got').then((library) => {
      this.#library = library;
      return library.default.extend(this.#httpOptions());
    });
    return this.#http;
  }

  #httpOptions(): GotLibrary.ExtendOptions {
    const options = this.#options;
    const gate = this.#gate;
    return {
      prefixUrl: options.baseUrl,
      headers: { apikey: options.apiKey, accept: 'application/json', 'user-agent': options.userAgent },
      responseType: 'text',
      // Never follow a redirect: the apikey header would travel to wherever it points (got drops
      // only `authorization` and cookies on a cross-host redirect), over http too.
      followRedirect: false,
      timeout: { request: options.timeoutMs },
      retry: {
        limit: options.retry.limit,
        methods: [...REPEATABLE_METHODS],
        statusCodes: [...RETRYABLE_STATUSES],
        errorCodes: [...RETRYABLE_ERROR_CODES],
        calculateDelay: ({ attemptCount, error, computedValue }) =>
          computedValue === 0
            ? 0
            : retryDelayMs(
                { attempt: attemptCount, status: error.response?.statusCode, errorCode: error.code },
                options.retry,
                options.random,
              ),
      },
      hooks: {
        // Every attempt, retries included, spends one unit of the key's shared budget; the unit of
        // a prepaid first attempt was taken with `turn()`.
        beforeRequest: [
          async (options) => {
            const context = options.context as { prepaid?: boolean };
            if (context.prepaid === true) {
              context.prepaid = false;
              return;
            }
            await this.turn();
          },
        ],
        // A 503 pauses every request of the key (see `KeyGate`); any other answer ends a pause's probe.
        afterResponse: [
          (response) => {
            const sentAt = response.timings.start;
            if (response.statusCode === 503) gate.limited(sentAt);
            else gate.answered(sentAt);
            return response;
          },
        ],
        beforeRetry: [
          (error) => {
            if (error.response === undefined) gate.released();
          },
        ],
        beforeError: [
          (error) => {
            if (error.response === undefined) gate.released();
            return error;
          },
        ],
      },
    };
  }

  /**
   * Waits for one unit of the request budget (after any cool-down) and takes it, for a request
   * sent right after with `prepaid: true`. Lets a coalesced batch stay open until the budget would
   * send it, so that what arrives meanwhile goes in the same request.
   */
  readonly turn: () => Promise<void>;

  /** Called after every request that may have changed data (any non-GET, success or failure). */
  onWrite(listener: () => void): () => void {
    this.#writeListeners.add(listener);
    return () => this.#writeListeners.delete(listener);
  }

  /**
   * Sends one request; resolves to the parsed body (JSON, or XML read into the same shape when the
   * server answers XML), or `undefined` for an empty body.
   */
  async request(spec: RequestSpec): Promise<unknown> {
    const isWrite = spec.method !== 'GET';
    if (isWrite) this.#notifyWrite();
    try {
      const repeatable = spec.repeatable ?? spec.method !== 'POST';
      const http = await this.#client();
      const response = await limitResponseSize(
        http(spec.path.replace(/^\/+/, ''), {
          method: spec.method,
          searchParams: this.#searchParams(spec.query),
          ...(spec.body === undefined ? {} : { json: spec.body }),
          retry: { methods: repeatable ? [spec.method] : [] },
          context: { prepaid: spec.prepaid === true },
        }),
        this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      );
      // With redirects off, got hands 3xx answers back as responses.
      if (response.statusCode >= 300)
        throw redirectRefused(spec, response.statusCode, response.headers.location, response.url);
      return this.#parse(spec, response.body, response.statusCode, response.headers['content-type']);
    } catch (e: unknown) {
      throw this.toLitmosError(spec, e);
    } finally {
      if (isWrite) this.#notifyWrite();
    }
  }

  /** Maps anything thrown by `got` to a `LitmosError` that names method and path only. */
  toLitmosError(spec: Pick<RequestSpec, 'method' | 'path'>, e: unknown): LitmosError {
    if (e instanceof LitmosError) return e;
    const secrets = [this.#options.apiKey];
    const where = `Litmos ${spec.method} ${spec.path}`;
    if (e instanceof ResponseTooLargeError) {
      return new LitmosError('INVALID_RESPONSE', `${where} failed: ${e.message}`, { cause: e });
    }
    // Before the first request has loaded got, nothing can be one of its errors.
    const library = this.#library;
    if (library !== undefined && e instanceof library.HTTPError) {
      const status = e.response.statusCode;
      const body = typeof e.response.body === 'string' ? e.response.body : '';
      // Litmos's WCF error page says only "Request Error" in its title; the reason phrase carries
      // the message ([REC] module_complete.3), so an HTML answer is named by its reason phrase.
      const html = /html/i.test(String(e.response.headers['content-type'] ?? ''));
      const reason = e.response.statusMessage ?? '';
      const detail = redact((html && reason) || errorDetail(body) || reason, secrets);
      const code = codeForStatus(status, detail);
      const retried = e.request.retryCount > 0 ? ` after ${e.request.retryCount + 1} attempts` : '';
      return new LitmosError(code, `${where} failed with ${status}${retried}${detail ? `: ${detail}` : ''}`, {
        status,
        bodyExcerpt: excerpt(body, secrets),
        cause: sanitizedCause(e, secrets),
      });
    }
    if (library !== undefined && e instanceof library.RequestError) {
      return new LitmosError('NETWORK', `${where} failed: ${e.code} ${redact(e.message, secrets)}`, {
        cause: sanitizedCause(e, secrets),
      });
    }
    const message = e instanceof Error ? e.message : String(e);
    return new LitmosError('NETWORK', `${where} failed: ${redact(message, secrets)}`, {
      cause: sanitizedCause(e, secrets),
    });
  }

  #searchParams(query: RequestSpec['query']): URLSearchParams {
    const params = new URLSearchParams({ source: this.#options.source, format: 'json' });
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(name, String(value));
    }
    return params;
  }

  #parse(spec: RequestSpec, body: string, status: number, contentType: string | undefined): unknown {
    if (body.trim() === '') return undefined;
    const type = contentType ?? '';
    const xml = /xml/i.test(type) || (!/json|html/i.test(type) && body.trimStart().startsWith('<'));
    try {
      return xml ? xmlToValue(parseXml(body.trim())) : (JSON.parse(body) as unknown);
    } catch (e: unknown) {
      throw new LitmosError(
        'INVALID_RESPONSE',
        `Litmos ${spec.method} ${spec.path} returned a body that is not ${xml ? 'readable XML' : 'JSON'}`,
        {
          status,
          bodyExcerpt: excerpt(body, [this.#options.apiKey]),
          cause: sanitizedCause(e, [this.#options.apiKey]),
        },
      );
    }
  }

  #notifyWrite(): void {
    for (const listener of this.#writeListeners) listener();
  }
}

/** A redirect is an error: following it would send the apikey header wherever it points. */
function redirectRefused(
  spec: Pick<RequestSpec, 'method' | 'path'>,
  status: number,
  location: string | undefined,
  requestUrl: string,
): LitmosError {
  let target = '';
  try {
    if (location !== undefined) target = ` to ${displayOrigin(new URL(location, requestUrl).href)}`;
  } catch {
    // An unparsable Location is not shown.
  }
  return new LitmosError(
    'INVALID_RESPONSE',
    `Litmos ${spec.method} ${spec.path} was redirected (${status})${target}; redirects are not followed, so the API key never leaves the configured base URL. Check base_url or region`,
    { status },
  );
}

/**
 * A copy of the original error that keeps its name, code and message but drops `options`,
 * `request` and `response`, which hold the api key header.
 */
function sanitizedCause(e: unknown, secrets: readonly string[]): Error {
  const source = e instanceof Error ? e : new Error(String(e));
  const copy = new Error(redact(source.message, secrets));
  copy.name = source.name;
  const code = (source as { code?: unknown }).code;
  if (typeof code === 'string') Object.defineProperty(copy, 'code', { value: code, enumerable: true });
  return copy;
}
