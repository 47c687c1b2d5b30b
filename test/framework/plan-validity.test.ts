/**
 * Property test: for random configurations over a small schema (strings, bools, lists; null and
 * unknown values; create and update), the planned state passes Terraform's plan validity rules
 * (`/work/shared/facts/terraform-plugin-protocol.md` §10.3, AssertPlanValid for attributes), and
 * the state after apply keeps every known planned value and has no unknowns (§10.4).
 */
import {
  bool,
  defineResource,
  requiresReplace,
  schema,
  str,
  strList,
  useStateForUnknown,
} from '../../src/framework/index.js';
import type { PlanModel, ProviderDefinition, StateModel } from '../../src/framework/index.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';
import { applyProblems, finalPlanProblems, planProblems } from '../terraform-core-rules.js';
import { Driver, errorsOf } from './driver.js';

const propSchema = schema('Random things.', {
  id: str({ description: 'i', computed: true, planModifiers: [useStateForUnknown()] }),
  name: str({ description: 'n', required: true, planModifiers: [requiresReplace()] }),
  note: str({ description: 'o', optional: true }),
  label: str({ description: 'l', optional: true, computed: true }),
  digest: str({ description: 'd', optional: true, computed: true, recomputedOnUpdate: true }),
  flag: bool({ description: 'f', optional: true, computed: true, default: false }),
  items: strList({ description: 't', optional: true }),
  computed_items: strList({ description: 'c', optional: true, computed: true }),
  stamp: str({ description: 's', computed: true }),
  secret_wo: str({ description: 'w', optional: true, writeOnly: true }),
});
type Model = StateModel<typeof propSchema>;

const known = <T>(v: T | Unknown, fallback: T): T => (v instanceof Unknown ? fallback : v);

let stamp = 0;
/** The remote side: keeps what the plan says and fills in what it leaves unknown. */
function realise(plan: PlanModel<typeof propSchema>, id: string): Model {
  return {
    id,
    name: known(plan.name, 'n'),
    note: known(plan.note, null),
    label: known(plan.label, 'server-label'),
    digest: known(plan.digest, `d${stamp}`),
    flag: known(plan.flag, false),
    items: known(plan.items, null),
    computed_items: known(plan.computed_items, ['server']),
    stamp: known(plan.stamp, `s${++stamp}`),
    secret_wo: null,
  };
}

const provider: ProviderDefinition<null> = {
  typeName: 'prop',
  schema: schema('p', {}),
  configure: async () => null,
  dataSources: [],
  resources: [
    defineResource<typeof propSchema, null>({
      typeName: 'prop_thing',
      schema: propSchema,
      create: async ({ plan }) => realise(plan, 'id-1'),
      read: async (state) => state,
      update: async ({ plan, prior }) => realise(plan, prior.id ?? 'id-1'),
      delete: async () => undefined,
    }),
  ],
};

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomConfig(rnd: () => number, allowUnknown: boolean): ObjectValue {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const maybe = (v: () => Value): Value => {
    const r = rnd();
    if (r < 0.3) return null;
    if (allowUnknown && r < 0.45) return unknown;
    return v();
  };
  const list = (): Value => {
    const n = Math.floor(rnd() * 3);
    return Array.from({ length: n }, () => (allowUnknown && rnd() < 0.15 ? unknown : pick(['a', 'b', 'c'])));
  };
  return {
    id: null,
    stamp: null,
    name: allowUnknown && rnd() < 0.1 ? unknown : pick(['x', 'y']),
    note: maybe(() => pick(['n1', 'n2'])),
    label: maybe(() => pick(['l1', 'l2'])),
    digest: maybe(() => pick(['d1', 'd2'])),
    flag: maybe(() => rnd() < 0.5),
    items: maybe(list),
    computed_items: maybe(list),
    secret_wo: maybe(() => 'secret'),
  };
}

const isWhollyKnownConfig = (c: ObjectValue): boolean =>
  !Object.values(c).some(
    (v) => v instanceof Unknown || (Array.isArray(v) && v.some((x) => x instanceof Unknown)),
  );

describe('plans over random configurations', () => {
  const T = 'prop_thing';
  const attributes = propSchema.attributes;

  it('the checker itself rejects an invalid plan', () => {
    const config = { name: 'x', note: null, items: ['a'] } as ObjectValue;
    expect(planProblems(attributes, null, config, { ...config, note: 'n', items: ['b'] })).toEqual([
      'note: planned value for a non-computed attribute',
      'items: planned value does not match config value',
    ]);
  });

  it('the final-plan checker refuses a prior value first planned for a value then known to differ', () => {
    // Terraform accepts the first plan (prior kept against an unknown, non-null configuration)
    // but refuses the re-plan at apply when the known value differs from what was promised.
    const prior = { name: 'x', label: 'l1' } as ObjectValue;
    const first = { name: 'x', label: unknown } as ObjectValue;
    expect(planProblems(attributes, prior, first, { ...first, label: 'l1' })).toEqual([]);
    expect(finalPlanProblems({ ...first, label: 'l1' }, { ...first, label: 'l2' })).toEqual([
      'label: was "l1", but now "l2"',
    ]);
    expect(finalPlanProblems({ ...first, label: unknown }, { ...first, label: 'l2' })).toEqual([]);
  });

  it('the apply checker names a changed known value, a leftover unknown and a null for not-null', () => {
    const planned = { name: 'x', label: new Unknown({ notNull: true }), stamp: unknown } as ObjectValue;
    expect(applyProblems(planned, { name: 'y', label: null, stamp: unknown })).toEqual([
      'name: was "x", but now "y"',
      'label: planned not null, but now null',
      'stamp: still unknown after apply',
    ]);
  });

  it('are valid plans, and apply keeps every known planned value (300 cases, create and update)', async () => {
    const d = await Driver.configured(provider);
    let updates = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      // A prior state from a known configuration (or none: create).
      let prior: ObjectValue | null = null;
      if (rnd() < 0.6) {
        const first = randomConfig(rnd, false);
        prior = (await d.create(T, first)).state;
      }
      const config = randomConfig(rnd, true);
      const plan = await d.plan(T, prior, config);
      const context = `seed ${seed}`;
      expect([context, errorsOf(plan.diagnostics)]).toEqual([context, []]);
      const planned = plan.planned!;
      expect([context, planProblems(attributes, prior, d.full(T, config), planned)]).toEqual([context, []]);
      if (prior !== null) updates += 1;

      // Apply only with a wholly known configuration (Terraform re-plans once it is known).
      if (!isWhollyKnownConfig(config) || plan.requiresReplace.length > 0) continue;
      const applied = await d.apply(T, prior, planned, config);
      expect([context, errorsOf(applied.diagnostics)]).toEqual([context, []]);
      expect([context, applyProblems(planned, applied.state!)]).toEqual([context, []]);
    }
    expect(updates).toBeGreaterThan(100);
  });
});
