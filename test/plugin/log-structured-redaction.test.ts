/**
 * Log fields that are not plain strings: a secret-looking key hides whatever it holds (an object,
 * a number, an array), at any depth, and a token-like key with a prefix is still a secret key.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { clearSecrets, createLogger, redactValue, registerSecret } from '../../src/plugin/log.js';

afterEach(() => clearSecrets());

describe('redaction of structured log fields', () => {
  it.each([
    ['an object under client_secret', { client_secret: { value: 'plain-secret-object', version: 2 } }],
    ['a number under api_key', { api_key: 123456789012 }],
    ['an array under apikey', { apikey: ['first-secret-part', 'second-secret-part'] }],
    ['a bearer_token key', { bearer_token: 'bearer-token-value-xyz' }],
    ['an Authorization header, any case', { AUTHORIZATION: 'Bearer header-token-value' }],
    ['an x-api-key header', { 'x-api-key': 'header-api-key-value' }],
  ])('masks %s whole', (_name, fields) => {
    const out = redactValue({ request: fields }) as { request: Record<string, unknown> };
    const [key] = Object.keys(fields);
    expect(out.request[key!]).toBe('***');
  });

  it('keeps ordinary keys and masks registered secrets inside nested strings', () => {
    registerSecret('registered-secret-value-42');
    const out = redactValue({
      status: 503,
      attempts: [1, 2],
      detail: { message: 'upstream said registered-secret-value-42 was wrong' },
    });
    expect(out).toEqual({
      status: 503,
      attempts: [1, 2],
      detail: { message: 'upstream said *** was wrong' },
    });
  });

  it('a logged line carries no value that sat under a secret key', () => {
    const lines: string[] = [];
    const log = createLogger({ module: 'litmos', level: 'trace', write: (l) => lines.push(l) });
    log.info('token minted', {
      grant: { access_token: { jwt: 'eyJ-not-a-real-token-123' }, expires_in: 3600 },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('eyJ-not-a-real-token-123');
    expect(JSON.parse(lines[0]!)).toMatchObject({ grant: { access_token: '***', expires_in: 3600 } });
  });
});
