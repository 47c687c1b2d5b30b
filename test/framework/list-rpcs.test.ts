/**
 * ValidateListResourceConfig and ListResource (Terraform ≥ 1.14 `list` blocks), driven in-process:
 * the list configuration is validated with its schema, each listed object travels with its identity
 * and, when asked, its full state, the limit and Ctrl-C stop the listing, and every problem arrives
 * as a final event of diagnostics.
 */
import {
  createFrameworkServer,
  defineListResource,
  fromModel,
  impliedType,
  lengthBetween,
  schema,
  str,
} from '../../src/framework/index.js';
import type {
  ListRequest,
  ListResourceEvent,
  ListResult,
  ProviderDefinition,
  ProviderServer,
} from '../../src/framework/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/msgpack.js';
import { ctyBool, ctyNumber } from '../../src/tf/types.js';
import { Unknown, unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { Driver, errorsOf, pathOf, summaries } from './driver.js';
import { Store, fakeProvider } from './fake-provider.js';

const listSchema = schema('Lists things.', {
  prefix: str({
    description: 'Keep names starting with this.',
    optional: true,
    validators: [lengthBetween(1, 5)],
  }),
  note: str({ description: 'Unused note.', optional: true }),
});

interface Calls {
  requests: ListRequest<typeof listSchema>[];
  validated: unknown[];
  /** Results yielded so far (to see that the framework stops pulling). */
  pulled: number;
}

type Behaviour = (req: ListRequest<typeof listSchema>, store: Store) => AsyncIterable<ListResult>;

async function* things(req: ListRequest<typeof listSchema>, store: Store): AsyncIterable<ListResult> {
  for (const t of store.things.values()) {
    if (req.config.prefix && !t.name!.startsWith(req.config.prefix)) continue;
    yield { identity: { id: t.id! }, displayName: `Thing ${t.name}`, object: t };
  }
}

function listProvider(
  store: Store,
  calls: Calls,
  behaviour: Behaviour = things,
  listedType = 'fake_thing',
): ProviderDefinition<Store> {
  const list = defineListResource<typeof listSchema, Store>({
    typeName: listedType,
    schema: listSchema,
    async *list(req, ctx) {
      calls.requests.push(req);
      if (ctx.provider !== store) throw new Error('the list did not get the provider data');
      for await (const r of behaviour(req, store)) {
        calls.pulled += 1;
        yield r;
      }
    },
    validateConfig(config, diagnostics) {
      calls.validated.push(config);
      if (config.note === 'throw') throw new Error('validator blew up');
      if (config.note === 'bad') diagnostics.error('Bad Note', 'The note is bad.');
    },
  });
  return { ...fakeProvider(store), listResources: [list] };
}

const cfg = (v: Partial<Record<'prefix' | 'note', string | Unknown | null>>) => ({
  msgpack: encodeMsgpack(fromModel(listSchema.attributes, v), impliedType(listSchema)),
});
const bool = (v: boolean | Unknown) => ({ msgpack: encodeMsgpack(v, ctyBool) });
const number = (v: number | Unknown) => ({ msgpack: encodeMsgpack(v, ctyNumber) });

async function collect(events: AsyncIterable<ListResourceEvent>): Promise<ListResourceEvent[]> {
  const out: ListResourceEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

let store: Store;
let calls: Calls;
beforeEach(() => {
  store = new Store();
  calls = { requests: [], validated: [], pulled: 0 };
});

/** A configured driver over a provider with the list resource and three stored things. */
async function withThings(behaviour?: Behaviour, listedType?: string): Promise<Driver<Store>> {
  const d = await Driver.configured(listProvider(store, calls, behaviour, listedType));
  for (const name of ['alpha', 'beta', 'alpine']) await d.create('fake_thing', { name });
  return d;
}

const list = (server: ProviderServer) => server.listResource!.bind(server);

describe('ValidateListResourceConfig', () => {
  const validate = (server: ProviderServer) => server.validateListResourceConfig!.bind(server);

  it('accepts a valid configuration, include_resource and limit, and hands the model to validateConfig', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({
      type_name: 'fake_thing',
      config: cfg({ prefix: 'al' }),
      include_resource_object: bool(true),
      limit: number(1),
    });
    expect(resp.diagnostics).toEqual([]);
    expect(calls.validated).toEqual([{ prefix: 'al', note: null }]);
  });

  it('reports an unknown list type by name', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_nothing', config: cfg({}) });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unknown List Resource Type']);
    expect(resp.diagnostics[0].detail).toContain('"fake_nothing"');
  });

  it('checks the attribute validators of the config block at the attribute path', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({ prefix: 'toolong' }) });
    const errors = errorsOf(resp.diagnostics);
    expect(errors).toHaveLength(1);
    expect(pathOf(errors[0])).toBe('.prefix');
  });

  it("passes on the list resource's own validation errors", async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({ note: 'bad' }) });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Bad Note']);
  });

  it('turns an exception in validateConfig into one Unexpected Provider Error naming the step', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({ note: 'throw' }) });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(resp.diagnostics[0].detail).toContain('Validating the fake_thing list configuration');
    expect(resp.diagnostics[0].detail).toContain('validator blew up');
  });

  it('does not validate an absent config block', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing' });
    expect(resp.diagnostics).toEqual([]);
    expect(calls.validated).toEqual([]);
  });

  it('reports a config block that does not decode', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({
      type_name: 'fake_thing',
      config: { msgpack: Uint8Array.of(0xc1) },
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain('fake_thing list configuration');
    expect(calls.validated).toEqual([]);
  });

  it('reports an include_resource value that does not decode', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({
      type_name: 'fake_thing',
      config: cfg({}),
      include_resource_object: { msgpack: Uint8Array.of(0xc1) },
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain('include_resource value');
  });

  it('reports a limit value that does not decode', async () => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({
      type_name: 'fake_thing',
      config: cfg({}),
      limit: { msgpack: Uint8Array.of(0xc1) },
    });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid Value From Terraform']);
    expect(resp.diagnostics[0].detail).toContain('limit value');
  });

  it('validates a list resource that has no validateConfig of its own', async () => {
    const server = createFrameworkServer({
      ...fakeProvider(store),
      listResources: [
        defineListResource<typeof listSchema, Store>({
          typeName: 'fake_thing',
          schema: listSchema,
          // eslint-disable-next-line require-yield
          async *list() {
            return;
          },
        }),
      ],
    });
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({ prefix: 'a' }) });
    expect(resp.diagnostics).toEqual([]);
  });

  it.each([
    ['zero', 0],
    ['negative', -3],
    ['not whole', 2.5],
  ])('rejects a %s limit at the limit path', async (_name, limit) => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({}), limit: number(limit) });
    expect(summaries(resp.diagnostics)).toEqual(['ERROR Invalid List Limit']);
    expect(pathOf(resp.diagnostics[0])).toBe('.limit');
    expect(resp.diagnostics[0].detail).toBe(`limit must be a whole number of at least 1, got ${limit}.`);
  });

  it.each([
    ['one', number(1)],
    ['unknown', number(unknown)],
    ['absent', undefined],
  ])('accepts a limit that is %s', async (_name, limit) => {
    const server = createFrameworkServer(listProvider(store, calls));
    const resp = await validate(server)({ type_name: 'fake_thing', config: cfg({}), limit });
    expect(resp.diagnostics).toEqual([]);
  });
});

