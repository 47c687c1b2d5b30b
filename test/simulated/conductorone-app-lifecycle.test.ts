/**
 * `litmos_conductorone_app` beyond the happy path, as a Terraform user meets it: what a failed
 * create, read-back, refresh, update, destroy or import reports and leaves in state, which calls
 * an update makes, and how an empty description is kept.
 */
import { ConductorOneClient } from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
} from '../../src/simulators/conductorone/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const APP = 'litmos_conductorone_app';

describe('litmos_conductorone_app failures and edge cases against the simulator', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  const remote = (state: ObjectValue | null) => sim.store.apps.get(String(state?.id));
  /** A fault answering `status` to the next request of `method` under `pathPrefix`. */
  const fail = (method: string, pathPrefix: string, status = 403, count = 1) =>
    sim.faults.inject({ effect: { kind: 'status', status }, method, pathPrefix, count });

  async function planAndApply(config: Attrs | null, prior: ObjectValue | null) {
    const p = await tf.plan(APP, config, prior);
    expect(p.errors).toEqual([]);
    return tf.apply(APP, config, prior, p.value.planned);
  }

  test('a refused create reports the display name and makes no state', async () => {
    fail('POST', '/api/v1/apps');
    const a = await planAndApply({ display_name: 'Refused app' }, null);
    expect(a.errors).toEqual([
      expect.stringMatching(
        /^ConductorOne Permission Denied: Creating ConductorOne app "Refused app": .*HTTP 403/,
      ),
    ]);
    expect(a.value.state).toBeNull();
    expect([...sim.store.apps.values()].some((x) => x.displayName === 'Refused app')).toBe(false);
  });

  test('when the read-back after a create fails, the made app is kept in state as planned, with the error', async () => {
    const before = new Set(sim.store.apps.keys());
    fail('GET', '/api/v1/apps/');
    const config = {
      display_name: 'Read-back fails',
      description: 'kept',
      owner_user_ids: [sim.adminUserId],
    };
    const a = await planAndApply(config, null);
    const made = [...sim.store.apps.values()].find((x) => !before.has(x.id));
    expect(made?.displayName).toBe('Read-back fails');
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^ConductorOne Permission Denied: Reading back ConductorOne app ${made?.id}: `),
      ),
    ]);
    expect(a.value.state).toEqual({
      id: made?.id,
      display_name: 'Read-back fails',
      description: 'kept',
      owner_user_ids: [sim.adminUserId],
      create_time: made?.createdAt,
      update_time: made?.updatedAt,
    });
  });

  test('without owners configured, the create sends none and records the owners ConductorOne has', async () => {
    const app = await tf.converge(APP, { display_name: 'No owners' }, null);
    expect(remote(app)?.ownerIds).toEqual([]);
    expect(remote(app)?.description).toBe('');
    expect(app?.owner_user_ids).toEqual([]);
    expect(app?.description).toBeNull();
    // ConductorOne answers "" for no description: a refresh keeps null, so the next plan is empty.
    const refreshed = await tf.read(APP, app!);
    expect(refreshed.value?.description).toBeNull();
    const again = await tf.plan(APP, { display_name: 'No owners' }, refreshed.value);
    expect(again.value.planned).toEqual(refreshed.value);
  });

  test('an empty description stays "" in state and plans no change; an unset one stays null', async () => {
    const config = { display_name: 'Empty description', description: '' };
    const app = await tf.converge(APP, config, null);
    expect(app?.description).toBe('');
    const refreshed = await tf.read(APP, app!);
    expect(refreshed.value?.description).toBe('');
    const again = await tf.plan(APP, config, refreshed.value);
    expect(again.value.planned).toEqual(refreshed.value);
  });

  test('the duplicate check before a create is one search by name, however many apps the tenant has', async () => {
    const template = remote(await tf.converge(APP, { display_name: 'Filler template' }, null))!;
    for (let i = 0; i < 120; i++) {
      sim.store.apps.set(`filler-${i}`, { ...template, id: `filler-${i}`, displayName: `Filler ${i}` });
    }
    sim.stats.reset();
    const app = await tf.converge(APP, { display_name: 'Among many' }, null);
    expect(remote(app)?.displayName).toBe('Among many');
    expect(sim.stats.get('POST /api/v1/search/apps')).toBe(1);
  });

  test('a refresh that fails keeps the state, with the error naming the app', async () => {
    const app = await tf.converge(APP, { display_name: 'Refresh fails' }, null);
    fail('GET', `/api/v1/apps/${String(app?.id)}`);
    const r = await tf.read(APP, app!);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^ConductorOne Permission Denied: Reading ConductorOne app ${String(app?.id)}: `),
      ),
    ]);
    expect(r.value).toEqual(app);
  });

  test('an app sent without a description field (JSON may leave empty fields out) has no description', async () => {
    const app = await tf.converge(APP, { display_name: 'Field left out' }, null);
    (remote(app) as { description?: string }).description = undefined;
    const refreshed = await tf.read(APP, app!);
    expect(refreshed.errors).toEqual([]);
    expect(refreshed.value).toEqual(app);
  });

  test('a refresh picks up changes made in ConductorOne', async () => {
    const app = await tf.converge(APP, { display_name: 'Drifts', description: 'one' }, null);
    const stored = remote(app)!;
    stored.displayName = 'Drifted';
    stored.description = 'two';
    stored.ownerIds = [sim.otherUserId];
    stored.updatedAt = '2030-01-01T00:00:00.000Z';
    const r = await tf.read(APP, app!);
    expect(r.value).toEqual({
      ...app,
      display_name: 'Drifted',
      description: 'two',
      owner_user_ids: [sim.otherUserId],
      update_time: '2030-01-01T00:00:00.000Z',
    });
  });

  test('an update of name and description alone sends no owners call', async () => {
    const app = await tf.converge(
      APP,
      { display_name: 'Rename me', owner_user_ids: [sim.adminUserId] },
      null,
    );
    sim.stats.reset();
    const updated = await tf.converge(
      APP,
      { display_name: 'Renamed', description: 'new', owner_user_ids: [sim.adminUserId] },
      app,
    );
    expect(sim.stats.get('POST /api/v1/apps/{id}')).toBe(1);
    expect(sim.stats.get('PUT /api/v1/apps/{app_id}/owners')).toBe(0);
    expect(remote(updated)?.displayName).toBe('Renamed');
    expect(remote(updated)?.description).toBe('new');
    expect(updated?.update_time).toBe(remote(updated)?.updatedAt);
  });

  test('an update that leaves owners unset keeps the owners ConductorOne has', async () => {
    const app = await tf.converge(
      APP,
      { display_name: 'Owners kept', owner_user_ids: [sim.otherUserId] },
      null,
    );
    sim.stats.reset();
    const updated = await tf.converge(APP, { display_name: 'Owners kept', description: 'x' }, app);
    expect(sim.stats.get('PUT /api/v1/apps/{app_id}/owners')).toBe(0);
    expect(remote(updated)?.ownerIds).toEqual([sim.otherUserId]);
    expect(updated?.owner_user_ids).toEqual([sim.otherUserId]);
  });

  test('an app deleted while it is updated is reported, and the prior state kept', async () => {
    const app = await tf.converge(APP, { display_name: 'Vanishes' }, null);
    fail('GET', `/api/v1/apps/${String(app?.id)}`, 404);
    const a = await planAndApply({ display_name: 'Vanishes', description: 'now' }, app);
    expect(a.errors).toEqual([
      `ConductorOne App Disappeared: ConductorOne app ${String(app?.id)} was deleted while it was being ` +
        'updated. Apply again to create it anew.',
    ]);
    expect(a.value.state).toEqual(app);
  });

  test('a refused update reports it and returns the app as ConductorOne still has it', async () => {
    const app = await tf.converge(APP, { display_name: 'Update refused', description: 'old' }, null);
    // Changed in ConductorOne since the last refresh: the state after the failure says so.
    remote(app)!.description = 'changed in the UI';
    fail('POST', `/api/v1/apps/${String(app?.id)}`);
    const a = await planAndApply({ display_name: 'Update refused', description: 'new' }, app);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^ConductorOne Permission Denied: Updating ConductorOne app ${String(app?.id)}: `),
      ),
    ]);
    expect(a.value.state?.description).toBe('changed in the UI');
    expect(remote(app)?.description).toBe('changed in the UI');
  });

  test('a refused update whose read-back fails too keeps the prior state', async () => {
    const app = await tf.converge(APP, { display_name: 'All fails', description: 'old' }, null);
    fail('POST', `/api/v1/apps/${String(app?.id)}`, 400);
    fail('GET', `/api/v1/apps/${String(app?.id)}`, 403);
    const a = await planAndApply({ display_name: 'All fails', description: 'new' }, app);
    expect(a.errors).toHaveLength(1);
    expect(a.value.state).toEqual(app);
  });

  test('a refused destroy reports it and leaves the app', async () => {
    const app = await tf.converge(APP, { display_name: 'Keep me alive' }, null);
    fail('DELETE', `/api/v1/apps/${String(app?.id)}`);
    const a = await tf.apply(APP, null, app, null);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^ConductorOne Permission Denied: Deleting ConductorOne app ${String(app?.id)}: `),
      ),
    ]);
    expect(sim.store.liveApp(String(app?.id))).toBeDefined();
  });

  test('import takes the app ID with surrounding blanks; a missing one is a clear error', async () => {
    const app = await tf.converge(APP, { display_name: 'Importable', description: 'd' }, null);
    const imported = await tf.importState(APP, `  ${String(app?.id)} `);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toEqual(app);
    const missing = await tf.importState(APP, 'no-such-app');
    expect(missing.errors).toEqual([
      'ConductorOne App Not Found: No ConductorOne app has the ID "no-such-app". Import takes the app ID.',
    ]);
    expect(missing.value).toBeNull();
  });

  test('an import ConductorOne refuses is reported with the ID', async () => {
    fail('GET', '/api/v1/apps/');
    const refused = await tf.importState(APP, 'some-app');
    expect(refused.errors).toEqual([
      expect.stringMatching(/^ConductorOne Permission Denied: Importing ConductorOne app "some-app": /),
    ]);
    expect(refused.value).toBeNull();
  });

  describe('adoption after a crash', () => {
    const client = () =>
      new ConductorOneClient({
        serverUrl: sim.serverUrl,
        clientId: sim.clientId,
        clientSecret: sim.clientSecret,
      });

    test('adopts with a warning naming the app; a description equal but for blanks is kept as configured', async () => {
      const made = await client().createApp({ displayName: 'Blank edges', description: ' LMS ' });
      sim.stats.reset();
      const a = await planAndApply({ display_name: 'Blank edges', description: 'LMS' }, null);
      expect(a.errors).toEqual([]);
      expect(a.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([
        [
          'WARNING',
          'Existing ConductorOne App Adopted',
          `A ConductorOne app named "Blank edges" (${made.id}) already existed with the configured description ` +
            'and owners, so Terraform now manages it instead of creating a second one (a previous apply ' +
            'probably created it and was interrupted).',
        ],
      ]);
      expect(a.value.state?.id).toBe(made.id);
      expect(a.value.state?.description).toBe('LMS');
      // Owners are not configured, so the namesake's owners are not read to compare: the one owners
      // read is the read-back's.
      expect(sim.stats.get('GET /api/v1/apps/{app_id}/owners')).toBe(1);
    });

    test('a refused create is an error on display_name', async () => {
      await client().createApp({ displayName: 'Taken name', description: 'theirs' });
      const a = await planAndApply({ display_name: 'Taken name', description: 'ours' }, null);
      expect(a.diagnostics.map((d) => [d.summary, d.attribute?.steps])).toEqual([
        ['ConductorOne App Name Taken', [{ attribute_name: 'display_name' }]],
      ]);
    });
  });

  test('when the read-back after a create without owners fails, the state records no owners', async () => {
    fail('GET', '/api/v1/apps/');
    const a = await planAndApply({ display_name: 'Unowned read-back' }, null);
    expect(a.errors).toHaveLength(1);
    expect(a.value.state?.owner_user_ids).toEqual([]);
    expect(a.value.state?.description).toBeNull();
  });

  test('removing one of two owners sets the owners', async () => {
    const app = await tf.converge(
      APP,
      { display_name: 'Owner removed', owner_user_ids: [sim.adminUserId, sim.otherUserId] },
      null,
    );
    const fewer = await tf.converge(
      APP,
      { display_name: 'Owner removed', owner_user_ids: [sim.adminUserId] },
      app,
    );
    expect(remote(fewer)?.ownerIds).toEqual([sim.adminUserId]);
  });

  test('owners that keep one and swap the other are set', async () => {
    const third = sim.store.addUser({ email: 'third@example.com', displayName: 'Thea Third' }).id;
    const app = await tf.converge(
      APP,
      { display_name: 'Owner half swap', owner_user_ids: [sim.adminUserId, sim.otherUserId] },
      null,
    );
    const swapped = await tf.converge(
      APP,
      { display_name: 'Owner half swap', owner_user_ids: [sim.adminUserId, third] },
      app,
    );
    expect([...(remote(swapped)?.ownerIds ?? [])].sort()).toEqual([sim.adminUserId, third].sort());
  });

  test('owners swapped for the same number of others are set', async () => {
    const app = await tf.converge(
      APP,
      { display_name: 'Owner swap', owner_user_ids: [sim.adminUserId] },
      null,
    );
    sim.stats.reset();
    const swapped = await tf.converge(
      APP,
      { display_name: 'Owner swap', owner_user_ids: [sim.otherUserId] },
      app,
    );
    expect(sim.stats.get('PUT /api/v1/apps/{app_id}/owners')).toBe(1);
    expect(remote(swapped)?.ownerIds).toEqual([sim.otherUserId]);
  });

  test('an app ConductorOne reports soft-deleted leaves state on refresh and cannot be imported', async () => {
    const app = await tf.converge(APP, { display_name: 'Soft deleted' }, null);
    const store = sim.store;
    remote(app)!.deletedAt = store.timestamp();
    // This simulator answers 404 for deleted apps; the API may instead return them with deleteTime set.
    const liveApp = store.liveApp.bind(store);
    store.liveApp = (id: string) => store.apps.get(id);
    try {
      const r = await tf.read(APP, app!);
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
      const i = await tf.importState(APP, String(app?.id));
      expect(i.errors).toEqual([
        `ConductorOne App Not Found: No ConductorOne app has the ID "${String(app?.id)}". Import takes the app ID.`,
      ]);
    } finally {
      store.liveApp = liveApp;
    }
  });
});
