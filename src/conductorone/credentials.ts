/**
 * ConductorOne client secrets and client assertions.
 *
 * A client secret is `secret-token:conductorone.com:v1:<base64url of a JWK>` where the JWK is an
 * Ed25519 private key. A token request proves possession of that key with a short-lived JWT
 * (EdDSA) whose issuer and subject are the client ID and whose audience is the API host.
 * `jose` is imported when a key is first needed, not when the provider loads.
 */
import { randomBytes } from 'node:crypto';

import type { importJWK } from 'jose';

import { configError } from './errors.js';

const SECRET_PREFIX = ['secret-token', 'conductorone.com', 'v1'] as const;

/** An Ed25519 key in JWK form: `x` is the public half, `d` (private keys only) the seed. */
export interface Ed25519Jwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly d?: string;
}

export interface Ed25519PrivateJwk extends Ed25519Jwk {
  readonly d: string;
}

/** Builds the secret-token string for an Ed25519 private JWK. */
export function formatClientSecret(jwk: Ed25519PrivateJwk): string {
  const json = JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d });
  return [...SECRET_PREFIX, Buffer.from(json, 'utf8').toString('base64url')].join(':');
}

/**
 * Parses a client secret into its private JWK. Errors say what is wrong with the shape and
 * never repeat the secret.
 */
export function parseClientSecret(secret: string): Ed25519PrivateJwk {
  const parts = secret.trim().split(':');
  if (parts.length !== 4 || SECRET_PREFIX.some((p, i) => parts[i] !== p)) {
    throw configError('the client secret must look like "secret-token:conductorone.com:v1:<key>"');
  }
  const encoded = parts[3] ?? '';
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(encoded)) {
    throw configError('the key part of the client secret is not base64url');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw configError('the key part of the client secret is not a JSON Web Key');
  }
  if (!isEd25519Jwk(parsed) || typeof parsed.d !== 'string' || parsed.d === '') {
    throw configError('the client secret does not hold an Ed25519 private key');
  }
  return { kty: 'OKP', crv: 'Ed25519', x: parsed.x, d: parsed.d };
}

export function isEd25519Jwk(value: unknown): value is Ed25519Jwk {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kty === 'OKP' &&
    v.crv === 'Ed25519' &&
    typeof v.x === 'string' &&
    v.x !== '' &&
    (v.d === undefined || typeof v.d === 'string')
  );
}

/** The key object jose signs with; opaque to callers. */
export type AssertionSigningKey = Awaited<ReturnType<typeof importJWK>>;

export async function importSigningKey(jwk: Ed25519PrivateJwk): Promise<AssertionSigningKey> {
  const { importJWK } = await import('jose');
  try {
    return await importJWK({ ...jwk }, 'EdDSA');
  } catch {
    throw configError('the client secret holds a key that cannot be used for EdDSA signing');
  }
}

export interface AssertionClaimsInput {
  readonly clientId: string;
  /** API host without port. */
  readonly audience: string;
  /** Current time in milliseconds since the epoch. */
  readonly nowMs: number;
}

/** Seconds of validity on either side of `now` (the official clients use two minutes). */
export const ASSERTION_SKEW_SECONDS = 120;

/**
 * Signs a client assertion: header `alg: EdDSA` with a 32-hex-character nonce; claims
 * `iss = sub = clientId`, `aud = host`, `iat = now`, `nbf = now - 2 min`, `exp = now + 2 min`.
 */
export async function createClientAssertion(
  input: AssertionClaimsInput,
  key: AssertionSigningKey,
): Promise<string> {
  const { SignJWT } = await import('jose');
  const now = Math.floor(input.nowMs / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', nonce: randomBytes(16).toString('hex') })
    .setIssuer(input.clientId)
    .setSubject(input.clientId)
    .setAudience(input.audience)
    .setIssuedAt(now)
    .setNotBefore(now - ASSERTION_SKEW_SECONDS)
    .setExpirationTime(now + ASSERTION_SKEW_SECONDS)
    .sign(key);
}
