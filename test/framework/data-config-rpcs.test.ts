/**
 * Provider configuration (ValidateProviderConfig, ConfigureProvider), data sources and ephemeral
 * resources (validation, ReadDataSource, OpenEphemeralResource) and a resource's own config
 * validation, driven in-process with hand-made providers.
 */
import {
  createFrameworkServer,
  defineDataSource,
  defineResource,
  fromModel,
  impliedType,
  intBetween,
  num,
  schema,
  str,
} from '../../src/framework/index.js';
import type {
  DataSourceContext,
  DynamicValue,
  ProviderDefinition,
  ProviderServer,
  StateModel,
} from '../../src/framework/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/msgpack.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { pathOf, summaries } from './driver.js';

interface Api {
  readonly name: string;
}

const lookupSchema = schema('Looks a thing up.', {
  name: str({ description: 'Name.', required: true }),
  size: num({ description: 'Size.', optional: true, validators: [intBetween(1, 5)] }),
  found_id: str({ description: 'The ID found.', computed: true }),
  note: str({ description: 'Note.', computed: true }),
});
type Lookup = StateModel<typeof lookupSchema>;

/** What the data source does for a configured name (the test sets it). */
type ReadBehaviour = (config: Lookup, ctx: DataSourceContext<Api>) => Promise<Lookup | null>;

const providerSchema = schema('P.', {
  endpoint: str({ description: 'Endpoint.', optional: true }),
  retries: num({ description: 'Retries.', optional: true, validators: [intBetween(0, 3)] }),
});

interface Seen {
  reads: { config: Lookup; provider: Api; signal: AbortSignal }[];
  validated: unknown[];
  configured: { config: unknown; terraformVersion: string; signal: AbortSignal }[];
}

function testProvider(seen: Seen, read: ReadBehaviour): ProviderDefinition<Api> {
  const source = (typeName: string) =>
    defineDataSource<typeof lookupSchema, Api>({
      typeName,
      schema: lookupSchema,
      async read(config, ctx) {
        seen.reads.push({ config, provider: ctx.provider, signal: ctx.signal });
        return read(config, ctx);
      },
      validateConfig(config, diagnostics) {
        seen.validated.push(config);
        if (config.name === 'throw') throw new Error('validation crashed');
        if (config.name === 'bad') diagnostics.error('Bad Name', 'The name is bad.');
      },
    });
  const resSchema = schema('R.', { name: str({ description: 'Name.', required: true }) });
  return {
    typeName: 'fake',
    schema: providerSchema,
    async configure(config, ctx) {
      seen.configured.push({ config, terraformVersion: ctx.terraformVersion, signal: ctx.signal });
      if (config.endpoint === 'throw') throw new Error('configure crashed');
      if (config.endpoint === 'unusable') {
        ctx.diagnostics.error('Unusable Endpoint', 'Cannot use it.');
        return undefined;
      }
      if (config.endpoint === 'error-with-data')
        ctx.diagnostics.error('Half Configured', 'Errors, yet data.');
      if (config.endpoint === 'warn') ctx.diagnostics.warning('Old Endpoint', 'Still works.');
      return { name: typeof config.endpoint === 'string' ? config.endpoint : 'default' };
    },
    validateConfig(config, diagnostics) {
      seen.validated.push(config);
      if (config.endpoint === 'invalid') diagnostics.error('Invalid Endpoint', 'Not a URL.');
      if (config.endpoint === 'validate-throw') throw 'not an Error';
    },
    resources: [
      defineResource<typeof resSchema, Api>({
        typeName: 'fake_res',
        schema: resSchema,
        create: async () => null,
        read: async () => null,
        update: async () => null,
        delete: async () => undefined,
        validateConfig(config, diagnostics) {
          seen.validated.push(config);
          if (config.name === 'throw') throw new Error('resource validation crashed');
          if (config.name === 'bad') diagnostics.error('Bad Resource Name', 'No.');
        },
      }),
    ],
    dataSources: [source('fake_lookup')],
    ephemeralResources: [source('fake_secret')],
  };
}

