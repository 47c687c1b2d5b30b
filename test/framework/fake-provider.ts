/**
 * A fake provider for framework tests: `fake_thing` (every schema feature, an in-memory store,
 * import, identity, a state upgrader, private state) and `fake_plain` (no importer). The store's
 * `mode` makes the next create/update misbehave on purpose.
 */
import {
  bool,
  defineResource,
  idIdentity,
  intBetween,
  lengthBetween,
  matches,
  nested,
  num,
  oneOf,
  requiresReplace,
  schema,
  str,
  strList,
  useStateForUnknown,
} from '../../src/framework/index.js';
import type { PlanModel, ProviderDefinition, StateModel } from '../../src/framework/index.js';
import { Unknown } from '../../src/tf/value.js';

export const thingSchema = schema(
  'A **thing** kept in memory.',
  {
    id: str({ description: 'Identifier.', computed: true, planModifiers: [useStateForUnknown()] }),
    name: str({
      description: 'Name; changing it replaces the thing.',
      required: true,
      validators: [lengthBetween(1, 20)],
      planModifiers: [requiresReplace()],
    }),
    kind: str({
      description: 'Kind.',
      optional: true,
      computed: true,
      default: 'basic',
      validators: [oneOf('basic', 'premium')],
    }),
    code: str({
      description: 'Code.',
      optional: true,
      validators: [matches(/^[A-Z]{3}$/, 'three capitals')],
    }),
    size: num({ description: 'Size.', optional: true, validators: [intBetween(1, 10)] }),
    enabled: bool({ description: 'Enabled.', optional: true }),
    updated_at: str({ description: 'Changes on every write.', computed: true }),
    token: str({ description: 'Token.', computed: true, sensitive: true }),
    secret_wo: str({ description: 'Write-only secret.', optional: true, writeOnly: true }),
    old_name: str({ description: 'Old name.', optional: true, deprecated: 'Use `name` instead.' }),
    tags: strList({ description: 'Tags.', optional: true }),
    settings: nested(
      'single',
      {
        mode: str({ description: 'Mode.', optional: true, computed: true, default: 'auto' }),
        revision: str({ description: 'Revision.', computed: true }),
      },
      { description: 'Settings.', optional: true },
    ),
    rules: nested(
      'list',
      {
        port: num({ description: 'Port.', required: true }),
        proto: str({ description: 'Protocol.', optional: true, computed: true, default: 'tcp' }),
        rule_id: str({ description: 'Rule id.', computed: true }),
      },
      { description: 'Rules.', optional: true },
    ),
  },
  { version: 1 },
);

type Thing = StateModel<typeof thingSchema>;
type ThingPlan = PlanModel<typeof thingSchema>;

export type Mode = 'normal' | 'throw' | 'leave-unknown' | 'partial';

export class Store {
  readonly things = new Map<string, Thing>();
  mode: Mode = 'normal';
  /** The write-only secret each create/update saw in its configuration. */
  readonly secretsSeen: (string | null)[] = [];
  private next = 1;
  newId(): string {
    return `t-${this.next++}`;
  }
}

const known = <T>(v: T | Unknown, fallback: T): T => (v instanceof Unknown ? fallback : v);

/** Resolves every unknown of a plan the way a real remote API would. */
function resolve(plan: ThingPlan, id: string, revision: number): Thing {
  const settings = known(plan.settings, null);
  const rules = known(plan.rules, null);
  return {
    id,
    name: known(plan.name, ''),
    kind: known(plan.kind, 'basic'),
    code: known(plan.code, null),
    size: known(plan.size, null),
    enabled: known(plan.enabled, null),
    updated_at: `rev-${revision}`,
    token: known(plan.token, `token-${id}`),
    secret_wo: null,
    old_name: known(plan.old_name, null),
    tags: known(plan.tags, null),
    settings: settings && {
      mode: known(settings.mode, 'auto'),
      revision: known(settings.revision, `r${revision}`),
    },
    rules:
      rules &&
      rules.map((r, i) => ({
        port: known(r.port, 0),
        proto: known(r.proto, 'tcp'),
        rule_id: known(r.rule_id, `rule-${i}`),
      })),
  };
}

export function thingResource(store: Store) {
  let revision = 0;
  const misbehave = (state: Thing, ctx: { diagnostics: { error(s: string, d: string): void } }) => {
    if (store.mode === 'throw') throw new Error('boom in the resource');
    if (store.mode === 'leave-unknown') return { ...state, updated_at: new Unknown() } as unknown as Thing;
    if (store.mode === 'partial') ctx.diagnostics.error('Thing Half Made', 'The tags could not be set.');
    return state;
  };
  return defineResource<typeof thingSchema, Store>({
    typeName: 'fake_thing',
    schema: thingSchema,
    async create({ plan, config }, ctx) {
      store.secretsSeen.push(known(config.secret_wo, null));
      const state = resolve(plan, store.newId(), ++revision);
      store.things.set(state.id!, state);
      ctx.private.set('etag', `etag-${state.id}`);
      return misbehave(state, ctx);
    },
    async read(state, ctx) {
      const found = store.things.get(state.id ?? '');
      if (!found) return null;
      ctx.private.set('reads', Number(ctx.private.get('reads') ?? 0) + 1);
      return found;
    },
    async update({ plan, prior, config }, ctx) {
      store.secretsSeen.push(known(config.secret_wo, null));
      const state = resolve(plan, prior.id!, ++revision);
      store.things.set(state.id!, state);
      return misbehave(state, ctx);
    },
    async delete(state) {
      store.things.delete(state.id ?? '');
    },
    async importState(id) {
      return store.things.has(id) ? { id } : null;
    },
    stateUpgraders: {
      // Version 0 called the name `title`.
      0: (old) => {
        const { title, ...rest } = old;
        return { ...rest, name: title };
      },
    },
    // Import by identity goes through importState (a single-attribute identity).
    identity: idIdentity('The thing ID.'),
  });
}

export const plainSchema = schema('A plain thing without import.', {
  id: str({ description: 'Identifier.', computed: true }),
  value: str({ description: 'Value.', required: true }),
});

export function plainResource(store: Store) {
  return defineResource<typeof plainSchema, Store>({
    typeName: 'fake_plain',
    schema: plainSchema,
    async create({ plan }) {
      return { id: store.newId(), value: known(plan.value, '') };
    },
    async read(state) {
      return state;
    },
    async update({ plan, prior }) {
      return { id: prior.id, value: known(plan.value, '') };
    },
    async delete() {},
  });
}

export const providerConfigSchema = schema('The fake provider.', {
  endpoint: str({ description: 'Where things live.', optional: true }),
});

export function fakeProvider(store: Store = new Store()): ProviderDefinition<Store> {
  return {
    typeName: 'fake',
    schema: providerConfigSchema,
    async configure() {
      return store;
    },
    resources: [thingResource(store), plainResource(store)],
    dataSources: [],
  };
}
