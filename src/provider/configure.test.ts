/**
 * Provider settings that are URLs: accepted forms, and diagnostics that never repeat a sensitive
 * value (a Redis password, credentials in base_url), whether from an attribute (plan-time
 * validators) or from the environment (configure time).
 */
import { matches, oneOf, str } from '../framework/index.js';
import { validateObject } from '../framework/plan/validate.js';
import { Diagnostics } from '../tf/diagnostics.js';
import type { ObjectValue } from '../tf/value.js';
import { providerSchema } from './config-schema.js';
import { checkSettings } from './configure.js';

const SECRET = 'hunter2-very-secret';

function planTime(settings: Record<string, string>): string[] {
  const config: ObjectValue = Object.fromEntries(
    Object.keys(providerSchema.attributes).map((name) => [name, settings[name] ?? null]),
  );
  const diags = new Diagnostics();
  validateObject(providerSchema.attributes, config, diags);
  return diags.toArray().map((d) => `${d.summary}: ${d.detail} @ ${d.path?.toString() ?? ''}`);
}

function configureTime(settings: Record<string, string>): string[] {
  const diags = new Diagnostics();
  checkSettings(settings, diags);
  return diags.toArray().map((d) => `${d.summary}: ${d.detail} @ ${d.path?.toString() ?? ''}`);
}

describe.each([
  ['plan time', planTime],
  ['configure time', configureTime],
])('%s', (_when, check) => {
  it.each(['redis://:pw@redis.internal:6379', 'REDIS://:pw@redis.internal:6379', 'Rediss://redis.internal'])(
    'accepts redis_url %s',
    (redis_url) => {
      expect(check({ redis_url })).toEqual([]);
    },
  );

  it.each([
    `redis//:${SECRET}@redis.internal:6379`,
    `http://:${SECRET}@redis.internal`,
    `redis://:${SECRET}@ spaced`,
  ])('refuses redis_url %s without printing it', (redis_url) => {
    const messages = check({ redis_url });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/redis_url/);
    expect(messages.join('\n')).not.toContain(SECRET);
  });

  it('refuses credentials in base_url, showing the origin only', () => {
    const messages = check({ base_url: `https://admin:${SECRET}@litmos.example/v1.svc?x=1` });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/https:\/\/litmos\.example must not contain credentials/);
    expect(messages[0]).toMatch(/@ base_url$/);
    expect(messages.join('\n')).not.toContain(SECRET);
    expect(messages.join('\n')).not.toContain('admin');
    expect(messages.join('\n')).not.toContain('v1.svc');
  });

  it('refuses plain http to a host that is not loopback', () => {
    expect(check({ base_url: 'http://api.litmos.com/v1.svc' })).toEqual([
      expect.stringMatching(
        /http:\/\/api\.litmos\.com plain http is allowed only for loopback hosts.*@ base_url$/,
      ),
    ]);
  });

  it('accepts https and loopback http', () => {
    expect(check({ base_url: 'https://api.litmos.com/v1.svc' })).toEqual([]);
    expect(check({ base_url: 'http://127.0.0.1:8080/v1.svc' })).toEqual([]);
  });
});

describe('validators of sensitive attributes', () => {
  it.each([
    ['sensitive', { sensitive: true }],
    ['write-only', { writeOnly: true }],
  ])('a %s attribute: a validator message that quotes the value has it taken out', (_kind, flags) => {
    const attributes = {
      key: str({
        description: 'k',
        optional: true,
        ...flags,
        validators: [matches(/^k-/u, 'a key'), oneOf('k-1', 'k-2')],
      }),
      plain: str({ description: 'p', optional: true, validators: [matches(/^k-/u, 'a key')] }),
    };
    const diags = new Diagnostics();
    validateObject(attributes, { key: SECRET, plain: 'visible-value' }, diags);
    const details = diags.toArray().map((d) => d.detail);
    expect(details).toHaveLength(3);
    expect(details.join('\n')).not.toContain(SECRET);
    expect(details.filter((d) => d.includes('(sensitive value)'))).toHaveLength(2);
    expect(details.join('\n')).toContain('visible-value');
  });
});
