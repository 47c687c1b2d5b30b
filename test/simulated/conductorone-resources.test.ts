/**
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
  type SimConnector,
} from '../../src/simulators/conductorone/index.js';
import { Unknown } from '../../src/tf/value.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';
import { storedConnector } from './conductorone-store.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const APP = 'litmos_conductorone_app';
const CONNECTOR = 'litmos_conductorone_connector';
// Placeholder keys; compared only as booleans so no key is printed by a failing test.
const FIRST_KEY = 'litmos-key-first-0001';
const SECOND_KEY = 'litmos-key-second-0002';
const WO_KEY_ONE = 'litmos-wo-key-one-0003';
const WO_KEY_TWO = 'litmos-wo-key-two-0004';
const WO_KEY_UNSENT = 'litmos-wo-key-unsent-0005';

/** Sets compare without order. */
const normalized = (v: Value): Value => (Array.isArray(v) ? [...v].map(String).sort() : v);

/** Attribute names whose planned value is known and differs from the state's. */
function differences(planned: ObjectValue, state: ObjectValue): string[] {
  return Object.keys(planned).filter(
    (k) =>
      !(planned[k] instanceof Unknown) &&
      JSON.stringify(normalized(planned[k])) !== JSON.stringify(normalized(state[k])),
  );
}

