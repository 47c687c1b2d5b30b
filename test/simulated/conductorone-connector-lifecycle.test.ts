/**
 * `litmos_conductorone_connector` beyond the happy path, as a Terraform user meets it: the
 * plan-time checks' wording, failed writes and reads and what they leave in state, which calls an
 * update makes, adoption after a crash, import (by ID and by identity) and its refusals.
 */
import { BATON_CATALOG_ID } from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
  type SimConnector,
} from '../../src/simulators/conductorone/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/index.js';
import { ctyString, type CtyType } from '../../src/tf/types.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { storedConnector } from './conductorone-store.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const APP = 'litmos_conductorone_app';
const CONNECTOR = 'litmos_conductorone_connector';
// Placeholder keys; compared only as booleans so no key is printed by a failing test.
const KEY = 'litmos-key-lifecycle-0001';
const NEW_KEY = 'litmos-key-lifecycle-0002';
const WO_KEY = 'litmos-wo-key-lifecycle-0003';
const IDENTITY_TYPE: CtyType = { kind: 'object', attributes: { app_id: ctyString, id: ctyString } };

describe('litmos_conductorone_connector failures and edge cases against the simulator', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;
  let appId: string;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
    appId = String((await tf.converge(APP, { display_name: 'Connector lifecycle' }, null))?.id);
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  const stored = (state: ObjectValue | null | undefined): SimConnector => storedConnector(sim, state?.id);
  const keyIs = (state: ObjectValue | null | undefined, key: string): boolean =>
    stored(state).configuration.litmos_api_key === key;
  const fail = (method: string, pathPrefix: string, status = 403, count = 1) =>
    sim.faults.inject({ effect: { kind: 'status', status }, method, pathPrefix, count });
  const connectorPath = (state: ObjectValue | null | undefined) =>
    `/api/v1/apps/${appId}/connectors/${String(state?.id)}`;
  const config = (over: Attrs = {}): Attrs => ({ app_id: appId, source: 'acme', api_key: KEY, ...over });
  /** An app of its own, so earlier connectors are never adoption candidates. */
  const freshApp = async (name: string): Promise<string> =>
    String((await tf.converge(APP, { display_name: name }, null))?.id);

  async function planAndApply(cfg: Attrs | null, prior: ObjectValue | null) {
    const p = await tf.plan(CONNECTOR, cfg, prior);
    expect(p.errors).toEqual([]);
    return tf.apply(CONNECTOR, cfg, prior, p.value.planned);
  }

  describe('plan-time checks', () => {
    test('each key mistake is one error with its own wording, on its attribute', async () => {
      const base = { app_id: 'app', source: 'acme' };
      const cases: [Attrs, string, string][] = [
        [
          { ...base, api_key: '' },
          'api_key',
          'Empty Litmos API Key: api_key is empty. ConductorOne deletes a connector setting sent empty, so the ' +
            'connector would be left without a key; set the Litmos API key.',
        ],
        [
          { ...base, api_key_wo: '' },
          'api_key_wo',
          'Empty Litmos API Key: api_key_wo is empty. ConductorOne deletes a connector setting sent empty, so ' +
            'the connector would be left without a key; set the Litmos API key.',
        ],
        [
          { ...base, api_key: KEY, api_key_wo: WO_KEY },
          'api_key_wo',
          'Conflicting API Key Attributes: Set only one of api_key and api_key_wo: api_key keeps the key in ' +
            'state, api_key_wo keeps it out.',
        ],
        [
          base,
          'api_key',
          'Missing Litmos API Key: Set api_key, or api_key_wo on Terraform 1.11 and later, to the Litmos API ' +
            'key the connector uses.',
        ],
        [
          { ...base, api_key: KEY, api_key_wo_version: 2 },
          'api_key_wo_version',
          'Version Without Write-Only Key: api_key_wo_version only takes effect with api_key_wo; remove it or ' +
            'set api_key_wo.',
        ],
        [
          { ...base, api_key: KEY, user_ids: [] },
          'user_ids',
          'Empty Owner List: A connector always has an owner; leave user_ids unset to make the calling user ' +
            'the owner.',
        ],
      ];
      for (const [cfg, attribute, error] of cases) {
        const v = await tf.validate(CONNECTOR, cfg);
        expect({ errors: v.errors, paths: v.diagnostics.map((d) => d.attribute?.steps) }).toEqual({
          errors: [error],
          paths: [[{ attribute_name: attribute }]],
        });
      }
    });

    test('a write-only key with its version, or a key with owners, passes', async () => {
      const ok: Attrs[] = [
        { app_id: 'app', source: 'acme', api_key_wo: WO_KEY, api_key_wo_version: 1 },
        { app_id: 'app', source: 'acme', api_key: KEY, user_ids: [sim.adminUserId] },
      ];
      for (const cfg of ok) expect((await tf.validate(CONNECTOR, cfg)).errors).toEqual([]);
    });
  });

  describe('create', () => {
    test('a refused create reports the app and makes no state; the key is in no diagnostic', async () => {
      const app = await freshApp('Refused connector');
      fail('POST', `/api/v1/apps/${app}/connectors`);
      const a = await planAndApply(config({ app_id: app }), null);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ConductorOne Permission Denied: Creating the Litmos connector of ConductorOne app ${app}: `,
          ),
        ),
      ]);
      expect(a.value.state).toBeNull();
      expect(sim.store.connectorsOf(app)).toEqual([]);
      expect(JSON.stringify(a.diagnostics).includes(KEY)).toBe(false);
    });

    test('when the read-back fails, the made connector is kept in state as planned, with the error', async () => {
      const app = await freshApp('Read-back connector');
      fail('GET', `/api/v1/apps/${app}/connectors/`);
      const a = await planAndApply(config({ app_id: app, course_ids: ['5'] }), null);
      const [made] = sim.store.connectorsOf(app);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Reading back connector ${made?.id}: `),
        ),
      ]);
      expect(a.value.state).toMatchObject({
        id: made?.id,
        app_id: app,
        source: 'acme',
        course_ids: ['5'],
        user_ids: [sim.adminUserId],
        api_key_wo: null,
        api_key_wo_version: null,
        create_time: made?.createdAt,
      });
      expect(a.value.state?.api_key === KEY).toBe(true);
    });

    test('without course IDs none are sent, and the state keeps them null; an empty list stays empty', async () => {
      const app = await freshApp('Course lists');
      const none = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      expect(stored(none).configuration.litmos_course_ids ?? '').toBe('');
      expect(none?.course_ids).toBeNull();
      const read = await tf.read(CONNECTOR, none!);
      expect(read.value?.course_ids).toBeNull();

      const app2 = await freshApp('Course lists 2');
      const empty = await tf.converge(CONNECTOR, config({ app_id: app2, course_ids: [] }), null);
      expect(empty?.course_ids).toEqual([]);
      const refreshed = await tf.read(CONNECTOR, empty!);
      expect(refreshed.value?.course_ids).toEqual([]);
      const again = await tf.plan(CONNECTOR, config({ app_id: app2, course_ids: [] }), refreshed.value);
      expect(again.value.planned).toEqual(refreshed.value);
    });
  });

  describe('a create repeated after a crash', () => {
    test('compares course IDs as sets and owners when configured, then adopts the one match', async () => {
      const app = await freshApp('Adopt by set');
      const lost = await tf.converge(
        CONNECTOR,
        config({ app_id: app, course_ids: ['1', '2'], user_ids: [sim.otherUserId] }),
        null,
      );
      const a = await planAndApply(
        config({ app_id: app, course_ids: ['2', '1'], user_ids: [sim.otherUserId], api_key: NEW_KEY }),
        null,
      );
      expect(a.errors).toEqual([]);
      expect(a.value.state?.id).toBe(lost?.id);
      expect(a.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([
        [
          'WARNING',
          'Existing Litmos Connector Adopted',
          `ConductorOne app ${app} already held a Litmos connector (${String(lost?.id)}) with this source, ` +
            'course IDs and owners, so Terraform now manages it and sent it the configured key instead of ' +
            'creating a second one (a previous apply probably created it and was interrupted).',
        ],
      ]);
      expect(keyIs(lost, NEW_KEY)).toBe(true);
      expect(sim.store.connectorsOf(app)).toHaveLength(1);
    });

    test('a connector without course IDs is adopted by a create without them', async () => {
      const app = await freshApp('Adopt without courses');
      const lost = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      const a = await planAndApply(config({ app_id: app }), null);
      expect(a.errors).toEqual([]);
      expect(a.value.state?.id).toBe(lost?.id);
      expect(sim.store.connectorsOf(app)).toHaveLength(1);
    });

    test('a connector of another source is not adopted', async () => {
      const app = await freshApp('Other source');
      const theirs = await tf.converge(CONNECTOR, config({ app_id: app, source: 'theirs' }), null);
      const ours = await tf.converge(CONNECTOR, config({ app_id: app, source: 'ours' }), null);
      expect(ours?.id).not.toBe(theirs?.id);
      expect(stored(theirs).configuration.litmos_source).toBe('theirs');
    });

    test('other owners, other courses or two equal connectors make a new connector instead', async () => {
      const app = await freshApp('No adoption');
      const first = await tf.converge(CONNECTOR, config({ app_id: app, user_ids: [sim.otherUserId] }), null);
      const byOwner = await tf.converge(
        CONNECTOR,
        config({ app_id: app, user_ids: [sim.adminUserId] }),
        null,
      );
      expect(byOwner?.id).not.toBe(first?.id);
      const byCourse = await tf.converge(CONNECTOR, config({ app_id: app, course_ids: ['9'] }), null);
      expect([first?.id, byOwner?.id]).not.toContain(byCourse?.id);
      // Owners unset: both earlier connectors (no courses, source acme) match, so neither is taken.
      const a = await planAndApply(config({ app_id: app }), null);
      expect(a.errors).toEqual([]);
      expect(a.diagnostics).toEqual([]);
      expect([first?.id, byOwner?.id, byCourse?.id]).not.toContain(a.value.state?.id);
      expect(sim.store.connectorsOf(app)).toHaveLength(4);
    });
  });

  describe('refresh', () => {
    test('a failed refresh keeps the state, with the error naming the connector', async () => {
      const app = await freshApp('Refresh fails');
      const made = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      fail('GET', `/api/v1/apps/${app}/connectors/`);
      const r = await tf.read(CONNECTOR, made!);
      expect(r.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Reading connector ${app}/${String(made?.id)}: `),
        ),
      ]);
      expect(r.value).toEqual(made);
    });

    test('a state without its app or connector ID leaves state without asking ConductorOne', async () => {
      const app = await freshApp('Half a state');
      const made = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      sim.stats.reset();
      for (const missing of ['app_id', 'id']) {
        const r = await tf.read(CONNECTOR, { ...made!, [missing]: null });
        expect(r.errors).toEqual([]);
        expect(r.value).toBeNull();
      }
      expect(sim.stats.snapshot()).toEqual({});
    });

    test('a connector ConductorOne reports soft-deleted leaves state on refresh', async () => {
      const app = await freshApp('Soft-deleted refresh');
      const made = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      stored(made).deletedAt = sim.store.timestamp();
      // This simulator answers 404 for a deleted connector; the API may return it with deleteTime set.
      const store = sim.store;
      const liveConnector = store.liveConnector.bind(store);
      store.liveConnector = (_app: string, id: string) => store.connectors.get(id);
      try {
        const r = await tf.read(CONNECTOR, made!);
        expect(r.errors).toEqual([]);
        expect(r.value).toBeNull();
      } finally {
        store.liveConnector = liveConnector;
      }
    });

    test('picks up source, courses and owners changed in ConductorOne; keeps the key and its version', async () => {
      const app = await freshApp('Drift');
      const made = await tf.converge(
        CONNECTOR,
        { app_id: app, source: 'acme', api_key_wo: WO_KEY, api_key_wo_version: 3 },
        null,
      );
      const remote = stored(made);
      remote.configuration.litmos_source = 'drifted';
      remote.configuration.litmos_course_ids = '7,8';
      remote.userIds = [sim.otherUserId];
      remote.displayName = 'Litmos (renamed)';
      const r = await tf.read(CONNECTOR, made!);
      expect(r.errors).toEqual([]);
      expect(r.value).toMatchObject({
        source: 'drifted',
        course_ids: ['7', '8'],
        user_ids: [sim.otherUserId],
        display_name: 'Litmos (renamed)',
        api_key: null,
        api_key_wo: null,
        api_key_wo_version: 3,
      });
    });
  });

  describe('update', () => {
    let app: string;
    let current: ObjectValue | null;
    beforeAll(async () => {
      app = await freshApp('Updates');
      current = await tf.converge(CONNECTOR, config({ app_id: app, course_ids: ['1', '2'] }), null);
    });
    const cfg = (over: Attrs = {}) => config({ app_id: app, course_ids: ['1', '2'], ...over });
    const configUpdates = () => sim.stats.get('POST /api/v1/apps/{app_id}/connectors/{id}');
    const ownerUpdates = () => sim.stats.get('PUT /api/v2/apps/{app_id}/connectors/{connector_id}/owners');

    test('an unchanged configuration plans no change and an apply sends nothing', async () => {
      const p = await tf.plan(CONNECTOR, cfg(), current);
      expect(p.value.planned).toEqual(current);
    });

    test.each<[string, Attrs, string]>([
      ['source', { source: 'acme-2' }, KEY],
      ['course IDs', { course_ids: ['1', '2', '3'] }, KEY],
      ['course order', { course_ids: ['2', '1'] }, KEY],
      ['API key', { api_key: NEW_KEY }, NEW_KEY],
    ])('a changed %s sends the configuration, key included', async (_what, over, key) => {
      stored(current).configuration.litmos_api_key = 'stale';
      sim.stats.reset();
      current = await tf.converge(CONNECTOR, cfg(over), current);
      expect(configUpdates()).toBe(1);
      expect(ownerUpdates()).toBe(0);
      expect(keyIs(current, key)).toBe(true);
      expect(current?.update_time).toBe(stored(current).updatedAt);
      current = await tf.converge(CONNECTOR, cfg(), current);
    });

    test('removing one of two owners is sent', async () => {
      const two = await tf.converge(
        CONNECTOR,
        config({ app_id: app, source: 'two owners', user_ids: [sim.adminUserId, sim.otherUserId] }),
        null,
      );
      await tf.converge(
        CONNECTOR,
        config({ app_id: app, source: 'two owners', user_ids: [sim.otherUserId] }),
        two,
      );
      expect(stored(two).userIds).toEqual([sim.otherUserId]);
    });

    test('a refused update returns the connector as ConductorOne now has it', async () => {
      const drifting = await tf.converge(CONNECTOR, config({ app_id: app, source: 'drifting' }), null);
      stored(drifting).configuration.litmos_source = 'changed in the UI';
      fail('POST', `/api/v1/apps/${app}/connectors/${String(drifting?.id)}`);
      const a = await planAndApply(config({ app_id: app, source: 'wanted' }), drifting);
      expect(a.errors).toHaveLength(1);
      expect(a.value.state?.source).toBe('changed in the UI');
    });

    test('changed owners alone on a connector without course IDs send no configuration', async () => {
      const bare = await tf.converge(CONNECTOR, config({ app_id: app, source: 'bare' }), null);
      sim.stats.reset();
      await tf.converge(
        CONNECTOR,
        config({ app_id: app, source: 'bare', user_ids: [sim.otherUserId] }),
        bare,
      );
      expect(configUpdates()).toBe(0);
      expect(ownerUpdates()).toBe(1);
      expect(stored(bare).userIds).toEqual([sim.otherUserId]);
    });

    test('changed owners alone go through the owners API and send no key', async () => {
      stored(current).configuration.litmos_api_key = 'stale';
      sim.stats.reset();
      current = await tf.converge(CONNECTOR, cfg({ user_ids: [sim.otherUserId] }), current);
      expect(configUpdates()).toBe(0);
      expect(ownerUpdates()).toBe(1);
      expect(stored(current).userIds).toEqual([sim.otherUserId]);
      expect(stored(current).configuration.litmos_api_key).toBe('stale');
      // The same owners again: no call at all.
      sim.stats.reset();
      current = await tf.converge(CONNECTOR, cfg({ user_ids: [sim.otherUserId], source: 'acme' }), current);
      expect(configUpdates() + ownerUpdates()).toBe(0);
      current = await tf.converge(CONNECTOR, cfg({ user_ids: [sim.otherUserId] }), current);
    });

    test('switching to a write-only key and bumping its version sends it each time', async () => {
      const wo = (version: number, key: string) =>
        cfg({ api_key: null, api_key_wo: key, api_key_wo_version: version, user_ids: [sim.otherUserId] });
      current = await tf.converge(CONNECTOR, wo(1, WO_KEY), current);
      expect(keyIs(current, WO_KEY)).toBe(true);
      expect(current?.api_key).toBeNull();
      current = await tf.converge(CONNECTOR, wo(2, NEW_KEY), current);
      expect(keyIs(current, NEW_KEY)).toBe(true);
      expect(current?.api_key_wo_version).toBe(2);
      current = await tf.converge(CONNECTOR, cfg({ user_ids: [sim.otherUserId] }), current);
      expect(keyIs(current, KEY)).toBe(true);
    });

    test('a connector deleted while it is updated is reported, and the prior state kept', async () => {
      fail('GET', connectorPath(current).replace(appId, app), 404);
      const a = await planAndApply(cfg({ user_ids: [sim.otherUserId], source: 'gone' }), current);
      expect(a.errors).toEqual([
        `ConductorOne Connector Disappeared: Connector ${app}/${String(current?.id)} was deleted while it was ` +
          'being updated. Apply again to create it anew.',
      ]);
      expect(a.value.state).toEqual(current);
      current = await tf.converge(CONNECTOR, cfg({ user_ids: [sim.otherUserId] }), current);
    });

    test('a refused update reports it; a failed read-back after it keeps the prior state', async () => {
      const path = `/api/v1/apps/${app}/connectors/${String(current?.id)}`;
      fail('POST', path);
      fail('GET', path);
      const a = await planAndApply(cfg({ user_ids: [sim.otherUserId], source: 'refused' }), current);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Updating connector ${app}/${String(current?.id)}: `),
        ),
      ]);
      expect(a.value.state).toEqual(current);
      expect(JSON.stringify(a.diagnostics).includes(KEY)).toBe(false);
    });
  });

  describe('destroy', () => {
    test('a connector already gone destroys without an error; a refused delete is reported', async () => {
      const app = await freshApp('Destroy');
      const gone = await tf.converge(CONNECTOR, config({ app_id: app }), null);
      sim.store.connectors.delete(String(gone?.id));
      expect((await tf.apply(CONNECTOR, null, gone, null)).errors).toEqual([]);

      const kept = await tf.converge(CONNECTOR, config({ app_id: app, source: 'kept' }), null);
      fail('DELETE', `/api/v1/apps/${app}/connectors/`);
      const a = await tf.apply(CONNECTOR, null, kept, null);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Deleting connector ${app}/${String(kept?.id)}: `),
        ),
      ]);
      expect(sim.store.liveConnector(app, String(kept?.id))).toBeDefined();
    });
  });

  describe('import', () => {
    let app: string;
    let made: ObjectValue | null;
    beforeAll(async () => {
      app = await freshApp('Import');
      made = await tf.converge(
        CONNECTOR,
        config({ app_id: app, course_ids: ['4', '5'], user_ids: [sim.otherUserId] }),
        null,
      );
    });

    test('by ID: the connector as ConductorOne has it, without the key', async () => {
      const i = await tf.importState(CONNECTOR, `${app}/${String(made?.id)}`);
      expect(i.errors).toEqual([]);
      expect(i.value).toEqual({ ...made, api_key: null });
    });

    test('a bad import ID names the expected form and an example', async () => {
      const i = await tf.importState(CONNECTOR, 'no-slash');
      expect(i.errors).toEqual([
        'Invalid Import ID: Expected "<app_id>/<connector_id>", got "no-slash". Example: terraform import ' +
          'litmos_conductorone_connector.x abc123/def456',
      ]);
    });

    test('a missing or deleted connector is not found, naming the app, the connector and the form', async () => {
      const missing = await tf.importState(CONNECTOR, `${app}/missing`);
      expect(missing.errors).toEqual([
        `ConductorOne Connector Not Found: App "${app}" has no connector "missing". Import takes <app_id>/<connector_id>.`,
      ]);
      const doomed = await tf.converge(CONNECTOR, config({ app_id: app, source: 'doomed' }), null);
      stored(doomed).deletedAt = sim.store.timestamp();
      const deleted = await tf.importState(CONNECTOR, `${app}/${String(doomed?.id)}`);
      expect(deleted.value).toBeNull();
      expect(deleted.errors).toEqual([expect.stringMatching(/^ConductorOne Connector Not Found: /)]);
      // This simulator answers 404 for a deleted connector; the API may return it with deleteTime set.
      const store = sim.store;
      const liveConnector = store.liveConnector.bind(store);
      store.liveConnector = (_app: string, id: string) => store.connectors.get(id);
      try {
        const softDeleted = await tf.importState(CONNECTOR, `${app}/${String(doomed?.id)}`);
        expect(softDeleted.value).toBeNull();
        expect(softDeleted.errors).toEqual([
          `ConductorOne Connector Not Found: App "${app}" has no connector "${String(doomed?.id)}". Import ` +
            'takes <app_id>/<connector_id>.',
        ]);
      } finally {
        store.liveConnector = liveConnector;
      }
    });

    test('a connector of another catalog entry is refused, naming it', async () => {
      const other = await tf.converge('litmos_conductorone_baton_connector', { app_id: app }, null);
      const i = await tf.importState(CONNECTOR, `${app}/${String(other?.id)}`);
      expect(i.value).toBeNull();
      expect(i.errors).toEqual([
        `Not A Litmos Connector: Connector ${app}/${String(other?.id)} belongs to catalog entry ${BATON_CATALOG_ID}, ` +
          'not Litmos; only Litmos connectors can be imported here.',
      ]);
    });

    test('an import ConductorOne refuses is reported with the IDs', async () => {
      fail('GET', `/api/v1/apps/${app}/connectors/`);
      const i = await tf.importState(CONNECTOR, `${app}/${String(made?.id)}`);
      expect(i.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Importing connector ${app}/${String(made?.id)}: `),
        ),
      ]);
    });

    test('by identity (Terraform 1.12 import blocks), and the state carries the identity', async () => {
      const resp = await tf.server.importResourceState({
        type_name: CONNECTOR,
        identity: {
          identity_data: { msgpack: encodeMsgpack({ app_id: app, id: made?.id ?? null }, IDENTITY_TYPE) },
        },
      });
      expect(resp.diagnostics).toEqual([]);
      const [imported] = resp.imported_resources;
      const state = decodeMsgpack(imported!.state!.msgpack!, tf.typeOf(CONNECTOR));
      expect(state).toEqual({ ...made, api_key: null });
      expect(decodeMsgpack(imported!.identity!.identity_data!.msgpack!, IDENTITY_TYPE)).toEqual({
        app_id: app,
        id: made?.id,
      });
    });

    test('an identity without both IDs imports nothing', async () => {
      for (const identity of [
        { app_id: app, id: null },
        { app_id: null, id: made?.id ?? null },
      ]) {
        const resp = await tf.server.importResourceState({
          type_name: CONNECTOR,
          identity: { identity_data: { msgpack: encodeMsgpack(identity, IDENTITY_TYPE) } },
        });
        expect(resp.imported_resources).toEqual([]);
        expect(resp.diagnostics.map((d) => d.summary)).toEqual(['Cannot Import Non-Existent Remote Object']);
      }
    });
  });
});
