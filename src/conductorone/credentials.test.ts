import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

import {
  createClientAssertion,
  formatClientSecret,
  importSigningKey,
  parseClientSecret,
} from './credentials.js';
import { generateClientCredentials } from './testing.js';

describe('client secrets', () => {
  it('round-trips a generated key through the secret-token format', async () => {
    const creds = await generateClientCredentials('acme.conductor.one');
    expect(creds.clientSecret).toMatch(/^secret-token:conductorone\.com:v1:[A-Za-z0-9_-]+$/);
    expect(creds.clientId).toMatch(/^test-[0-9a-f]+@acme\.conductor\.one\/spc$/);
    expect(parseClientSecret(creds.clientSecret)).toEqual(creds.privateJwk);
    expect(formatClientSecret(creds.privateJwk)).toBe(creds.clientSecret);
  });

  it('decodes base64url characters that atob would reject', () => {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: 'a-b_c', d: 'd-e_f??>>' };
    const encoded = Buffer.from(JSON.stringify(jwk)).toString('base64url');
    expect(encoded).toMatch(/[-_]/);
    expect(parseClientSecret(`secret-token:conductorone.com:v1:${encoded}`).d).toBe('d-e_f??>>');
  });

  const publicOnly = Buffer.from(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: 'abc' })).toString(
    'base64url',
  );
  const rsa = Buffer.from(JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB', d: 'y' })).toString('base64url');
  it.each([
    [
      'a wrong prefix',
      `secret-token:example.com:v1:${publicOnly}`,
      /must look like "secret-token:conductorone.com:v1:<key>"/,
    ],
    ['a wrong version', `secret-token:conductorone.com:v2:${publicOnly}`, /must look like/],
    ['too few parts', 'secret-token:conductorone.com:v1', /must look like/],
    ['not base64url', 'secret-token:conductorone.com:v1:***SECRETPART***', /is not base64url/],
    [
      'not JSON',
      `secret-token:conductorone.com:v1:${Buffer.from('SECRETPART').toString('base64url')}`,
      /is not a JSON Web Key/,
    ],
    [
      'a public key only',
      `secret-token:conductorone.com:v1:${publicOnly}`,
      /does not hold an Ed25519 private key/,
    ],
    ['a non-Ed25519 key', `secret-token:conductorone.com:v1:${rsa}`, /does not hold an Ed25519 private key/],
  ])('rejects %s with a hint, without repeating the secret', (_name, secret, hint) => {
    let caught: unknown;
    try {
      parseClientSecret(secret);
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'CONFIG' });
    const message = (caught as Error).message;
    expect(message).not.toContain(secret.split(':')[3] ?? 'unreachable');
    expect(message).not.toContain('SECRETPART');
    expect(message).toMatch(hint);
  });
});

describe('createClientAssertion', () => {
  it('signs EdDSA with iss = sub = client ID, aud = host, a two-minute window and a hex nonce', async () => {
    const creds = await generateClientCredentials('acme.conductor.one');
    const nowMs = Date.parse('2026-03-01T12:00:00Z');
    const jwt = await createClientAssertion(
      { clientId: creds.clientId, audience: 'acme.conductor.one', nowMs },
      await importSigningKey(creds.privateJwk),
    );
    const header = decodeProtectedHeader(jwt);
    expect(header.alg).toBe('EdDSA');
    expect(header.nonce).toMatch(/^[0-9a-f]{32}$/);
    const { payload } = await jwtVerify(jwt, await importJWK({ ...creds.publicJwk }, 'EdDSA'), {
      currentDate: new Date(nowMs),
      issuer: creds.clientId,
      subject: creds.clientId,
      audience: 'acme.conductor.one',
    });
    const now = nowMs / 1000;
    expect(payload).toMatchObject({ iat: now, nbf: now - 120, exp: now + 120 });
  });

  it('produces an assertion another key cannot verify', async () => {
    const a = await generateClientCredentials();
    const b = await generateClientCredentials();
    const jwt = await createClientAssertion(
      { clientId: a.clientId, audience: 'h', nowMs: Date.now() },
      await importSigningKey(a.privateJwk),
    );
    await expect(jwtVerify(jwt, await importJWK({ ...b.publicJwk }, 'EdDSA'))).rejects.toThrow();
  });
});
