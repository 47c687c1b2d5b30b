/**
 * The simulator's authorization server: registered clients (public Ed25519 keys), the token
 * endpoint's checks on a client assertion, and the opaque bearer tokens it hands out.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

import type { Ed25519Jwk } from '../../conductorone/credentials.js';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** The docs: an assertion's `exp` "must be within five minutes of the current time". */
const MAX_ASSERTION_LIFETIME_SECONDS = 300;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface RegisteredClient {
  readonly clientId: string;
  readonly publicJwk: Ed25519Jwk;
  /** The user the client acts as (the default owner of what it creates). */
  readonly userId: string;
  /** The whole client secret, for the documented `client_secret` form grant. */
  readonly clientSecret?: string;
  /** False once the client may no longer sign in (e.g. its connector was deleted). */
  readonly active?: () => boolean;
}

export interface IssuedToken {
  readonly clientId: string;
  readonly userId: string;
  readonly expiresAtMs: number;
}

/** Why a token request failed, as an OAuth2 error. */
export class TokenRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    description: string,
  ) {
    super(description);
  }
}

export class AuthServer {
  private readonly clients = new Map<string, RegisteredClient>();
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly seenNonces = new Map<string, number>();

  constructor(
    private readonly now: () => number,
    /** Lifetime of issued tokens; tests may change it at run time. */
    public tokenTtlSeconds: number,
  ) {}

  register(client: RegisteredClient): void {
    this.clients.set(client.clientId, client);
  }

  /** Forgets the client and every token issued to it (a revoked connector credential). */
  unregister(clientId: string): void {
    this.clients.delete(clientId);
    for (const [token, issued] of this.tokens) if (issued.clientId === clientId) this.tokens.delete(token);
  }

  /** Revokes every issued token (a client must mint a new one). */
  revokeAllTokens(): void {
    this.tokens.clear();
  }

  /** Handles the form of `POST /auth/v1/token`; `audiences` are the host names accepted as `aud`. */
  async issue(
    form: URLSearchParams,
    audiences: readonly string[],
  ): Promise<{ access_token: string; token_type: 'Bearer'; expires_in: number }> {
    if (form.get('grant_type') !== 'client_credentials') {
      throw new TokenRequestError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    const clientId = form.get('client_id') ?? '';
    const client = this.clients.get(clientId);
    if (client === undefined || client.active?.() === false)
      throw new TokenRequestError(401, 'invalid_client', 'unknown client_id');
    const assertion = form.get('client_assertion');
    const secret = form.get('client_secret');
    if (assertion !== null) {
      if (form.get('client_assertion_type') !== JWT_BEARER) {
        throw new TokenRequestError(400, 'invalid_request', `client_assertion_type must be ${JWT_BEARER}`);
      }
      await this.verifyAssertion(client, assertion, audiences);
    } else if (secret !== null) {
      if (!sameSecret(secret, client.clientSecret))
        throw new TokenRequestError(401, 'invalid_client', 'bad client_secret');
    } else {
      throw new TokenRequestError(400, 'invalid_request', 'a client_assertion or client_secret is required');
    }
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, {
      clientId,
      userId: client.userId,
      expiresAtMs: this.now() + this.tokenTtlSeconds * 1000,
    });
    return { access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds };
  }

  /** The token's record if `authorization` holds a live bearer token. */
  authenticate(authorization: string | undefined): IssuedToken | undefined {
    const match = /^bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (match?.[1] === undefined) return undefined;
    const issued = this.tokens.get(match[1]);
    if (issued === undefined) return undefined;
    if (this.now() >= issued.expiresAtMs || this.clients.get(issued.clientId)?.active?.() === false) {
      this.tokens.delete(match[1]);
      return undefined;
    }
    return issued;
  }

  private async verifyAssertion(
    client: RegisteredClient,
    assertion: string,
    audiences: readonly string[],
  ): Promise<void> {
    let nonce: unknown;
    try {
      nonce = decodeProtectedHeader(assertion).nonce;
    } catch {
      throw new TokenRequestError(401, 'invalid_client', 'client_assertion is not a JWS');
    }
    if (typeof nonce !== 'string' || !/^[0-9a-f]{32}$/i.test(nonce)) {
      throw new TokenRequestError(
        401,
        'invalid_client',
        'client_assertion header needs a 32-hex-character nonce',
      );
    }
    const nowSeconds = Math.floor(this.now() / 1000);
    let exp: number | undefined;
    try {
      const key = await importJWK(
        { kty: client.publicJwk.kty, crv: client.publicJwk.crv, x: client.publicJwk.x },
        'EdDSA',
      );
      const { payload } = await jwtVerify(assertion, key, {
        algorithms: ['EdDSA', 'Ed25519'],
        issuer: client.clientId,
        subject: client.clientId,
        audience: [...audiences],
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(nowSeconds * 1000),
      });
      exp = payload.exp;
    } catch {
      throw new TokenRequestError(401, 'invalid_client', 'client_assertion failed verification');
    }
    if (exp === undefined || exp - nowSeconds > MAX_ASSERTION_LIFETIME_SECONDS) {
      throw new TokenRequestError(401, 'invalid_client', 'client_assertion exp must be within five minutes');
    }
    this.forgetOldNonces(nowSeconds);
    if (this.seenNonces.has(nonce))
      throw new TokenRequestError(401, 'invalid_client', 'client_assertion replayed');
    this.seenNonces.set(nonce, exp);
  }

  private forgetOldNonces(nowSeconds: number): void {
    for (const [nonce, exp] of this.seenNonces) {
      if (exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) this.seenNonces.delete(nonce);
    }
  }
}

function sameSecret(given: string, expected: string | undefined): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
