import { afterEach, describe, expect, it } from '@jest/globals';
import {
  clearSecrets,
  createLogger,
  formatTimestamp,
  levelFromEnv,
  redact,
  redactValue,
  registerSecret,
} from '../../src/plugin/log.js';

function capture(
  level: Parameters<typeof createLogger>[0] extends infer O
    ? O extends { level?: infer L }
      ? L
      : never
    : never,
) {
  const lines: string[] = [];
  const log = createLogger({
    module: 'litmos',
    level,
    write: (l) => lines.push(l),
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5, 6) + 0.789,
  });
  return { log, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

afterEach(() => clearSecrets());

describe('formatTimestamp', () => {
  it.each([
    ['whole milliseconds', Date.UTC(2026, 0, 2, 3, 4, 5, 6), '2026-01-02T03:04:05.006000Z'],
    ['fractional milliseconds', Date.UTC(2026, 0, 2, 3, 4, 5, 6) + 0.789, '2026-01-02T03:04:05.006789Z'],
    ['the epoch', 0, '1970-01-01T00:00:00.000000Z'],
  ])('writes exactly six fractional digits for %s', (_name, ms, expected) => {
    expect(formatTimestamp(ms)).toBe(expected);
  });
});

describe('levelFromEnv', () => {
  it.each([
    ['TF_LOG_PROVIDER wins over TF_LOG', { TF_LOG_PROVIDER: 'ERROR', TF_LOG: 'TRACE' }, 'error'],
    ['TF_LOG is used when TF_LOG_PROVIDER is absent', { TF_LOG: 'debug' }, 'debug'],
    ['JSON means trace', { TF_LOG: 'JSON' }, 'trace'],
    ['an unknown level means trace, as in Terraform', { TF_LOG: 'loud' }, 'trace'],
    ['OFF silences', { TF_LOG: 'off' }, 'off'],
    ['nothing set means warn', {}, 'warn'],
  ])('%s', (_name, env, expected) => {
    expect(levelFromEnv(env)).toBe(expected);
  });
});

describe('the JSON-lines logger', () => {
  it('writes hclog fields and extra fields', () => {
    const { log, entries } = capture('debug');
    log.child('plugin').info('serving', { address: '127.0.0.1:10000' });
    expect(entries()).toEqual([
      {
        '@level': 'info',
        '@message': 'serving',
        '@module': 'litmos.plugin',
        '@timestamp': '2026-01-02T03:04:05.006789Z',
        address: '127.0.0.1:10000',
      },
    ]);
  });

  it('drops lines below the level', () => {
    const { log, entries } = capture('warn');
    log.debug('hidden');
    log.info('hidden too');
    log.warn('shown');
    expect(entries().map((e) => e['@message'])).toEqual(['shown']);
  });

  it('keeps the hclog fields when extra fields try to override them', () => {
    const { log, entries } = capture('trace');
    log.error('real message', { '@level': 'trace', '@message': 'fake' });
    expect(entries()[0]).toMatchObject({ '@level': 'error', '@message': 'real message' });
  });
});

describe('redaction', () => {
  it('replaces a registered secret everywhere in a line', () => {
    registerSecret('s3cr3t-api-key-value');
    const { log, lines } = capture('trace');
    log.error('request failed for s3cr3t-api-key-value', {
      url: 'https://api.litmos.com/v1.svc/users?source=x&key=s3cr3t-api-key-value',
      nested: { list: ['s3cr3t-api-key-value'] },
      error: new Error('bad key s3cr3t-api-key-value'),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('s3cr3t-api-key-value');
    expect(lines[0]).toContain('***');
  });

  it('masks a secret that only appears JSON-escaped in the line', () => {
    registerSecret('pa"ss\\word');
    const { log, lines } = capture('trace');
    log.info('ok', { body: JSON.stringify({ password: 'pa"ss\\word' }) });
    expect(lines[0]).not.toContain(JSON.stringify('pa"ss\\word').slice(1, -1));
  });

  it.each([
    ['apikey', { apikey: 'abc123' }],
    ['api_key', { api_key: 'abc123' }],
    ['client_secret', { client_secret: 'abc123' }],
    ['token', { token: 'abc123' }],
    ['access_token', { access_token: 'abc123' }],
    ['Authorization', { headers: { Authorization: 'Bearer abc123' } }],
  ])('masks the value of a %s field whatever it holds', (_name, fields) => {
    const { log, lines } = capture('trace');
    log.info('call', fields);
    expect(lines[0]).not.toContain('abc123');
    expect(lines[0]).toContain('***');
  });

  it.each([
    ['key=value', 'GET /users?apikey=abc123&limit=5', 'GET /users?apikey=***&limit=5'],
    ['a header', 'Authorization: Bearer abc123', 'Authorization: ***'],
    ['quoted JSON', '{"client_secret":"abc123","id":"x"}', '{"client_secret":"***","id":"x"}'],
  ])('masks secret-looking pairs in free text (%s)', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves ordinary text and short strings alone', () => {
    registerSecret('ab');
    expect(redact('a table with ab and cd')).toBe('a table with ab and cd');
  });

  it('summarises bytes instead of printing them', () => {
    expect(redactValue({ msgpack: new Uint8Array([1, 2, 3]) })).toEqual({ msgpack: '<3 bytes>' });
  });
});

describe('redaction of echoed secrets', () => {
  it('masks URL-encoded and case-folded echoes of a registered secret', () => {
    const secret = 'sk_live/AbC+dEf=123';
    registerSecret(secret);
    const { log, lines } = capture('trace');
    log.error(`GET /x?key=${encodeURIComponent(secret)} failed`, {
      echo: secret.toUpperCase(),
      form: new URLSearchParams({ k: secret }).toString(),
    });
    expect(lines).toHaveLength(1);
    for (const spelling of [secret, encodeURIComponent(secret), secret.toUpperCase(), secret.toLowerCase()]) {
      expect(lines[0]).not.toContain(spelling);
    }
    expect(redact(`a ${secret.toLowerCase()} b`)).toBe('a *** b');
  });
});
