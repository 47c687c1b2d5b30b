import { encodeMsgpack } from '../../src/tf/msgpack.js';
import { Unknown } from '../../src/tf/value.js';
import { Driver, errorsOf, privateJson, summaries } from './driver.js';
import { Store, fakeProvider } from './fake-provider.js';

const T = 'fake_thing';
const json = (v: unknown): { json: Uint8Array } => ({ json: Buffer.from(JSON.stringify(v)) });

let store: Store;
let d: Driver<Store>;
beforeEach(async () => {
  store = new Store();
  d = await Driver.configured(fakeProvider(store));
});

describe('ApplyResourceChange', () => {
  it('create returns a wholly known state, private state and identity', async () => {
    const plan = await d.plan(T, null, { name: 'a', rules: [{ port: 80 }] });
    expect(plan.identity).toEqual({ id: expect.any(Unknown) });
    const {
      state,
      identity,
      private: priv,
      diagnostics,
    } = await d.apply(T, null, plan.planned, {
      name: 'a',
      rules: [{ port: 80 }],
    });
    expect(diagnostics).toEqual([]);
    expect(state).toMatchObject({
      id: 't-1',
      name: 'a',
      kind: 'basic',
      updated_at: 'rev-1',
      token: 'token-t-1',
    });
    expect(state?.rules).toEqual([{ port: 80, proto: 'tcp', rule_id: 'rule-0' }]);
    expect(identity).toEqual({ id: 't-1' });
    expect(privateJson(priv)).toEqual({ etag: 'etag-t-1' });
  });

  it('hands write-only values to the resource in config and stores them as null', async () => {
    const config = { name: 'a', secret_wo: 's3cr3t' };
    const plan = await d.plan(T, null, config);
    const { state } = await d.apply(T, null, plan.planned, config);
    expect(store.secretsSeen).toEqual(['s3cr3t']);
    expect(state?.secret_wo).toBeNull();
  });

  it('reports a resource that leaves an unknown value as an error', async () => {
    store.mode = 'leave-unknown';
    const plan = await d.plan(T, null, { name: 'a' });
    const { diagnostics } = await d.apply(T, null, plan.planned, { name: 'a' });
    expect(summaries(errorsOf(diagnostics))).toEqual(['ERROR Provider Returned Unknown Values']);
  });

  it('returns the state of a partial failure together with the error', async () => {
    store.mode = 'partial';
    const plan = await d.plan(T, null, { name: 'a' });
    const { state, diagnostics } = await d.apply(T, null, plan.planned, { name: 'a' });
    expect(summaries(diagnostics)).toEqual(['ERROR Thing Half Made']);
    expect(state).toMatchObject({ id: 't-1', name: 'a' });
  });

  it('turns an exception in the resource into one Unexpected Provider Error', async () => {
    store.mode = 'throw';
    const plan = await d.plan(T, null, { name: 'a' });
    const { state, diagnostics } = await d.apply(T, null, plan.planned, { name: 'a' });
    expect(summaries(diagnostics)).toEqual(['ERROR Unexpected Provider Error']);
    expect(diagnostics[0].detail).toContain('boom in the resource');
    expect(state).toBeNull();
  });

  it('delete returns null and removes the object', async () => {
    const created = await d.create(T, { name: 'a' });
    const plan = await d.plan(T, created.state, null);
    const { state, diagnostics } = await d.apply(T, created.state, plan.planned, null);
    expect(diagnostics).toEqual([]);
    expect(state).toBeNull();
    expect(store.things.size).toBe(0);
  });

  it('carries private state from create through read and plan into apply', async () => {
    const created = await d.create(T, { name: 'a' });
    const read = await d.server.readResource({
      type_name: T,
      current_state: d.enc(T, created.state),
      private: created.private,
    });
    expect(privateJson(read.private)).toEqual({ etag: 'etag-t-1', reads: 1 });
    expect(d.decIdentity(read.new_identity)).toEqual({ id: 't-1' });
    const plan = await d.plan(T, created.state, { name: 'a', size: 2 }, read.private);
    expect(privateJson(plan.private)).toEqual({ etag: 'etag-t-1', reads: 1 });
    expect(plan.identity).toEqual({ id: 't-1' });
    const applied = await d.apply(T, created.state, plan.planned, { name: 'a', size: 2 }, plan.private);
    expect(privateJson(applied.private)).toEqual({ etag: 'etag-t-1', reads: 1 });
  });
});

describe('ImportResourceState', () => {
  it('imports by ID as a partial state with nulls, which read completes', async () => {
    await d.create(T, { name: 'a' });
    const resp = await d.server.importResourceState({ type_name: T, id: 't-1' });
    expect(resp.diagnostics).toEqual([]);
    const [imported] = resp.imported_resources;
    const state = d.dec(T, imported.state);
    expect(state).toEqual(d.full(T, { id: 't-1' }));
    expect(d.decIdentity(imported.identity)).toEqual({ id: 't-1' });
  });

  it('imports by identity', async () => {
    await d.create(T, { name: 'a' });
    const resp = await d.server.importResourceState({
      type_name: T,
      identity: { identity_data: { msgpack: encodeMsgpack({ id: 't-1' }, d.identityType()) } },
    });
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(T, resp.imported_resources[0].state)).toMatchObject({ id: 't-1', name: null });
  });

  it.each([
    ['a resource without importer', 'fake_plain', 'x', 'Resource Import Not Implemented'],
    ['an ID that matches nothing', T, 'nope', 'Cannot Import Non-Existent Remote Object'],
    ['an empty ID', T, ' ', 'Missing Import ID'],
  ])('reports %s', async (_name, typeName, id, summary) => {
    const resp = await d.server.importResourceState({ type_name: typeName, id });
    expect(resp.imported_resources).toEqual([]);
    expect(summaries(resp.diagnostics)).toEqual([`ERROR ${summary}`]);
  });

  it('serves the identity schema of resources that have one', async () => {
    const resp = await d.server.getResourceIdentitySchemas();
    expect(Object.keys(resp.identity_schemas)).toEqual([T]);
    expect(resp.identity_schemas[T].identity_attributes).toEqual([
      expect.objectContaining({ name: 'id', required_for_import: true, optional_for_import: false }),
    ]);
  });
});

describe('UpgradeResourceState', () => {
  const upgrade = (version: number, raw: { json: Uint8Array }) =>
    d.server.upgradeResourceState({ type_name: T, version, raw_state: raw });

  it('at the same version ignores attributes no longer in the schema', async () => {
    const resp = await upgrade(1, json({ id: 't-1', name: 'a', removed_long_ago: true }));
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(T, resp.upgraded_state)).toEqual(d.full(T, { id: 't-1', name: 'a' }));
  });

  it('upgrades version 0 through the state upgrader', async () => {
    const resp = await upgrade(0, json({ id: 't-1', title: 'old' }));
    expect(resp.diagnostics).toEqual([]);
    expect(d.dec(T, resp.upgraded_state)).toEqual(d.full(T, { id: 't-1', name: 'old' }));
  });

  it.each([
    ['a newer version', 2, json({ id: 't-1' }), 'Resource Managed By Newer Provider Version'],
    ['bad JSON', 1, { json: Buffer.from('{"id": ') }, 'State Upgrade Failed'],
  ])('reports %s as an error', async (_name, version, raw, summary) => {
    const resp = await upgrade(version, raw);
    expect(resp.upgraded_state).toBeUndefined();
    expect(summaries(resp.diagnostics)).toEqual([`ERROR ${summary}`]);
  });
});
