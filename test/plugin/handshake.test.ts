import { describe, expect, it } from '@jest/globals';
import {
  base64NoPadding,
  formatHandshakeLine,
  hasMagicCookie,
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  negotiateProtocol,
} from '../../src/plugin/handshake.js';
import { reattachConfig, reattachInstructions } from '../../src/plugin/debug.js';
import { ListenerError, portRangeFromEnv } from '../../src/plugin/listener.js';
import { HANDSHAKE_PATTERN } from './helpers/plugin-process.js';

describe('the magic cookie', () => {
  it.each([
    ['the right value', { [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE }, true],
    ['no cookie', {}, false],
    ['a wrong value', { [MAGIC_COOKIE_KEY]: 'nope' }, false],
  ])('%s', (_name, env, expected) => {
    expect(hasMagicCookie(env)).toBe(expected);
  });
});

describe('negotiateProtocol', () => {
  it.each([
    ['5,6', true],
    ['6,5', true],
    [' 6 ', true],
    ['5', false],
    ['4,5', false],
  ])('PLUGIN_PROTOCOL_VERSIONS=%s → shares 6: %s', (offered, ok) => {
    expect(negotiateProtocol({ PLUGIN_PROTOCOL_VERSIONS: offered }).ok).toBe(ok);
  });

  it('agrees when the client says nothing', () => {
    expect(negotiateProtocol({})).toEqual({ ok: true, version: 6 });
  });
});

describe('base64NoPadding', () => {
  it.each([
    [[1], 'AQ'],
    [[1, 2], 'AQI'],
    [[1, 2, 3], 'AQID'],
    [[0xfb, 0xff], '+/8'],
  ])('encodes %j without padding', (bytes, expected) => {
    expect(base64NoPadding(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('formatHandshakeLine', () => {
  it('writes the six fields with an unpadded certificate', () => {
    const line = formatHandshakeLine({
      network: 'tcp',
      address: '127.0.0.1:10001',
      certificateDer: new Uint8Array([1, 2]),
    });
    expect(line).toBe('1|6|tcp|127.0.0.1:10001|grpc|AQI');
    expect(line).toMatch(HANDSHAKE_PATTERN);
  });

  it('leaves field 6 empty when serving plaintext', () => {
    const line = formatHandshakeLine({ network: 'unix', address: '/tmp/plugin123' });
    expect(line).toBe('1|6|unix|/tmp/plugin123|grpc|');
    expect(line.split('|')).toHaveLength(6);
  });
});

describe('portRangeFromEnv', () => {
  it("uses go-plugin's defaults", () => {
    expect(portRangeFromEnv({})).toEqual({ min: 10000, max: 25000 });
  });

  it('reads the range Terraform passes', () => {
    expect(portRangeFromEnv({ PLUGIN_MIN_PORT: '12000', PLUGIN_MAX_PORT: '12010' })).toEqual({
      min: 12000,
      max: 12010,
    });
  });

  it.each([
    [{ PLUGIN_MIN_PORT: '30000', PLUGIN_MAX_PORT: '20000' }, /greater than/],
    [{ PLUGIN_MIN_PORT: 'abc' }, /must be a port number/],
  ])('rejects %j', (env, message) => {
    expect(() => portRangeFromEnv(env)).toThrow(ListenerError);
    expect(() => portRangeFromEnv(env)).toThrow(message);
  });
});

describe('debug mode reattach configuration', () => {
  const target = {
    providerAddress: 'registry.terraform.io/litmos-oss/litmos',
    pid: 42,
    network: 'unix',
    address: "/tmp/it's",
  } as const;

  it('has the shape Terraform parses from TF_REATTACH_PROVIDERS', () => {
    expect(JSON.parse(reattachConfig(target))).toEqual({
      'registry.terraform.io/litmos-oss/litmos': {
        Protocol: 'grpc',
        ProtocolVersion: 6,
        Pid: 42,
        Test: true,
        Addr: { Network: 'unix', String: "/tmp/it's" },
      },
    });
  });

  it('prints a line a POSIX shell reads back to the same JSON', () => {
    const line = reattachInstructions(target)
      .split('\n')
      .find((l) => l.startsWith('TF_REATTACH_PROVIDERS='));
    // Undo the shell quoting: '...'\''...' → ...'...
    const unquoted = (line ?? '').slice('TF_REATTACH_PROVIDERS='.length).replace(/'\\''/g, "'").slice(1, -1);
    expect(unquoted).toBe(reattachConfig(target));
  });
});
