import { createFrameworkServer, defineResource, schema, str } from '../../src/framework/index.js';
import type { ProviderDefinition, WireSchemaAttribute } from '../../src/framework/index.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { Driver, errorsOf, pathOf, summaries } from './driver.js';
import { Store, fakeProvider } from './fake-provider.js';

const T = 'fake_thing';

describe('GetProviderSchema', () => {
  const server = createFrameworkServer(fakeProvider());

  const attribute = async (name: string): Promise<WireSchemaAttribute> => {
    const resp = await server.getProviderSchema();
    const found = resp.resource_schemas[T].block.attributes.find((a) => a.name === name);
    if (!found) throw new Error(`no attribute ${name}`);
    return found;
  };

  it.each([
    ['name', { required: true, optional: false, computed: false }],
    ['code', { required: false, optional: true, computed: false }],
    ['kind', { required: false, optional: true, computed: true }],
    ['id', { required: false, optional: false, computed: true }],
    ['token', { computed: true, sensitive: true }],
    ['secret_wo', { optional: true, write_only: true, sensitive: false }],
    ['old_name', { deprecated: true, deprecation_message: 'Use `name` instead.' }],
    ['name', { description_kind: 'MARKDOWN', description: 'Name; changing it replaces the thing.' }],
  ])('serves %s with %j', async (name, expected) => {
    expect(await attribute(name)).toMatchObject(expected);
  });

  it('serves nested attributes as nested_type with their nesting mode', async () => {
    const settings = await attribute('settings');
    const rules = await attribute('rules');
    expect(settings.type).toBeUndefined();
    expect(settings.nested_type?.nesting).toBe('SINGLE');
    expect(settings.nested_type?.attributes.map((a) => a.name)).toEqual(['mode', 'revision']);
    expect(rules.nested_type?.nesting).toBe('LIST');
    expect(JSON.parse(Buffer.from((await attribute('tags')).type!).toString())).toEqual(['list', 'string']);
  });

  it('serves the schema version and a markdown block description, with no diagnostics', async () => {
    const resp = await server.getProviderSchema();
    expect(resp.resource_schemas[T].version).toBe(1);
    expect(resp.resource_schemas[T].block).toMatchObject({
      description: 'A **thing** kept in memory.',
      description_kind: 'MARKDOWN',
    });
    expect(resp.diagnostics).toEqual([]);
  });

  const broken = (resources: ProviderDefinition<Store>['resources']): ProviderDefinition<Store> => ({
    ...fakeProvider(),
    resources,
  });
  const resource = (typeName: string, attrs: Parameters<typeof schema>[1]) =>
    defineResource({
      typeName,
      schema: schema('d', attrs),
      create: async () => null,
      read: async () => null,
      update: async () => null,
      delete: async () => undefined,
    });

  it.each([
    [
      'a default on a non-computed attribute',
      [resource('fake_a', { x: str({ description: 'x', optional: true, default: 'y' }) })],
      /attribute x: a default requires computed/,
    ],
    [
      'duplicate type names',
      [
        resource('fake_a', { x: str({ description: 'x', optional: true }) }),
        resource('fake_a', { x: str({ description: 'x', optional: true }) }),
      ],
      /duplicate resource type fake_a/,
    ],
    [
      'a type name without the provider prefix',
      [resource('other_a', { x: str({ description: 'x', optional: true }) })],
      /type other_a must start with fake_/,
    ],
  ])('reports %s as an error diagnostic', async (_name, resources, detail) => {
    const resp = await createFrameworkServer(broken(resources)).getProviderSchema();
    const errors = errorsOf(resp.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ summary: 'Invalid Provider Implementation' });
    expect(errors[0].detail).toMatch(detail);
  });
});

