/**
 * Access tokens for the API. Either a static bearer token, or tokens minted at
 * `POST /auth/v1/token` with a signed client assertion. Minted tokens are cached until
 * `refreshMarginMs` before their `expires_in` runs out; concurrent callers share one request.
 */
import {
  createClientAssertion,
  importSigningKey,
  parseClientSecret,
  type AssertionSigningKey,
  type Ed25519PrivateJwk,
} from './credentials.js';
import { ConductorOneError, isConductorOneError } from './errors.js';
import type { Transport } from './transport.js';

export const TOKEN_PATH = '/auth/v1/token';
export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export interface TokenSource {
  /** A valid access token (without the `Bearer ` prefix). */
  token(): Promise<string>;
  /** Forgets a cached token after the API rejected it; a no-op for static tokens. */
  invalidate(): void;
  /** Whether `invalidate()` followed by `token()` can produce a different token. */
  readonly refreshable: boolean;
}

export class StaticTokenSource implements TokenSource {
  readonly refreshable = false;

  constructor(private readonly accessToken: string) {}

  token(): Promise<string> {
    return Promise.resolve(this.accessToken);
  }

  invalidate(): void {}
}

export interface ClientCredentialsTokenSourceOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** API host without port: the assertion's `aud`. */
  readonly audience: string;
  readonly transport: Transport;
  readonly now: () => number;
  /** Refresh this long before expiry. @default 10000 */
  readonly refreshMarginMs?: number;
}

interface CachedToken {
  readonly value: string;
  readonly expiresAtMs: number;
}

export class ClientCredentialsTokenSource implements TokenSource {
  readonly refreshable = true;
  private readonly privateJwk: Ed25519PrivateJwk;
  private signingKey?: Promise<AssertionSigningKey>;
  private cached?: CachedToken;
  private inFlight?: Promise<string>;
  private readonly refreshMarginMs: number;

  constructor(private readonly options: ClientCredentialsTokenSourceOptions) {
    this.privateJwk = parseClientSecret(options.clientSecret);
    this.refreshMarginMs = options.refreshMarginMs ?? 10_000;
    options.transport.secrets.pin(options.clientSecret);
    options.transport.secrets.pin(this.privateJwk.d);
  }

  token(): Promise<string> {
    const cached = this.cached;
    if (cached !== undefined && this.options.now() < cached.expiresAtMs - this.refreshMarginMs) {
      return Promise.resolve(cached.value);
    }
    if (this.inFlight === undefined) {
      this.inFlight = this.mint().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  private async mint(): Promise<string> {
    this.signingKey ??= importSigningKey(this.privateJwk);
    const key = await this.signingKey;
    const startedAt = this.options.now();
    const assertion = await createClientAssertion(
      { clientId: this.options.clientId, audience: this.options.audience, nowMs: startedAt },
      key,
    );
    const { transport } = this.options;
    transport.secrets.add(assertion);
    let body: unknown;
    try {
      body = await transport.send({
        method: 'POST',
        path: TOKEN_PATH,
        // Minting a second token does no harm, so a 503 here may be retried.
        idempotent: true,
        form: {
          grant_type: 'client_credentials',
          client_id: this.options.clientId,
          client_assertion_type: JWT_BEARER_ASSERTION_TYPE,
          client_assertion: assertion,
        },
      });
    } catch (error: unknown) {
      throw asTokenError(error);
    }
    const parsed = parseTokenResponse(body);
    transport.secrets.add(parsed.accessToken);
    this.cached = { value: parsed.accessToken, expiresAtMs: startedAt + parsed.expiresInSeconds * 1000 };
    return parsed.accessToken;
  }
}

/** A rejected token request is an authentication failure, whatever 4xx the server chose. */
function asTokenError(error: unknown): unknown {
  if (!isConductorOneError(error)) return error;
  if (error.code === 'INVALID_ARGUMENT' || error.code === 'PERMISSION_DENIED' || error.code === 'NOT_FOUND') {
    return new ConductorOneError('UNAUTHENTICATED', `failed to get token: ${error.message}`, {
      status: error.status,
      method: error.method,
      path: error.path,
      apiCode: error.apiCode,
    });
  }
  return error;
}

export interface TokenResponse {
  readonly accessToken: string;
  /** 0 means "do not cache". */
  readonly expiresInSeconds: number;
}

/** Checks `{access_token, token_type, expires_in}`; a leading `Bearer ` on the token is dropped. */
export function parseTokenResponse(body: unknown): TokenResponse {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const raw = typeof record.access_token === 'string' ? record.access_token : '';
  const accessToken = raw.replace(/^bearer\s+/i, '').trim();
  if (accessToken === '') {
    throw new ConductorOneError(
      'UNAUTHENTICATED',
      `failed to get token: POST ${TOKEN_PATH} returned no access_token`,
      {
        status: 200,
        method: 'POST',
        path: TOKEN_PATH,
      },
    );
  }
  const expiresIn = Number(record.expires_in);
  return { accessToken, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 0 };
}
