/**
 * Keys cannot leak or vanish: every secret input is checked when a construct receives it (as a
 * JavaScript caller would pass it, without types), and at synth time the reference must not end
 * in a literal — cloud-hosted and self-hosted alike. Errors carry the construct path and never the
 * value.
 */
import { TerraformLocal, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  CloudHostedLitmosConnector,
  LitmosConductorOneIntegration,
  LitmosConnectorHosting,
  LitmosConstructError,
  LitmosSecret,
  provider,
  type LitmosConductorOneIntegrationProps,
} from '../src/index.js';
import { SelfHostedConnectorHosting, SelfHostedLitmosConnector } from '../src/self-hosted-entry.js';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import { secretVariable } from './helpers.js';

const KEY = 'lit-4f9a1c2b7d'; // what a user might paste by mistake

function stack(kubernetes = false): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'prod');
  new provider.LitmosProvider(s, 'litmos', {});
  if (kubernetes) new KubernetesProvider(s, 'kubernetes', {});
  return s;
}

/** Props as a JavaScript caller may pass them: no type checking at all. */
const untyped = (props: Record<string, unknown>) => props as unknown as LitmosConductorOneIntegrationProps;

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e: unknown) {
    if (e instanceof Error) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('a secret input that is not a LitmosSecret fails when the construct is made', () => {
  test('a plain string as litmosApiKey of the integration (cloud)', () => {
    const s = stack();
    const e = thrown(
      () =>
        new LitmosConductorOneIntegration(
          s,
          'Litmos',
          untyped({ conductorOneApp: { displayName: 'Litmos' }, litmosSource: 'acme', litmosApiKey: KEY }),
        ),
    );
    expect(e).toBeInstanceOf(LitmosConstructError);
    expect((e as LitmosConstructError).constructPath).toBe('prod/Litmos');
    expect(e.message).toContain('litmosApiKey must be a LitmosSecret, got a plain string (14 characters)');
    expect(e.message).not.toContain(KEY);
  });

  test('a missing litmosApiKey with a connector', () => {
    const e = thrown(
      () =>
        new LitmosConductorOneIntegration(
          stack(),
          'Litmos',
          untyped({ conductorOneApp: { displayName: 'Litmos' }, litmosSource: 'acme' }),
        ),
    );
    expect(e.message).toContain('litmosApiKey must be a LitmosSecret, got undefined');
  });

  test('an object that only looks like a secret, given to the cloud connector directly', () => {
    const s = stack();
    const e = thrown(
      () =>
        new CloudHostedLitmosConnector(s, 'Connector', {
          appId: 'app-1',
          litmosSource: 'acme',
          litmosApiKey: { token: KEY, origin: 'x' } as unknown as LitmosSecret,
        }),
    );
    expect((e as LitmosConstructError).constructPath).toBe('prod/Connector');
    expect(e.message).toContain('litmosApiKey must be a LitmosSecret, got an object (Object)');
    expect(e.message).not.toContain(KEY);
  });

  test('a plain string as the self-hosted API key', () => {
    const s = stack();
    const e = thrown(
      () =>
        new SelfHostedLitmosConnector(s, 'Baton', {
          conductorOneApp: { displayName: 'Litmos' },
          litmosApiKey: KEY as unknown as LitmosSecret,
          litmosSource: 'acme',
        }),
    );
    expect((e as LitmosConstructError).problems).toEqual([
      expect.stringContaining('litmosApiKey must be a LitmosSecret, got a plain string'),
    ]);
    expect(e.message).not.toContain(KEY);
  });

  test('the self-hosted hosting of the integration checks the key too', () => {
    const s = stack();
    const e = thrown(
      () =>
        new LitmosConductorOneIntegration(
          s,
          'Litmos',
          untyped({
            conductorOneApp: { displayName: 'Litmos' },
            litmosSource: 'acme',
            litmosApiKey: KEY,
            connector: new SelfHostedConnectorHosting({ image: 'baton-litmos:1' }),
          }),
        ),
    );
    expect(e.message).toMatch(/^\[prod\/Litmos\]/);
    expect(e.message).toContain('litmosApiKey must be a LitmosSecret');
  });
});

describe('a literal in the synthesized output fails synth with the construct path', () => {
  test('LitmosSecret.fromVariable refuses a variable with a default, naming it', () => {
    const s = stack();
    const v = new TerraformVariable(s, 'key', { type: 'string', sensitive: true, default: KEY });
    const e = thrown(() => LitmosSecret.fromVariable(v));
    expect(e.message).toContain('variable prod/key has a default');
    expect(e.message).not.toContain(KEY);
  });

  test('a variable with a default, wrapped as a token, fails synth (cloud)', () => {
    const s = stack();
    const v = new TerraformVariable(s, 'key', { type: 'string', sensitive: true, default: KEY });
    new LitmosConductorOneIntegration(s, 'Litmos', {
      conductorOneApp: { displayName: 'Litmos' },
      litmosSource: 'acme',
      litmosApiKey: LitmosSecret.fromToken(v.stringValue),
    });
    const e = thrown(() => Testing.synth(s, true));
    expect(e.message).toContain(
      '[prod/Litmos/Connector] litmosApiKey (a token) uses variable prod/key, which has a default',
    );
    expect(e.message).not.toContain(KEY);
  });

  test('a local holding the literal fails synth (self-hosted)', () => {
    const s = stack(true);
    const local = new TerraformLocal(s, 'key', KEY);
    new LitmosConductorOneIntegration(s, 'Litmos', {
      conductorOneApp: { displayName: 'Litmos' },
      litmosSource: 'acme',
      litmosApiKey: LitmosSecret.fromToken(local.asString),
      connector: new SelfHostedConnectorHosting({ image: 'baton-litmos:1' }),
    });
    const e = thrown(() => Testing.synth(s, true));
    expect(e.message).toContain(
      '[prod/Litmos/SelfHosted] litmosApiKey (local prod/key) resolves to a literal string',
    );
    expect(e.message).not.toContain(KEY);
  });

  test('a variable that is not sensitive, wrapped as a token, fails synth', () => {
    const s = stack();
    const v = new TerraformVariable(s, 'key', { type: 'string' });
    new CloudHostedLitmosConnector(s, 'Connector', {
      appId: 'app-1',
      litmosSource: 'acme',
      litmosApiKey: LitmosSecret.fromToken(v.stringValue),
    });
    expect(() => Testing.synth(s, true)).toThrow(
      /\[prod\/Connector\] litmosApiKey .* which is not sensitive/,
    );
  });

  test('sensitive variables without defaults synthesize, with validations on', () => {
    const s = stack(true);
    new LitmosConductorOneIntegration(s, 'Litmos', {
      conductorOneApp: { displayName: 'Litmos' },
      litmosSource: 'acme',
      litmosApiKey: secretVariable(s, 'litmos_api_key'),
      connector: new SelfHostedConnectorHosting({ image: 'baton-litmos:1' }),
    });
    const out = Testing.synth(s, true);
    expect(out).toContain('${var.litmos_api_key}');
  });
});

describe('no connector', () => {
  test('needs neither an app, a source nor a key, and emits only the Litmos side', () => {
    const s = stack();
    const litmos = new LitmosConductorOneIntegration(s, 'Litmos', {
      connector: LitmosConnectorHosting.none(),
      people: [
        { username: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', teams: ['Engineering'] },
      ],
    });
    const json = JSON.parse(Testing.synth(s, true)) as { resource: Record<string, unknown> };
    expect(Object.keys(json.resource).sort()).toEqual(['litmos_team_member', 'litmos_user']);
    expect(litmos.connector).toBeUndefined();
    expect(litmos.app).toBeUndefined();
  });

  test('still refuses a plain string as the key', () => {
    expect(
      () =>
        new LitmosConductorOneIntegration(
          stack(),
          'Litmos',
          untyped({ connector: LitmosConnectorHosting.none(), litmosApiKey: KEY }),
        ),
    ).toThrow(/litmosApiKey must be a LitmosSecret/);
  });
});