describe('ValidateResourceConfig', () => {
  let d: Driver<Store>;
  beforeAll(async () => {
    d = await Driver.configured(fakeProvider());
  });

  it.each([
    ['oneOf', { name: 'a', kind: 'Premium' }, '.kind', /Did you mean "premium"/],
    ['matches', { name: 'a', code: 'abc' }, '.code', /three capitals/],
    ['lengthBetween', { name: 'x'.repeat(21) }, '.name', /between 1 and 20 characters/],
    ['intBetween', { name: 'a', size: 11 }, '.size', /between 1 and 10/],
    ['intBetween (not whole)', { name: 'a', size: 2.5 }, '.size', /whole number/],
  ])('%s reports an error at the attribute path', async (_name, config, path, detail) => {
    const errors = errorsOf(await d.validate('fake_thing', config));
    expect(errors).toHaveLength(1);
    expect(pathOf(errors[0])).toBe(path);
    expect(errors[0].detail).toMatch(detail);
  });

  it.each([
    ['valid values', { name: 'a', kind: 'premium', code: 'ABC', size: 10 }],
    ['unknown values are not validated', { name: unknown, kind: unknown, code: unknown, size: unknown }],
  ])('accepts %s', async (_name, config) => {
    expect(await d.validate('fake_thing', config)).toEqual([]);
  });

  it('rejects a write-only value when the client lacks the capability', async () => {
    const config = { name: 'a', secret_wo: 's3cr3t' };
    const without = errorsOf(await d.validate('fake_thing', config, {}));
    expect(summaries(without)).toEqual(['ERROR Write-Only Attribute Not Supported']);
    expect(pathOf(without[0])).toBe('.secret_wo');
    expect(JSON.stringify(without)).not.toContain('s3cr3t');
    expect(await d.validate('fake_thing', config, { write_only_attributes_allowed: true })).toEqual([]);
  });

  it('warns when a deprecated attribute is set', async () => {
    const diags = await d.validate('fake_thing', { name: 'a', old_name: 'b' });
    expect(summaries(diags)).toEqual(['WARNING Attribute Deprecated']);
    expect(pathOf(diags[0])).toBe('.old_name');
    expect(diags[0].detail).toContain('Use `name` instead.');
  });
});

describe('PlanResourceChange', () => {
  let d: Driver<Store>;
  beforeEach(async () => {
    d = await Driver.configured(fakeProvider());
  });

  it('on create fills defaults and marks unset computed values unknown', async () => {
    const { planned, requiresReplace, diagnostics } = await d.plan(T, null, { name: 'a' });
    expect(diagnostics).toEqual([]);
    expect(requiresReplace).toEqual([]);
    expect(planned).toMatchObject({ name: 'a', kind: 'basic', code: null, settings: null, rules: null });
    for (const name of ['id', 'updated_at', 'token']) expect(planned?.[name]).toBeInstanceOf(Unknown);
  });

  it('fills nested defaults and unknowns in single and list nested attributes', async () => {
    const { planned } = await d.plan(T, null, {
      name: 'a',
      settings: {},
      rules: [{ port: 80 }, { port: 443, proto: 'udp' }],
    });
    const settings = planned?.settings as ObjectValue;
    const rules = planned?.rules as ObjectValue[];
    expect(settings.mode).toBe('auto');
    expect(settings.revision).toBeInstanceOf(Unknown);
    expect(rules.map((r) => [r.port, r.proto])).toEqual([
      [80, 'tcp'],
      [443, 'udp'],
    ]);
    expect(rules.every((r) => r.rule_id instanceof Unknown)).toBe(true);
  });

  it('keeps computed values when nothing changed, and marks them unknown when something did', async () => {
    const { state } = await d.create(T, { name: 'a', size: 1 });
    const same = await d.plan(T, state, { name: 'a', size: 1 });
    expect(same.planned).toEqual(state);
    const changed = await d.plan(T, state, { name: 'a', size: 2 });
    expect(changed.planned?.updated_at).toBeInstanceOf(Unknown);
    expect(changed.planned?.token).toBeInstanceOf(Unknown);
    // use-state-for-unknown keeps the id.
    expect(changed.planned?.id).toBe(state?.id);
    expect(changed.requiresReplace).toEqual([]);
  });

  it('reports requires_replace paths only for changed attributes that force replacement', async () => {
    const { state } = await d.create(T, { name: 'a' });
    const renamed = await d.plan(T, state, { name: 'b' });
    expect(renamed.requiresReplace).toEqual(['.name']);
    const resized = await d.plan(T, state, { name: 'a', size: 3 });
    expect(resized.requiresReplace).toEqual([]);
  });

  it('plans write-only attributes as null', async () => {
    const { planned } = await d.plan(T, null, { name: 'a', secret_wo: 's3cr3t' });
    expect(planned?.secret_wo).toBeNull();
    expect(JSON.stringify(planned)).not.toContain('s3cr3t');
  });

  it('plans a destroy as null and keeps the private state', async () => {
    const created = await d.create(T, { name: 'a' });
    const { planned, private: priv } = await d.plan(T, created.state, null, created.private);
    expect(planned).toBeNull();
    expect(priv).toEqual(created.private);
  });
});
