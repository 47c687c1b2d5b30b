import { Diagnostics } from '../../tf/diagnostics.js';
import { Unknown, unknown } from '../../tf/value.js';
import type { ObjectValue } from '../../tf/value.js';
import { requiresReplace } from '../planmodifiers/requires-replace.js';
import { useStateForUnknown } from '../planmodifiers/use-state-for-unknown.js';
import { bool, nested, str, strSet } from '../schema/attributes.js';
import { planObject } from './engine.js';

const attributes = {
  id: str({ description: 'id', computed: true, planModifiers: [useStateForUnknown()] }),
  username: str({ description: 'u', required: true, planModifiers: [requiresReplace()] }),
  email: str({ description: 'e', required: true }),
  active: bool({ description: 'a', optional: true, computed: true, default: true }),
  login_key: str({ description: 'k', computed: true, sensitive: true }),
  nickname: str({ description: 'n', optional: true, computed: true }),
  digest: str({ description: 'd', optional: true, computed: true, recomputedOnUpdate: true }),
  secret: str({ description: 's', optional: true, writeOnly: true }),
  tags: strSet({ description: 't', optional: true }),
  profile: nested(
    'single',
    {
      title: str({ description: 't', optional: true }),
      updated: str({ description: 'u', computed: true }),
    },
    { description: 'p', optional: true },
  ),
};

const config = (over: ObjectValue = {}): ObjectValue => ({
  id: null,
  username: 'ada',
  email: 'ada@example.com',
  active: null,
  login_key: null,
  nickname: null,
  digest: null,
  secret: null,
  tags: null,
  profile: null,
  ...over,
});

const prior: ObjectValue = {
  id: '42',
  username: 'ada',
  email: 'ada@example.com',
  active: true,
  login_key: 'k1',
  nickname: 'Ada',
  digest: 'd1',
  secret: null,
  tags: null,
  profile: null,
};

/** Terraform's proposed new state: config, with prior values for unset computed attributes. */
const proposedFrom = (cfg: ObjectValue, pri: ObjectValue | null): ObjectValue => {
  const out: ObjectValue = { ...cfg };
  for (const name of ['id', 'active', 'login_key', 'nickname', 'digest']) {
    if (cfg[name] === null && pri) out[name] = pri[name];
  }
  return out;
};

const plan = (cfg: ObjectValue, pri: ObjectValue | null) => {
  const diags = new Diagnostics();
  const out = planObject({ attributes, prior: pri, proposed: proposedFrom(cfg, pri), config: cfg }, diags);
  return { ...out, diags, paths: out.requiresReplace.map((p) => p.toString()) };
};

describe('planObject', () => {
  test('on create, computed values are unknown and defaults are filled', () => {
    const { planned, paths } = plan(config(), null);
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(planned.login_key).toBeInstanceOf(Unknown);
    expect(planned.active).toBe(true);
    expect(planned.username).toBe('ada');
    expect(paths).toEqual([]);
  });

  test('a configured optional+computed value is kept as configured', () => {
    const { planned } = plan(config({ active: false }), null);
    expect(planned.active).toBe(false);
  });

  test('with no change, the plan equals the prior state', () => {
    const { planned, paths } = plan(config(), prior);
    expect(planned).toEqual(prior);
    expect(paths).toEqual([]);
  });

  test('on update, unset computed values become unknown unless they use state for unknown', () => {
    const { planned } = plan(config({ email: 'lovelace@example.com' }), prior);
    expect(planned.email).toBe('lovelace@example.com');
    expect(planned.id).toBe('42');
    expect(planned.login_key).toBeInstanceOf(Unknown);
  });

  test('on update, unset optional+computed values keep their prior value: only the change is planned', () => {
    const { planned } = plan(config({ email: 'lovelace@example.com' }), prior);
    expect(planned.nickname).toBe('Ada');
    const changed = Object.keys(planned).filter((k) => planned[k] !== prior[k]);
    expect(changed.sort()).toEqual(['digest', 'email', 'login_key']);
  });

  test('an optional+computed value marked recomputedOnUpdate becomes unknown on update when unset', () => {
    const { planned } = plan(config({ email: 'lovelace@example.com' }), prior);
    expect(planned.digest).toBeInstanceOf(Unknown);
    expect(plan(config({ email: 'lovelace@example.com', digest: 'd2' }), prior).planned.digest).toBe('d2');
  });

  test('an unset optional+computed value is unknown on create', () => {
    expect(plan(config(), null).planned.nickname).toBeInstanceOf(Unknown);
  });

  test('removing a defaulted value from config plans the default again', () => {
    const { planned } = plan(config(), { ...prior, active: false });
    expect(planned.active).toBe(true);
  });

  test('changing a requires-replace attribute is reported with its path', () => {
    const { paths } = plan(config({ username: 'grace' }), prior);
    expect(paths).toEqual(['username']);
  });

  test('write-only values are always planned null', () => {
    const { planned } = plan(config({ secret: 's3cr3t' }), null);
    expect(planned.secret).toBeNull();
  });

  test('unknown configuration values stay unknown', () => {
    const { planned } = plan(config({ email: unknown }), prior);
    expect(planned.email).toBeInstanceOf(Unknown);
  });

  test('computed attributes inside a nested object are unknown on create', () => {
    const { planned } = plan(config({ profile: { title: 'Eng', updated: null } }), null);
    expect(planned.profile).toEqual({ title: 'Eng', updated: unknown });
  });

  test('sets in a different order are not a change', () => {
    const withTags = { ...prior, tags: ['a', 'b'] };
    const { planned } = plan(config({ tags: ['b', 'a'] }), withTags);
    expect(planned.login_key).toBe('k1');
  });
});

describe('planObject on update with null computed values', () => {
  test('a computed value that is null in state stays null when nothing changes', () => {
    const withNullKey = { ...prior, login_key: null };
    const { planned } = plan(config(), withNullKey);
    expect(planned).toEqual(withNullKey);
  });
});