describe('ListResource', () => {
  const thingType = (d: Driver<Store>) => d.type('fake_thing');

  it('streams each object with its identity and display name, and no object unless asked', async () => {
    const d = await withThings();
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
    );
    expect(events.map((e) => e.display_name)).toEqual(['Thing alpha', 'Thing beta', 'Thing alpine']);
    expect(events.map((e) => d.decIdentity(e.identity, 'fake_thing'))).toEqual([
      { id: 't-1' },
      { id: 't-2' },
      { id: 't-3' },
    ]);
    for (const e of events) {
      expect(e.resource_object).toBeUndefined();
      expect(e.diagnostic).toEqual([]);
    }
    expect(calls.requests).toEqual([
      { config: { prefix: null, note: null }, includeResourceObject: false, limit: Infinity },
    ]);
  });

  it('sends the full resource object when asked, encoded with the resource schema', async () => {
    const d = await withThings();
    const events = await collect(
      list(d.server)({
        type_name: 'fake_thing',
        config: cfg({ prefix: 'alp' }),
        include_resource_object: true,
      }),
    );
    expect(events).toHaveLength(2);
    const objects = events.map(
      (e) => decodeMsgpack(e.resource_object!.msgpack!, thingType(d)) as ObjectValue,
    );
    expect(objects.map((o) => [o.id, o.name, o.kind])).toEqual([
      ['t-1', 'alpha', 'basic'],
      ['t-3', 'alpine', 'basic'],
    ]);
    expect(calls.requests[0]).toMatchObject({ config: { prefix: 'alp' }, includeResourceObject: true });
  });

  it('omits the object of a result that has none even when asked', async () => {
    const d = await withThings(async function* () {
      yield { identity: { id: 'x-1' }, displayName: 'bare' };
    });
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: true }),
    );
    expect(events).toHaveLength(1);
    expect(events[0].resource_object).toBeUndefined();
    expect(events[0].display_name).toBe('bare');
  });

  it('stops at the limit (a decimal string, as gRPC sends int64) and tells the list resource the limit', async () => {
    const d = await withThings();
    const events = await collect(
      list(d.server)({
        type_name: 'fake_thing',
        config: cfg({}),
        include_resource_object: false,
        limit: '2',
      }),
    );
    expect(events.map((e) => e.display_name)).toEqual(['Thing alpha', 'Thing beta']);
    expect(calls.requests[0].limit).toBe(2);
    expect(calls.pulled).toBeLessThanOrEqual(3);
  });

  it.each([
    ['zero', 0],
    ['not a number', 'lots'],
  ])('treats a limit of %s as no limit', async (_name, limit) => {
    const d = await withThings();
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false, limit }),
    );
    expect(events).toHaveLength(3);
    expect(calls.requests[0].limit).toBe(Infinity);
  });

  it('stops listing when Terraform asks the provider to stop', async () => {
    const d = await withThings(async function* () {
      for (let i = 0; i < 100; i++) yield { identity: { id: `x-${i}` }, displayName: `x ${i}` };
    });
    const seen: ListResourceEvent[] = [];
    for await (const e of list(d.server)({
      type_name: 'fake_thing',
      config: cfg({}),
      include_resource_object: false,
    })) {
      seen.push(e);
      if (seen.length === 2) await d.server.stopProvider();
    }
    expect(seen).toHaveLength(2);
    expect(calls.pulled).toBeLessThan(100);
  });

  it('hands the listing the abort signal of the server', async () => {
    let signal: AbortSignal | undefined;
    const d = await Driver.configured({
      ...listProvider(store, calls),
      listResources: [
        defineListResource<typeof listSchema, Store>({
          typeName: 'fake_thing',
          schema: listSchema,
          async *list(_req, ctx) {
            signal = ctx.signal;
            yield { identity: { id: 'a' }, displayName: 'a' };
          },
        }),
      ],
    });
    await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
    );
    expect(signal?.aborted).toBe(false);
    await d.server.stopProvider();
    expect(signal?.aborted).toBe(true);
  });

  it('keeps the events sent and ends with an Unexpected Provider Error when the listing throws', async () => {
    const d = await withThings(async function* () {
      yield { identity: { id: 'x-1' }, displayName: 'first' };
      throw new Error('the API fell over');
    });
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
    );
    expect(events.map((e) => e.display_name)).toEqual(['first', undefined]);
    const last = events[1];
    expect(last.identity).toBeUndefined();
    expect(summaries(last.diagnostic)).toEqual(['ERROR Unexpected Provider Error']);
    expect(last.diagnostic[0].detail).toBe(
      'Listing fake_thing failed unexpectedly: the API fell over. This is a bug in the provider.',
    );
  });

  it('reports a thrown non-Error value by its text', async () => {
    const d = await withThings(async function* () {
      yield* [];
      throw 'plain words';
    });
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
    );
    expect(events).toHaveLength(1);
    expect(events[0].diagnostic[0].detail).toContain('failed unexpectedly: plain words.');
  });

  it('ends with the warnings the listing added, after the results', async () => {
    const d = await Driver.configured({
      ...listProvider(store, calls),
      listResources: [
        defineListResource<typeof listSchema, Store>({
          typeName: 'fake_thing',
          schema: listSchema,
          async *list(_req, ctx) {
            yield { identity: { id: 'a' }, displayName: 'a' };
            ctx.diagnostics.warning('Partial Listing', 'Some things were skipped.');
          },
        }),
      ],
    });
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
    );
    expect(events).toHaveLength(2);
    expect(events[0].diagnostic).toEqual([]);
    expect(summaries(events[1].diagnostic)).toEqual(['WARNING Partial Listing']);
  });

  it('reports an object with unknown values and sends the result without it', async () => {
    const d = await withThings(async function* () {
      yield { identity: { id: 'x-1' }, displayName: 'odd', object: { id: 'x-1', name: new Unknown() } };
    });
    const events = await collect(
      list(d.server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: true }),
    );
    expect(events).toHaveLength(2);
    expect(events[0].display_name).toBe('odd');
    expect(events[0].resource_object).toBeUndefined();
    expect(summaries(events[1].diagnostic)).toEqual(['ERROR Provider Returned Unknown Values']);
    expect(events[1].diagnostic[0].detail).toBe('fake_thing listed an object with unknown values.');
  });

  describe('refuses to list, with one event of diagnostics and no call to the listing', () => {
    const refusal = async (
      events: AsyncIterable<ListResourceEvent>,
    ): Promise<{ summaries: string[]; detail: string | undefined }> => {
      const all = await collect(events);
      expect(all).toHaveLength(1);
      expect(all[0].identity).toBeUndefined();
      expect(calls.requests).toEqual([]);
      return { summaries: summaries(all[0].diagnostic), detail: all[0].diagnostic[0]?.detail };
    };

    it('for a list type the provider does not have', async () => {
      const d = await withThings();
      const r = await refusal(
        list(d.server)({ type_name: 'fake_nothing', config: cfg({}), include_resource_object: false }),
      );
      expect(r.summaries).toEqual(['ERROR Unknown List Resource Type']);
    });

    it('for a list of a resource type without identity', async () => {
      const d = await withThings(things, 'fake_plain');
      const r = await refusal(
        list(d.server)({ type_name: 'fake_plain', config: cfg({}), include_resource_object: false }),
      );
      expect(r.summaries).toEqual(['ERROR List Resource Without Identity']);
      expect(r.detail).toBe('fake_plain has no identity.');
    });

    it('for a list of a resource type the provider does not have', async () => {
      const d = await withThings(things, 'fake_ghost');
      const r = await refusal(
        list(d.server)({ type_name: 'fake_ghost', config: cfg({}), include_resource_object: false }),
      );
      expect(r.summaries).toEqual(['ERROR Unknown Resource Type']);
    });

    it('before the provider is configured', async () => {
      const server = createFrameworkServer(listProvider(store, calls));
      const r = await refusal(
        list(server)({ type_name: 'fake_thing', config: cfg({}), include_resource_object: false }),
      );
      expect(r.summaries).toEqual(['ERROR Provider Not Configured']);
    });

    it('before the provider is configured, with only that error even when values are not known', async () => {
      const server = createFrameworkServer(listProvider(store, calls));
      const r = await refusal(
        list(server)({
          type_name: 'fake_thing',
          config: cfg({ prefix: unknown }),
          include_resource_object: false,
        }),
      );
      expect(r.summaries).toEqual(['ERROR Provider Not Configured']);
    });

    it('for a config block that does not decode', async () => {
      const d = await withThings();
      const r = await refusal(
        list(d.server)({
          type_name: 'fake_thing',
          config: { msgpack: Uint8Array.of(0xc1) },
          include_resource_object: false,
        }),
      );
      expect(r.summaries).toEqual(['ERROR Invalid Value From Terraform']);
      expect(r.detail).toContain('fake_thing list configuration');
    });

    it('for a config block with values not yet known', async () => {
      const d = await withThings();
      const r = await refusal(
        list(d.server)({
          type_name: 'fake_thing',
          config: cfg({ prefix: unknown }),
          include_resource_object: false,
        }),
      );
      expect(r.summaries).toEqual(['ERROR Configuration Not Known']);
      expect(r.detail).toBe('The fake_thing list configuration has values not yet known.');
    });

    it('for a config block that fails its validators', async () => {
      const d = await withThings();
      const r = await refusal(
        list(d.server)({
          type_name: 'fake_thing',
          config: cfg({ prefix: 'toolong' }),
          include_resource_object: false,
        }),
      );
      expect(r.summaries).toHaveLength(1);
      expect(r.summaries[0]).toMatch(/^ERROR /);
    });
  });
});
