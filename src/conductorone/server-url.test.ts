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

describe('what a refused server URL says', () => {
  it.each([
    ['', 'the server URL is empty'],
    ['https://acme.example/?x=1', 'the server URL must not contain a query or fragment'],
    ['https://acme.example/#top', 'the server URL must not contain a query or fragment'],
  ])('%j: %s', (input, message) => {
    expect(() => normalizeServerUrl(input)).toThrow(`ConductorOne client configuration: ${message}`);
  });

  it('names the three ways to set a server when none is given', () => {
    expect(() => resolveServerUrl({})).toThrow(
      'no server: set a tenant, a server URL, or a client ID that names its host',
    );
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

  it.each(['no-at-sign/pcc', 'id@host-without-slash', '@host/pcc', 'id@/pcc', 'id/@host'])(
    'rejects %s',
    (value) => {
      expect(() => parseClientId(value)).toThrow(expect.objectContaining({ code: 'CONFIG' }));
      expect(() => parseClientId(value)).toThrow('the client ID must look like "<id>@<host>/<kind>"');
    },
  );

  it('accepts the highest port and refuses the next', () => {
    expect(parseClientId('id@127.0.0.1:65535/pcc').host).toBe('127.0.0.1:65535');
    expect(() => parseClientId('id@127.0.0.1:65536/pcc')).toThrow(/plain host name/);
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
