/**
 * Test support: fresh ConductorOne client credentials. The simulator registers the public half;
 * tests hand the client ID and secret to the client exactly as a user would. `jose` is imported
 * by the call, so that loading the provider (which re-exports this) does not load it.
 */
import { randomBytes } from 'node:crypto';

import { formatClientSecret, isEd25519Jwk, type Ed25519Jwk, type Ed25519PrivateJwk } from './credentials.js';

export interface GeneratedClientCredentials {
  /** `<random>@<host>/spc`. */
  readonly clientId: string;
  /** `secret-token:conductorone.com:v1:<base64url JWK>`. */
  readonly clientSecret: string;
  /** The public half, as a server registers it. */
  readonly publicJwk: Ed25519Jwk;
  readonly privateJwk: Ed25519PrivateJwk;
}

/** Makes an Ed25519 key pair and the matching client ID and client secret. */
export async function generateClientCredentials(
  host = 'example.conductor.one',
): Promise<GeneratedClientCredentials> {
  const { exportJWK, generateKeyPair } = await import('jose');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk: unknown = await exportJWK(privateKey);
  if (!isEd25519Jwk(jwk) || typeof jwk.d !== 'string') {
    throw new Error('jose returned an unexpected JWK for an Ed25519 key');
  }
  const privateJwk: Ed25519PrivateJwk = { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d };
  const id = `test-${randomBytes(6).toString('hex')}`;
  return {
    clientId: `${id}@${host}/spc`,
    clientSecret: formatClientSecret(privateJwk),
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
    privateJwk,
  };
}
