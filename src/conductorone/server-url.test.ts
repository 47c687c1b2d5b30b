import { ConductorOneError } from './errors.js';
import {
  audienceFor,
  isLoopbackHost,
  normalizeServerUrl,
  parseClientId,
  resolveServerUrl,
} from './server-url.js';

describe('normalizeServerUrl', () => {
  it.each([
    ['acme', 'https://acme.conductor.one'],
    ['ACME', 'https://acme.conductor.one'],
    ['acme.conductor.one', 'https://acme.conductor.one'],
    ['http://acme.conductor.one', 'error'],
    ['https://acme.conductor.one/', 'https://acme.conductor.one'],
    ['https://acme.conductor.one/some/path', 'https://acme.conductor.one'],
    ['127.0.0.1:8443', 'https://127.0.0.1:8443'],
    ['https://c1.internal.example:8443/base/', 'https://c1.internal.example:8443/base'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
    ['http://127.9.8.7:9000/', 'http://127.9.8.7:9000'],
    ['http://localhost:9000', 'http://localhost:9000'],
    ['http://[::1]:9000', 'http://[::1]:9000'],
  ])('turns %s into %s', (input, expected) => {
    if (expected === 'error') {
      expect(() => normalizeServerUrl(input)).toThrow(ConductorOneError);
    } else {
      expect(normalizeServerUrl(input)).toBe(expected);
    }
  });

  it.each([
    'http://example.com',
    'http://10.0.0.1:8080',
    'http://128.0.0.1',
    'http://localhost.evil.example',
  ])('refuses plain http to the non-loopback host %s with a CONFIG error that says why', (input) => {
    let caught: unknown;
    try {
      normalizeServerUrl(input);
    } catch (error: unknown) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConductorOneError);
    expect((caught as ConductorOneError).code).toBe('CONFIG');
    expect((caught as ConductorOneError).message).toMatch(/loopback/);
  });

  it.each([
    '',
    '   ',
    'ftp://acme.conductor.one',
    'https://user:pw@acme.example',
    'https://acme.example/?x=1',
  ])('rejects %j', (input) => {
    expect(() => normalizeServerUrl(input)).toThrow(/ConductorOne client configuration/);
  });
});

describe('resolveServerUrl', () => {
  it('prefers the tenant, then the server URL, then the client ID host', () => {
    expect(
      resolveServerUrl({ tenant: 'one', serverUrl: 'https://two.example', clientId: 'x@three.example/spc' }),
    ).toBe('https://one.conductor.one');
    expect(resolveServerUrl({ serverUrl: 'https://two.example', clientId: 'x@three.example/spc' })).toBe(
      'https://two.example',
    );
    expect(resolveServerUrl({ clientId: 'strange-hydra-1@acme.conductor.one/pcc' })).toBe(
      'https://acme.conductor.one',
    );
  });

  it('fails with CONFIG when nothing names a server', () => {
    expect(() => resolveServerUrl({ tenant: ' ' })).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

describe('parseClientId', () => {
  it('splits id, host and kind', () => {
    expect(parseClientId('strange-hydra-68836@acme.conductor.one/pcc')).toEqual({
      id: 'strange-hydra-68836',
      host: 'acme.conductor.one',
      kind: 'pcc',
    });
  });

  it.each(['no-at-sign/pcc', 'id@host-without-slash', '@host/pcc', 'id@/pcc'])('rejects %s', (value) => {
    expect(() => parseClientId(value)).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

describe('isLoopbackHost and audienceFor', () => {
  it('knows loopback hosts', () => {
    expect(['127.0.0.1', '127.255.0.3', 'localhost', '::1', '[::1]'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.1', '127.example.com', 'example.com', '::2'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('uses the host name without port or brackets as the audience', () => {
    expect(audienceFor('https://acme.conductor.one')).toBe('acme.conductor.one');
    expect(audienceFor('http://127.0.0.1:8080')).toBe('127.0.0.1');
    expect(audienceFor('http://[::1]:8080')).toBe('::1');
  });
});