const enc = (s: typeof lookupSchema | typeof providerSchema, v: ObjectValue): DynamicValue => ({
  msgpack: encodeMsgpack(fromModel(s.attributes, v), impliedType(s)),
});
const dec = (dv: DynamicValue | undefined): ObjectValue =>
  decodeMsgpack(dv!.msgpack!, impliedType(lookupSchema)) as ObjectValue;
const garbage: DynamicValue = { msgpack: Uint8Array.of(0xc1) };

let seen: Seen;
beforeEach(() => {
  seen = { reads: [], validated: [], configured: [] };
});

const found: ReadBehaviour = async (config) => ({ ...config, found_id: `id-${config.name}`, note: 'ok' });

async function configured(
  read: ReadBehaviour = found,
  endpoint: string | null = 'api',
): Promise<ProviderServer> {
  const server = createFrameworkServer(testProvider(seen, read));
  const resp = await server.configureProvider({
    terraform_version: '1.11.4',
    config: enc(providerSchema, { endpoint }),
  });
  expect(resp.diagnostics).toEqual([]);
  return server;
}

describe('ValidateProviderConfig', () => {
  it('validates a provider that has no validateConfig of its own', async () => {
    const server = createFrameworkServer({ ...testProvider(seen, found), validateConfig: undefined });
    const resp = await server.validateProviderConfig({ config: enc(providerSchema, { endpoint: 'a' }) });
    expect(resp.diagnostics).toEqual([]);
  });

  it('accepts a valid configuration and hands its model to validateConfig', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateProviderConfig({
      config: enc(providerSchema, { endpoint: 'a', retries: 2 }),
    });
    expect(resp.diagnostics).toEqual([]);
    expect(seen.validated).toEqual([{ endpoint: 'a', retries: 2 }]);
  });

  it('checks attribute validators at the attribute path', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateProviderConfig({ config: enc(providerSchema, { retries: 9 }) });
    expect(resp.diagnostics).toHaveLength(1);
    expect(pathOf(resp.diagnostics[0])).toBe('.retries');
  });

  it("passes on the provider's own validation errors", async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateProviderConfig({
      config: enc(providerSchema, { endpoint: 'invalid' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Endpoint']);
  });

  it('turns a thrown value into one Unexpected Provider Error naming the step and the value', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateProviderConfig({
      config: enc(providerSchema, { endpoint: 'validate-throw' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(resp.diagnostics[0].detail).toBe(
      'Provider configuration validation failed unexpectedly: not an Error. This is a bug in the provider; ' +
        'please report it with the output of TF_LOG=debug (secrets are redacted there).',
    );
  });

  it('checks nothing when the configuration is absent, and reports one that does not decode', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    expect((await server.validateProviderConfig({})).diagnostics).toEqual([]);
    expect(seen.validated).toEqual([]);
    const bad = await server.validateProviderConfig({ config: garbage });
    expect(summaries(bad.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(bad.diagnostics[0].detail).toMatch(/^The provider could not decode the provider configuration: /);
  });
});

describe('ConfigureProvider', () => {
  it('reports a configuration that does not decode, naming it', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.configureProvider({ terraform_version: '1.11.4', config: garbage });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain('provider configuration');
    expect(seen.configured).toEqual([]);
  });

  it('hands configure the model, the Terraform version and the stop signal', async () => {
    const server = await configured();
    expect(seen.configured).toHaveLength(1);
    expect(seen.configured[0]).toMatchObject({
      config: { endpoint: 'api', retries: null },
      terraformVersion: '1.11.4',
    });
    expect(seen.configured[0].signal.aborted).toBe(false);
    await server.stopProvider();
    expect(seen.configured[0].signal.aborted).toBe(true);
  });

  it('returns the warnings of configure and uses its data', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.configureProvider({
      terraform_version: '1.11.4',
      config: enc(providerSchema, { endpoint: 'warn' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['WARNING Old Endpoint']);
    const read = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(read.diagnostics).toEqual([]);
    expect(seen.reads[0].provider).toEqual({ name: 'warn' });
  });

  it.each([
    ['configure returns nothing', 'unusable', 'ERROR Unusable Endpoint'],
    ['configure reports an error with its data', 'error-with-data', 'ERROR Half Configured'],
    ['configure throws', 'throw', 'ERROR Unexpected Provider Error'],
  ])(
    'when %s, later calls report the provider as configured but unusable',
    async (_name, endpoint, summary) => {
      const server = createFrameworkServer(testProvider(seen, found));
      const resp = await server.configureProvider({
        terraform_version: '1.11.4',
        config: enc(providerSchema, { endpoint }),
      });
      expect(summaries(resp.diagnostics)).toEqual([summary]);
      const read = await server.readDataSource({
        type_name: 'fake_lookup',
        config: enc(lookupSchema, { name: 'a' }),
      });
      expect(summaries(read.diagnostics)).toEqual(['ERROR Provider Not Configured']);
      expect(read.diagnostics[0].detail).toBe(
        'The provider configuration could not be used (see the earlier errors, or values unknown until apply).',
      );
      expect(seen.reads).toEqual([]);
    },
  );

  it('names the step when configure throws', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.configureProvider({
      terraform_version: '1.11.4',
      config: enc(providerSchema, { endpoint: 'throw' }),
    });
    expect(resp.diagnostics[0].detail).toMatch(
      /^Provider configuration failed unexpectedly: configure crashed\. /,
    );
  });

  it('calls nothing for an absent configuration, and the provider stays unusable', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    expect((await server.configureProvider({ terraform_version: '1.11.4' })).diagnostics).toEqual([]);
    expect(seen.configured).toEqual([]);
    const read = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(read.diagnostics[0].detail).toMatch(/^The provider configuration could not be used/);
  });
});

describe('ReadDataSource and OpenEphemeralResource', () => {
  it.each([
    ['readDataSource', 'fake_lookup', 'state'],
    ['openEphemeralResource', 'fake_secret', 'result'],
  ] as const)(
    '%s reads with the known configuration and returns the full object',
    async (rpc, typeName, key) => {
      const server = await configured();
      const resp = await server[rpc]({
        type_name: typeName,
        config: enc(lookupSchema, { name: 'a', size: 2 }),
      });
      expect(resp.diagnostics).toEqual([]);
      expect(Object.keys(resp)).toEqual([key, 'diagnostics']);
      expect(dec((resp as unknown as Record<string, DynamicValue>)[key])).toEqual({
        name: 'a',
        size: 2,
        found_id: 'id-a',
        note: 'ok',
      });
      expect(seen.reads[0].config).toEqual({ name: 'a', size: 2, found_id: null, note: null });
      expect(seen.reads[0].provider).toEqual({ name: 'api' });
      expect(seen.reads[0].signal.aborted).toBe(false);
    },
  );

  it('fills attributes the read leaves out with null', async () => {
    const server = await configured(async (config) => ({ name: config.name }) as Lookup);
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(dec(resp.state)).toEqual({ name: 'a', size: null, found_id: null, note: null });
  });

  it('returns the warnings of a read together with its state', async () => {
    const server = await configured(async (config, ctx) => {
      ctx.diagnostics.warning('Slow Lookup', 'It took a while.');
      return { ...config, found_id: 'x', note: null };
    });
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['WARNING Slow Lookup']);
    expect(dec(resp.state).found_id).toBe('x');
  });

  it.each([
    ['readDataSource', 'fake_nothing', 'ERROR Unknown Data Source Type', 'data source "fake_nothing"'],
    [
      'openEphemeralResource',
      'fake_nothing',
      'ERROR Unknown Ephemeral Resource Type',
      'ephemeral resource "fake_nothing"',
    ],
  ] as const)('%s reports an unknown type by name', async (rpc, typeName, summary, detail) => {
    const server = await configured();
    const resp = await server[rpc]({ type_name: typeName, config: enc(lookupSchema, { name: 'a' }) });
    expect(summaries(resp.diagnostics)).toEqual([summary]);
    expect(resp.diagnostics[0].detail).toContain(detail);
    expect(Object.keys(resp)).toEqual(['diagnostics']);
  });

  it('reports a read before configure as a bug, without reading', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Not Configured']);
    expect(resp.diagnostics[0].detail).toBe(
      'Terraform called the provider before configuring it. This is a bug in the provider or Terraform.',
    );
    expect(resp.state).toBeUndefined();
  });

  it('refuses a configuration with values not yet known', async () => {
    const server = await configured();
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: unknown }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Configuration Not Known']);
    expect(resp.diagnostics[0].detail).toMatch(/^fake_lookup was read before its configuration was known\./);
    expect(seen.reads).toEqual([]);
  });

  it('reports a configuration that does not decode, without reading', async () => {
    const server = await configured();
    const resp = await server.readDataSource({ type_name: 'fake_lookup', config: garbage });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain('fake_lookup configuration');
    expect(seen.reads).toEqual([]);
  });

  it('reads nothing for an absent configuration', async () => {
    const server = await configured();
    const resp = await server.readDataSource({ type_name: 'fake_lookup' });
    expect(resp).toEqual({ diagnostics: [] });
    expect(seen.reads).toEqual([]);
  });

  it('reports Not Found when the read finds nothing', async () => {
    const server = await configured(async () => null);
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Not Found']);
    expect(resp.diagnostics[0].detail).toBe('fake_lookup found nothing that matches.');
    expect(resp.state).toBeUndefined();
  });

  it("reports only the read's own error when it finds nothing and says why", async () => {
    const server = await configured(async (_c, ctx) => {
      ctx.diagnostics.error('Lookup Refused', 'No access.');
      return null;
    });
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Lookup Refused']);
  });

  it('returns no state when the read reports an error beside a result', async () => {
    const server = await configured(async (config, ctx) => {
      ctx.diagnostics.error('Half Read', 'Part failed.');
      return { ...config, found_id: 'x', note: null };
    });
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Half Read']);
    expect(resp.state).toBeUndefined();
  });

  it('turns an exception in the read into one Unexpected Provider Error naming the type', async () => {
    const server = await configured(async () => {
      throw new Error('socket hang up');
    });
    const resp = await server.openEphemeralResource({
      type_name: 'fake_secret',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(resp.diagnostics[0].detail).toMatch(/^Reading fake_secret failed unexpectedly: socket hang up\./);
    expect(resp.result).toBeUndefined();
  });

  it('reports a result with unknown values as a provider bug', async () => {
    const server = await configured(
      async (config) => ({ ...config, found_id: new Unknown() }) as unknown as Lookup,
    );
    const resp = await server.readDataSource({
      type_name: 'fake_lookup',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Provider Returned Unknown Values']);
    expect(resp.diagnostics[0].detail).toBe(
      'fake_lookup returned values not yet known. This is a bug in the provider.',
    );
    expect(resp.state).toBeUndefined();
  });
});

describe('ValidateDataResourceConfig and ValidateEphemeralResourceConfig', () => {
  const rpcs = [
    ['validateDataResourceConfig', 'fake_lookup'],
    ['validateEphemeralResourceConfig', 'fake_secret'],
  ] as const;

  it.each(rpcs)(
    '%s accepts a valid configuration and hands its model to validateConfig',
    async (rpc, typeName) => {
      const server = createFrameworkServer(testProvider(seen, found));
      const resp = await server[rpc]({
        type_name: typeName,
        config: enc(lookupSchema, { name: 'a', size: unknown }),
      });
      expect(resp.diagnostics).toEqual([]);
      expect(seen.validated).toEqual([{ name: 'a', size: unknown, found_id: null, note: null }]);
    },
  );

  it.each(rpcs)('%s checks attribute validators at the attribute path', async (rpc, typeName) => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server[rpc]({
      type_name: typeName,
      config: enc(lookupSchema, { name: 'a', size: 6 }),
    });
    expect(resp.diagnostics).toHaveLength(1);
    expect(pathOf(resp.diagnostics[0])).toBe('.size');
  });

  it.each(rpcs)(
    "%s passes on the source's own errors and names it when validation throws",
    async (rpc, typeName) => {
      const server = createFrameworkServer(testProvider(seen, found));
      const bad = await server[rpc]({ type_name: typeName, config: enc(lookupSchema, { name: 'bad' }) });
      expect(summaries(bad.diagnostics)).toEqual(['ERROR Bad Name']);
      const thrown = await server[rpc]({ type_name: typeName, config: enc(lookupSchema, { name: 'throw' }) });
      expect(summaries(thrown.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
      expect(thrown.diagnostics[0].detail).toMatch(
        new RegExp(`^${typeName} validation failed unexpectedly: validation crashed\\.`),
      );
    },
  );

  it.each(rpcs)(
    '%s checks nothing for an absent configuration and reports one that does not decode',
    async (rpc, typeName) => {
      const server = createFrameworkServer(testProvider(seen, found));
      expect((await server[rpc]({ type_name: typeName })).diagnostics).toEqual([]);
      expect(seen.validated).toEqual([]);
      const resp = await server[rpc]({ type_name: typeName, config: garbage });
      expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
      expect(resp.diagnostics[0].detail).toContain(`${typeName} configuration`);
    },
  );

  it.each([
    ['validateDataResourceConfig', 'ERROR Unknown Data Source Type'],
    ['validateEphemeralResourceConfig', 'ERROR Unknown Ephemeral Resource Type'],
  ] as const)('%s reports an unknown type', async (rpc, summary) => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server[rpc]({
      type_name: 'fake_lookup_typo',
      config: enc(lookupSchema, { name: 'a' }),
    });
    expect(summaries(resp.diagnostics)).toEqual([summary]);
  });
});

describe("ValidateResourceConfig: the resource's own validation", () => {
  const resConfig = (name: string): DynamicValue => ({
    msgpack: encodeMsgpack({ name }, { kind: 'object', attributes: { name: { kind: 'string' } } }),
  });

  it('hands the model to validateConfig and passes on its errors', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    expect(
      (await server.validateResourceConfig({ type_name: 'fake_res', config: resConfig('ok') })).diagnostics,
    ).toEqual([]);
    expect(seen.validated).toEqual([{ name: 'ok' }]);
    const bad = await server.validateResourceConfig({ type_name: 'fake_res', config: resConfig('bad') });
    expect(summaries(bad.diagnostics)).toEqual(['ERROR Bad Resource Name']);
  });

  it('names the resource when its validation throws', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateResourceConfig({ type_name: 'fake_res', config: resConfig('throw') });
    expect(resp.diagnostics[0].detail).toMatch(
      /^fake_res validation failed unexpectedly: resource validation crashed\./,
    );
  });

  it('reports an unknown resource type by name, and checks nothing without a configuration', async () => {
    const server = createFrameworkServer(testProvider(seen, found));
    const resp = await server.validateResourceConfig({ type_name: 'fake_typo', config: resConfig('a') });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unknown Resource Type']);
    expect(resp.diagnostics[0].detail).toBe(
      'The litmos provider has no resource type "fake_typo". Check the spelling, or upgrade the provider.',
    );
    expect((await server.validateResourceConfig({ type_name: 'fake_res' })).diagnostics).toEqual([]);
    expect(seen.validated).toEqual([]);
  });
});