describe('ConductorOne app and Litmos connector resources against the simulator', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
  });
  afterAll(() => sim.close());

  const stored = (id: Value): SimConnector => storedConnector(sim, id);
  const storedKeyIs = (id: Value, key: string): boolean => stored(id).configuration.litmos_api_key === key;

  const appConfig = (over: Attrs = {}): Attrs => ({
    display_name: 'Litmos LMS',
    description: 'Learning platform',
    owner_user_ids: [sim.adminUserId],
    ...over,
  });

  let app: ObjectValue | null = null;
  const connectorConfig = (over: Attrs = {}): Attrs => ({
    app_id: app!.id,
    source: 'acme',
    api_key: FIRST_KEY,
    course_ids: ['101', '102'],
    ...over,
  });
  let connector: ObjectValue | null = null;

  describe('litmos_conductorone_app', () => {
    test('creates the app with its owners', async () => {
      app = await tf.converge(APP, appConfig(), null);
      const remote = sim.store.apps.get(String(app?.id));
      expect(remote?.displayName).toBe('Litmos LMS');
      expect(remote?.description).toBe('Learning platform');
      expect(remote?.ownerIds).toEqual([sim.adminUserId]);
      expect(typeof app?.create_time).toBe('string');
      expect(app?.owner_user_ids).toEqual([sim.adminUserId]);
    });

    test('a second plan equals the refreshed state', async () => {
      const refreshed = await tf.read(APP, app!);
      expect(refreshed.errors).toEqual([]);
      const p = await tf.plan(APP, appConfig(), refreshed.value);
      expect(p.errors).toEqual([]);
      expect(p.value.planned).toEqual(refreshed.value);
    });

    test('changes owners and description in place; update_time is planned unknown', async () => {
      const config = appConfig({ description: null, owner_user_ids: [sim.adminUserId, sim.otherUserId] });
      const p = await tf.plan(APP, config, app);
      expect(p.value.requiresReplace).toEqual([]);
      expect(p.value.planned?.update_time).toBeInstanceOf(Unknown);
      expect(p.value.planned?.create_time).toBe(app?.create_time);
      const a = await tf.apply(APP, config, app, p.value.planned);
      expect(a.errors).toEqual([]);
      expect(differences(p.value.planned!, a.value.state!)).toEqual([]);
      const remote = sim.store.apps.get(String(app?.id));
      expect(remote?.description).toBe('');
      expect([...(remote?.ownerIds ?? [])].sort()).toEqual([sim.adminUserId, sim.otherUserId].sort());
      app = a.value.state;
      expect(app?.description).toBeNull();
    });

    test('imports by app ID', async () => {
      const imported = await tf.importState(APP, String(app?.id));
      expect(imported.errors).toEqual([]);
      expect(imported.value?.display_name).toBe('Litmos LMS');
      expect(normalized(imported.value?.owner_user_ids ?? null)).toEqual(
        normalized([sim.adminUserId, sim.otherUserId]),
      );
    });

    test('an app deleted in ConductorOne leaves state on read without an error', async () => {
      const doomed = await tf.converge(APP, { display_name: 'Short-lived' }, null);
      sim.store.deleteApp(sim.store.apps.get(String(doomed?.id))!);
      const r = await tf.read(APP, doomed!);
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
    });
  });

  describe('litmos_conductorone_connector', () => {
    test('creates the connector; the calling user becomes its owner', async () => {
      connector = await tf.converge(CONNECTOR, connectorConfig(), null);
      const remote = stored(connector?.id ?? null);
      expect(remote.appId).toBe(app?.id);
      expect(remote.configuration.litmos_source).toBe('acme');
      expect(remote.configuration.litmos_course_ids).toBe('101,102');
      expect(storedKeyIs(connector?.id ?? null, FIRST_KEY)).toBe(true);
      expect(connector?.user_ids).toEqual([sim.adminUserId]);
      expect(connector?.api_key === FIRST_KEY).toBe(true);
      expect(typeof connector?.create_time).toBe('string');
      expect(typeof connector?.update_time).toBe('string');
    });

    test('a second plan equals the refreshed state', async () => {
      const refreshed = await tf.read(CONNECTOR, connector!);
      expect(refreshed.errors).toEqual([]);
      expect(refreshed.value?.api_key === FIRST_KEY).toBe(true);
      const p = await tf.plan(CONNECTOR, connectorConfig(), refreshed.value);
      expect(p.errors).toEqual([]);
      expect(p.value.planned).toEqual(refreshed.value);
    });

    test('rotates the API key in place', async () => {
      const config = connectorConfig({ api_key: SECOND_KEY });
      const p = await tf.plan(CONNECTOR, config, connector);
      expect(p.errors).toEqual([]);
      expect(p.value.requiresReplace).toEqual([]);
      expect(p.value.planned?.update_time).toBeInstanceOf(Unknown);
      const a = await tf.apply(CONNECTOR, config, connector, p.value.planned);
      expect(a.errors).toEqual([]);
      expect(a.value.state?.id).toBe(connector?.id);
      expect(storedKeyIs(connector?.id ?? null, SECOND_KEY)).toBe(true);
      expect(stored(connector?.id ?? null).configuration.litmos_source).toBe('acme');
      connector = a.value.state;
    });

    test('owners and course IDs changed in one apply: the state equals the plan', async () => {
      const config = connectorConfig({
        api_key: SECOND_KEY,
        user_ids: [sim.adminUserId, sim.otherUserId],
        course_ids: ['103'],
      });
      const p = await tf.plan(CONNECTOR, config, connector);
      expect(p.errors).toEqual([]);
      const a = await tf.apply(CONNECTOR, config, connector, p.value.planned);
      expect(a.errors).toEqual([]);
      expect(differences(p.value.planned!, a.value.state!)).toEqual([]);
      const remote = stored(connector?.id ?? null);
      expect([...remote.userIds].sort()).toEqual([sim.adminUserId, sim.otherUserId].sort());
      expect(remote.configuration.litmos_course_ids).toBe('103');
      connector = a.value.state;
      const again = await tf.plan(CONNECTOR, config, (await tf.read(CONNECTOR, connector!)).value);
      expect(again.value.planned).toEqual(connector);
    });

    test('when ConductorOne lags behind an accepted owner change, the state still equals the plan', async () => {
      const remote = stored(connector?.id ?? null);
      const stale = [...remote.userIds];
      let written = stale;
      // Writes are accepted; reads keep answering the old owners for now.
      Object.defineProperty(remote, 'userIds', {
        configurable: true,
        get: () => stale,
        set: (v: string[]) => {
          written = v;
        },
      });
      const config = connectorConfig({
        api_key: SECOND_KEY,
        user_ids: [sim.otherUserId],
        course_ids: ['104'],
      });
      const p = await tf.plan(CONNECTOR, config, connector);
      const a = await tf.apply(CONNECTOR, config, connector, p.value.planned);
      Object.defineProperty(remote, 'userIds', { configurable: true, writable: true, value: written });
      expect(a.errors).toEqual([]);
      expect(written).toEqual([sim.otherUserId]);
      expect(differences(p.value.planned!, a.value.state!)).toEqual([]);
      expect(a.value.state?.user_ids).toEqual([sim.otherUserId]);
      connector = a.value.state;
    });

    test('a failed owner update returns the connector as it is, with the error', async () => {
      const path = `/api/v2/apps/${String(app?.id)}/connectors/${String(connector?.id)}/owners`;
      sim.faults.inject({ effect: { kind: 'status', status: 400 }, pathPrefix: path });
      const config = connectorConfig({
        api_key: SECOND_KEY,
        user_ids: [sim.adminUserId, sim.otherUserId],
        course_ids: ['103'],
      });
      const p = await tf.plan(CONNECTOR, config, connector);
      const a = await tf.apply(CONNECTOR, config, connector, p.value.planned);
      expect(a.errors.join()).toMatch(/Updating connector .*HTTP 400/);
      // The configuration part did land, and the state says so; the owners did not change.
      expect(a.value.state?.course_ids).toEqual(['103']);
      expect(a.value.state?.user_ids).toEqual([sim.otherUserId]);
      expect(JSON.stringify(a.diagnostics).includes(SECOND_KEY)).toBe(false);
      connector = (await tf.apply(CONNECTOR, config, a.value.state, p.value.planned)).value.state;
      expect(normalized(connector?.user_ids ?? null)).toEqual(normalized([sim.adminUserId, sim.otherUserId]));
    });

    test('changing app_id forces replacement', async () => {
      const p = await tf.plan(CONNECTOR, connectorConfig({ app_id: 'another-app' }), connector);
      expect(p.value.requiresReplace).toEqual(['app_id']);
    });

    test('imports by <app_id>/<connector_id>', async () => {
      const imported = await tf.importState(CONNECTOR, `${String(app?.id)}/${String(connector?.id)}`);
      expect(imported.errors).toEqual([]);
      expect(imported.value?.id).toBe(connector?.id);
      expect(imported.value?.source).toBe('acme');
      expect(imported.value?.course_ids).toEqual(['103']);
      expect(imported.value?.api_key).toBeNull();
    });

    test.each([
      ['no separator', 'justone'],
      ['too many parts', 'a/b/c'],
      ['an empty app ID', '/conn'],
    ])('a bad import ID (%s) is a clear error', async (_name, id) => {
      const imported = await tf.importState(CONNECTOR, id);
      expect(imported.value).toBeNull();
      expect(imported.errors.join()).toMatch(/Invalid Import ID.*<app_id>\/<connector_id>/);
    });

    test('importing a connector that does not exist is a not-found error', async () => {
      const imported = await tf.importState(CONNECTOR, `${String(app?.id)}/missing`);
      expect(imported.errors.join()).toMatch(/Connector Not Found/);
    });
  });

  describe('the write-only key', () => {
    let wo: ObjectValue | null = null;
    const woConfig = (over: Attrs = {}): Attrs => ({
      app_id: app!.id,
      source: 'acme',
      api_key_wo: WO_KEY_ONE,
      api_key_wo_version: 1,
      ...over,
    });

    test('is sent on create and never kept in plan or state', async () => {
      expect((await tf.validate(CONNECTOR, woConfig())).errors).toEqual([]);
      const p = await tf.plan(CONNECTOR, woConfig(), null);
      expect(p.errors).toEqual([]);
      expect(p.value.planned?.api_key_wo).toBeNull();
      const a = await tf.apply(CONNECTOR, woConfig(), null, p.value.planned);
      expect(a.errors).toEqual([]);
      wo = a.value.state;
      expect(wo?.api_key_wo).toBeNull();
      expect(wo?.api_key).toBeNull();
      expect(Number(wo?.api_key_wo_version)).toBe(1);
      expect(storedKeyIs(wo?.id ?? null, WO_KEY_ONE)).toBe(true);
    });

    test('bumping api_key_wo_version sends the new key in place', async () => {
      const config = woConfig({ api_key_wo: WO_KEY_TWO, api_key_wo_version: 2 });
      const p = await tf.plan(CONNECTOR, config, wo);
      expect(p.value.requiresReplace).toEqual([]);
      wo = await tf.converge(CONNECTOR, config, wo);
      expect(storedKeyIs(wo?.id ?? null, WO_KEY_TWO)).toBe(true);
      expect(wo?.api_key_wo).toBeNull();
    });

    test('changing only the owners does not send the key again', async () => {
      const config = woConfig({
        api_key_wo: WO_KEY_UNSENT,
        api_key_wo_version: 2,
        user_ids: [sim.otherUserId],
      });
      wo = await tf.converge(CONNECTOR, config, wo);
      expect(stored(wo?.id ?? null).userIds).toEqual([sim.otherUserId]);
      expect(storedKeyIs(wo?.id ?? null, WO_KEY_TWO)).toBe(true);
    });

    test('a connector deleted in ConductorOne leaves state on read without an error', async () => {
      stored(wo?.id ?? null).deletedAt = sim.store.timestamp();
      const r = await tf.read(CONNECTOR, wo!);
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
      // A connector that is gone entirely (404) reads the same way.
      sim.store.connectors.delete(String(wo?.id));
      const gone = await tf.read(CONNECTOR, wo!);
      expect(gone.errors).toEqual([]);
      expect(gone.value).toBeNull();
    });
  });

  describe('a connector create repeated after a crash', () => {
    let crashApp: ObjectValue | null = null;
    const inApp = () =>
      [...sim.store.connectors.values()].filter((c) => c.appId === crashApp?.id && !c.deletedAt);
    const config = (over: Attrs = {}): Attrs => ({
      app_id: crashApp!.id,
      source: 'crash-co',
      api_key: FIRST_KEY,
      course_ids: ['7', '8'],
      ...over,
    });

    beforeAll(async () => {
      crashApp = await tf.converge(APP, appConfig({ display_name: 'Crash test app' }), null);
    });

    test('adopts the one connector with the same settings (state lost), with a warning, and sends the key', async () => {
      // The first apply made the connector, then terraform died before saving it.
      const lost = await tf.converge(CONNECTOR, config(), null);
      const p = await tf.plan(CONNECTOR, config({ api_key: SECOND_KEY }), null);
      const a = await tf.apply(CONNECTOR, config({ api_key: SECOND_KEY }), null, p.value.planned);
      expect(a.errors).toEqual([]);
      expect(a.value.state?.id).toBe(lost?.id);
      expect(a.diagnostics.map((d) => d.summary)).toContain('Existing Litmos Connector Adopted');
      expect(inApp()).toHaveLength(1);
      expect(storedKeyIs(lost?.id ?? null, SECOND_KEY)).toBe(true);
    });

    test('creates a new connector when the existing one differs (another source), leaving it alone', async () => {
      const [before] = inApp();
      const snapshot = JSON.stringify(before);
      const created = await tf.converge(CONNECTOR, config({ source: 'other-co' }), null);
      expect(created?.id).not.toBe(before?.id);
      expect(inApp()).toHaveLength(2);
      expect(JSON.stringify(stored(before?.id ?? null))).toBe(snapshot);
    });
  });

  describe('key validation', () => {
    const base = (): Attrs => ({ app_id: 'app', source: 'acme' });
    const pathsOf = (d: { attribute?: { steps: unknown[] } }[]) => d.map((x) => x.attribute?.steps);

    test('both api_key and api_key_wo is an error on api_key_wo', async () => {
      const v = await tf.validate(CONNECTOR, { ...base(), api_key: FIRST_KEY, api_key_wo: WO_KEY_ONE });
      expect(v.errors.join()).toMatch(/only one of api_key and api_key_wo/);
      expect(pathsOf(v.diagnostics)).toEqual([[{ attribute_name: 'api_key_wo' }]]);
    });

    test('neither api_key nor api_key_wo is an error on api_key', async () => {
      const v = await tf.validate(CONNECTOR, base());
      expect(v.errors.join()).toMatch(/Missing Litmos API Key/);
      expect(pathsOf(v.diagnostics)).toEqual([[{ attribute_name: 'api_key' }]]);
    });

    test.each(['api_key', 'api_key_wo'])(
      'an empty %s is refused at plan time, on that attribute',
      async (attr) => {
        const v = await tf.validate(CONNECTOR, { ...base(), [attr]: '' });
        expect(v.errors.join()).toMatch(/Empty Litmos API Key/);
        expect(pathsOf(v.diagnostics)).toEqual([[{ attribute_name: attr }]]);
      },
    );

    test('an unknown key (from another resource) passes', async () => {
      const v = await tf.validate(CONNECTOR, { ...base(), api_key: new Unknown() });
      expect(v.errors).toEqual([]);
    });

    test('a key version without a write-only key is an error on api_key_wo_version', async () => {
      const v = await tf.validate(CONNECTOR, { ...base(), api_key: FIRST_KEY, api_key_wo_version: 1 });
      expect(pathsOf(v.diagnostics)).toEqual([[{ attribute_name: 'api_key_wo_version' }]]);
    });

    test('an empty owner list is an error on user_ids', async () => {
      const v = await tf.validate(CONNECTOR, { ...base(), api_key: FIRST_KEY, user_ids: [] });
      expect(pathsOf(v.diagnostics)).toEqual([[{ attribute_name: 'user_ids' }]]);
    });

    test('no diagnostic carries a key', async () => {
      const v = await tf.validate(CONNECTOR, { ...base(), api_key: FIRST_KEY, api_key_wo: WO_KEY_ONE });
      const text = JSON.stringify(v.diagnostics);
      expect(text.includes(FIRST_KEY) || text.includes(WO_KEY_ONE)).toBe(false);
    });
  });

  describe('destroy', () => {
    test('removes the connector, then the app', async () => {
      const p = await tf.plan(CONNECTOR, null, connector);
      const a = await tf.apply(CONNECTOR, null, connector, p.value.planned);
      expect(a.errors).toEqual([]);
      expect(a.value.state).toBeNull();
      expect(sim.store.liveConnector(String(app?.id), String(connector?.id))).toBeUndefined();

      const pa = await tf.plan(APP, null, app);
      const aa = await tf.apply(APP, null, app, pa.value.planned);
      expect(aa.errors).toEqual([]);
      expect(aa.value.state).toBeNull();
      expect(sim.store.liveApp(String(app?.id))).toBeUndefined();
    });
  });
});
