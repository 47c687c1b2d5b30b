/**
 * The Baton connector and its client credential beyond the happy path, as a Terraform user meets
 * them: failed writes and reads and what they leave in state, which fields an update sends,
 * drift, import (by ID and by identity) and its refusals. The credential's secret never appears in
 * a diagnostic.
 */
import { LITMOS_CATALOG_ID } from '../../src/conductorone/index.js';
import {
  startConductorOneSimulator,
  type ConductorOneSimulator,
  type SimConnector,
} from '../../src/simulators/conductorone/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/index.js';
import { ctyString, type CtyType } from '../../src/tf/types.js';
import { Unknown, type ObjectValue } from '../../src/tf/value.js';
import { storedConnector } from './conductorone-store.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const APP = 'litmos_conductorone_app';
const BATON = 'litmos_conductorone_baton_connector';
const CREDENTIAL = 'litmos_conductorone_connector_credential';
const PAIR: CtyType = { kind: 'object', attributes: { app_id: ctyString, id: ctyString } };
const TRIPLE: CtyType = {
  kind: 'object',
  attributes: { app_id: ctyString, connector_id: ctyString, id: ctyString },
};

describe('Baton connector and credential failures and edge cases against the simulator', () => {
  let sim: ConductorOneSimulator;
  let tf: ProviderHarness;
  let app: string;

  beforeAll(async () => {
    sim = await startConductorOneSimulator();
    tf = await ProviderHarness.againstConductorOne(sim);
    app = String((await tf.converge(APP, { display_name: 'Baton lifecycle' }, null))?.id);
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  const stored = (state: ObjectValue | null | undefined): SimConnector => storedConnector(sim, state?.id);
  const fail = (method: string, pathPrefix: string, status = 403) =>
    sim.faults.inject({ effect: { kind: 'status', status }, method, pathPrefix });
  const connectors = `/api/v1/apps/${'{app}'}/connectors/`;
  const connectorsOf = () => connectors.replace('{app}', app);
  async function planAndApply(typeName: string, cfg: Attrs | null, prior: ObjectValue | null) {
    const p = await tf.plan(typeName, cfg, prior);
    expect(p.errors).toEqual([]);
    return tf.apply(typeName, cfg, prior, p.value.planned);
  }
  async function importByIdentity(typeName: string, type: CtyType, identity: ObjectValue) {
    const resp = await tf.server.importResourceState({
      type_name: typeName,
      identity: { identity_data: { msgpack: encodeMsgpack(identity, type) } },
    });
    const [first] = resp.imported_resources;
    return {
      summaries: resp.diagnostics.map((d) => d.summary),
      state: first?.state?.msgpack ? decodeMsgpack(first.state.msgpack, tf.typeOf(typeName)) : null,
      identity: first?.identity?.identity_data?.msgpack
        ? decodeMsgpack(first.identity.identity_data.msgpack, type)
        : null,
    };
  }

  describe('litmos_conductorone_baton_connector', () => {
    test('an empty owner list is refused at plan time, on user_ids', async () => {
      const v = await tf.validate(BATON, { app_id: app, user_ids: [] });
      expect(v.errors).toEqual([
        'Empty Owner List: A connector always has an owner; leave user_ids unset to make the calling user the owner.',
      ]);
      expect(v.diagnostics.map((d) => d.attribute?.steps)).toEqual([[{ attribute_name: 'user_ids' }]]);
      expect((await tf.validate(BATON, { app_id: app, user_ids: [sim.adminUserId] })).errors).toEqual([]);
    });

    test('a refused create reports the app and makes no state', async () => {
      fail('POST', `/api/v1/apps/${app}/connectors`);
      const a = await planAndApply(BATON, { app_id: app, display_name: 'refused' }, null);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ConductorOne Permission Denied: Creating a Baton connector on ConductorOne app ${app}: `,
          ),
        ),
      ]);
      expect(a.value.state).toBeNull();
    });

    test('create sends description and owners; the state is what ConductorOne holds', async () => {
      const made = await tf.converge(
        BATON,
        { app_id: app, display_name: 'full', description: 'runs in k8s', user_ids: [sim.otherUserId] },
        null,
      );
      const remote = stored(made);
      expect(remote.displayName).toBe('full');
      expect(remote.description).toBe('runs in k8s');
      expect(remote.userIds).toEqual([sim.otherUserId]);
      expect(made).toEqual({
        id: remote.id,
        app_id: app,
        user_ids: [sim.otherUserId],
        display_name: 'full',
        description: 'runs in k8s',
        create_time: remote.createdAt,
        update_time: remote.updatedAt,
      });
    });

    describe('refresh and update', () => {
      let baton: ObjectValue | null;
      const cfg = (over: Attrs = {}): Attrs => ({ app_id: app, display_name: 'baton', ...over });
      const updates = () =>
        sim.stats.get('POST /api/v1/apps/{connector_app_id}/connectors/{connector_id}/delegated');
      beforeAll(async () => {
        baton = await tf.converge(BATON, cfg(), null);
      });

      test('a refresh picks up drift; a failed one keeps the state with the error', async () => {
        const remote = stored(baton);
        remote.description = 'set in the UI';
        const r = await tf.read(BATON, baton!);
        expect(r.value).toEqual({ ...baton, description: 'set in the UI' });
        remote.description = '';
        fail('GET', connectorsOf());
        const failed = await tf.read(BATON, baton!);
        expect(failed.errors).toEqual([
          expect.stringMatching(
            new RegExp(
              `^ConductorOne Permission Denied: Reading Baton connector ${app}/${String(baton?.id)}: `,
            ),
          ),
        ]);
        expect(failed.value).toEqual(baton);
      });

      test('a connector deleted in ConductorOne leaves state on refresh', async () => {
        const doomed = await tf.converge(BATON, cfg({ display_name: 'doomed' }), null);
        stored(doomed).deletedAt = sim.store.timestamp();
        const r = await tf.read(BATON, doomed!);
        expect(r.errors).toEqual([]);
        expect(r.value).toBeNull();
      });

      test('a changed description alone is sent; nothing changed sends nothing', async () => {
        sim.stats.reset();
        baton = await tf.converge(BATON, cfg({ description: 'new' }), baton);
        expect(updates()).toBe(1);
        expect(stored(baton).description).toBe('new');
        expect(stored(baton).displayName).toBe('baton');
        // An apply with nothing to change (only update_time differs) reads instead of writing.
        sim.stats.reset();
        const stale = { ...baton!, update_time: '2000-01-01T00:00:00Z' };
        const p = await tf.plan(BATON, cfg({ description: 'new' }), stale);
        const a = await tf.apply(BATON, cfg({ description: 'new' }), stale, p.value.planned);
        expect(a.errors).toEqual([]);
        expect(updates()).toBe(0);
        expect(sim.stats.get('GET /api/v1/apps/{app_id}/connectors/{id}')).toBe(1);
        expect(a.value.state).toEqual(p.value.planned);
      });

      test('changed owners alone are sent; the same owners in another order are not a change', async () => {
        baton = await tf.converge(
          BATON,
          cfg({ description: 'new', user_ids: [sim.adminUserId, sim.otherUserId] }),
          baton,
        );
        expect([...stored(baton).userIds].sort()).toEqual([sim.adminUserId, sim.otherUserId].sort());
        sim.stats.reset();
        const p = await tf.plan(
          BATON,
          cfg({ description: 'new', user_ids: [sim.otherUserId, sim.adminUserId] }),
          baton,
        );
        expect(p.errors).toEqual([]);
        // No change planned: update_time would be unknown for one.
        expect(p.value.planned?.update_time).toBe(baton?.update_time);
      });

      test('owners swapped for the same number of others are sent', async () => {
        baton = await tf.converge(BATON, cfg({ description: 'new', user_ids: [sim.adminUserId] }), baton);
        sim.stats.reset();
        baton = await tf.converge(BATON, cfg({ description: 'new', user_ids: [sim.otherUserId] }), baton);
        expect(updates()).toBe(1);
        expect(stored(baton).userIds).toEqual([sim.otherUserId]);
      });

      test('removing one of two owners, or renaming, is sent', async () => {
        baton = await tf.converge(
          BATON,
          cfg({ description: 'new', user_ids: [sim.adminUserId, sim.otherUserId] }),
          baton,
        );
        baton = await tf.converge(BATON, cfg({ description: 'new', user_ids: [sim.otherUserId] }), baton);
        expect(stored(baton).userIds).toEqual([sim.otherUserId]);
        baton = await tf.converge(
          BATON,
          cfg({ display_name: 'renamed', description: 'new', user_ids: [sim.otherUserId] }),
          baton,
        );
        expect(stored(baton).displayName).toBe('renamed');
        baton = await tf.converge(BATON, cfg({ description: 'new', user_ids: [sim.otherUserId] }), baton);
        expect(stored(baton).displayName).toBe('baton');
      });

      test('owners that keep one and swap the other are sent', async () => {
        const third = sim.store.addUser({ email: 'third@example.com', displayName: 'Thea Third' }).id;
        baton = await tf.converge(
          BATON,
          cfg({ description: 'new', user_ids: [sim.adminUserId, sim.otherUserId] }),
          baton,
        );
        baton = await tf.converge(
          BATON,
          cfg({ description: 'new', user_ids: [sim.adminUserId, third] }),
          baton,
        );
        expect([...stored(baton).userIds].sort()).toEqual([sim.adminUserId, third].sort());
        baton = await tf.converge(BATON, cfg({ description: 'new', user_ids: [sim.otherUserId] }), baton);
      });

      test('an update names only the changed fields: a name changed in ConductorOne since the last refresh stays', async () => {
        const own = await tf.converge(BATON, cfg({ display_name: 'mine', description: 'one' }), null);
        stored(own).displayName = 'renamed in the UI';
        await tf.converge(BATON, cfg({ display_name: 'mine', description: 'two' }), own);
        expect(stored(own).description).toBe('two');
        expect(stored(own).displayName).toBe('renamed in the UI');
      });

      test('an empty description is kept as configured', async () => {
        const empty = await tf.converge(BATON, { app_id: app, description: '' }, null);
        expect(empty?.description).toBe('');
        expect(empty?.display_name).toBeNull();
      });

      test('a state without its app or connector ID leaves state without asking ConductorOne', async () => {
        sim.stats.reset();
        for (const missing of ['app_id', 'id']) {
          const r = await tf.read(BATON, { ...baton!, [missing]: null });
          expect(r.errors).toEqual([]);
          expect(r.value).toBeNull();
        }
        expect(sim.stats.snapshot()).toEqual({});
      });

      test('a removed display name is cleared', async () => {
        baton = await tf.converge(
          BATON,
          { app_id: app, description: 'new', user_ids: [sim.otherUserId] },
          baton,
        );
        expect(stored(baton).displayName).toBe('');
        expect(stored(baton).userIds).toEqual([sim.otherUserId]);
        expect(baton?.display_name).toBeNull();
      });

      test('a refused update reports it and keeps the prior state', async () => {
        fail('POST', connectorsOf());
        const a = await planAndApply(BATON, cfg({ description: 'refused' }), baton);
        expect(a.errors).toEqual([
          expect.stringMatching(
            new RegExp(
              `^ConductorOne Permission Denied: Updating Baton connector ${app}/${String(baton?.id)}: `,
            ),
          ),
        ]);
        expect(a.value.state).toEqual(baton);
      });

      test('a refused destroy is reported; one already gone succeeds', async () => {
        fail('DELETE', connectorsOf());
        const a = await tf.apply(BATON, null, baton, null);
        expect(a.errors).toEqual([
          expect.stringMatching(
            new RegExp(
              `^ConductorOne Permission Denied: Deleting Baton connector ${app}/${String(baton?.id)}: `,
            ),
          ),
        ]);
        expect(sim.store.liveConnector(app, String(baton?.id))).toBeDefined();
        sim.store.connectors.delete(String(baton?.id));
        expect((await tf.apply(BATON, null, baton, null)).errors).toEqual([]);
      });
    });

    describe('import', () => {
      let baton: ObjectValue | null;
      beforeAll(async () => {
        baton = await tf.converge(BATON, { app_id: app, display_name: 'importable', description: 'd' }, null);
      });

      test('by ID and by identity give the same state, and the state carries the identity', async () => {
        const byId = await tf.importState(BATON, `${app}/${String(baton?.id)}`);
        expect(byId.errors).toEqual([]);
        expect(byId.value).toEqual(baton);
        const byIdentity = await importByIdentity(BATON, PAIR, { app_id: app, id: baton?.id ?? null });
        expect(byIdentity).toEqual({ summaries: [], state: baton, identity: { app_id: app, id: baton?.id } });
        const half = await importByIdentity(BATON, PAIR, { app_id: app, id: null });
        expect(half.summaries).toEqual(['Cannot Import Non-Existent Remote Object']);
        const otherHalf = await importByIdentity(BATON, PAIR, { app_id: null, id: baton?.id ?? null });
        expect(otherHalf.summaries).toEqual(['Cannot Import Non-Existent Remote Object']);
      });

      test('a bad ID, a missing or deleted connector, and a refused read are clear errors', async () => {
        expect((await tf.importState(BATON, 'a/b/c')).errors).toEqual([
          'Invalid Import ID: Expected "<app_id>/<connector_id>", got "a/b/c". Example: terraform import ' +
            'litmos_conductorone_baton_connector.x abc123/def456',
        ]);
        expect((await tf.importState(BATON, `${app}/missing`)).errors).toEqual([
          `ConductorOne Connector Not Found: App "${app}" has no connector "missing". Import takes <app_id>/<connector_id>.`,
        ]);
        const doomed = await tf.converge(BATON, { app_id: app, display_name: 'deleted' }, null);
        stored(doomed).deletedAt = sim.store.timestamp();
        const deleted = await tf.importState(BATON, `${app}/${String(doomed?.id)}`);
        expect(deleted.value).toBeNull();
        expect(deleted.errors).toEqual([expect.stringMatching(/^ConductorOne Connector Not Found: /)]);
        // This simulator answers 404 for a deleted connector; the API may return it with deleteTime set.
        const store = sim.store;
        const liveConnector = store.liveConnector.bind(store);
        store.liveConnector = (_app: string, id: string) => store.connectors.get(id);
        try {
          const softDeleted = await tf.importState(BATON, `${app}/${String(doomed?.id)}`);
          expect(softDeleted.value).toBeNull();
          expect(softDeleted.errors).toEqual([
            `ConductorOne Connector Not Found: App "${app}" has no connector "${String(doomed?.id)}". Import ` +
              'takes <app_id>/<connector_id>.',
          ]);
        } finally {
          store.liveConnector = liveConnector;
        }
        fail('GET', connectorsOf());
        const refused = await tf.importState(BATON, `${app}/${String(baton?.id)}`);
        expect(refused.errors).toEqual([
          expect.stringMatching(
            new RegExp(
              `^ConductorOne Permission Denied: Importing Baton connector ${app}/${String(baton?.id)}: `,
            ),
          ),
        ]);
      });

      test('a cloud-hosted Litmos connector is refused, naming its catalog entry and the right resource', async () => {
        const litmos = await tf.converge(
          'litmos_conductorone_connector',
          { app_id: app, source: 'acme', api_key: 'litmos-key-placeholder-baton' },
          null,
        );
        const refused = await tf.importState(BATON, `${app}/${String(litmos?.id)}`);
        expect(refused.value).toBeNull();
        expect(refused.errors).toEqual([
          `Not A Baton Connector: Connector ${app}/${String(litmos?.id)} belongs to catalog entry ` +
            `${LITMOS_CATALOG_ID}, not Baton (self-hosted); import a cloud-hosted Litmos connector as ` +
            'litmos_conductorone_connector.',
        ]);
      });
    });
  });

  describe('litmos_conductorone_connector_credential', () => {
    let baton: ObjectValue | null;
    let credential: ObjectValue | null;
    const cfg = (over: Attrs = {}): Attrs => ({ app_id: app, connector_id: baton!.id, ...over });
    const secretIn = (x: unknown) => JSON.stringify(x).includes(String(credential?.client_secret));
    beforeAll(async () => {
      baton = await tf.converge(BATON, { app_id: app, display_name: 'credentials' }, null);
      credential = await tf.converge(CREDENTIAL, cfg({ rotation_triggers: { v: '1' } }), null);
    });

    test('the state holds what ConductorOne made; revision is the creation time in milliseconds', async () => {
      const made = await tf.converge(CREDENTIAL, cfg({ rotation_triggers: { v: '1' } }), null);
      const remote = sim.credentials.credentials.get(String(made?.id))!;
      expect(made).toEqual({
        id: remote.id,
        app_id: app,
        connector_id: baton?.id,
        rotation_triggers: { v: '1' },
        client_id: remote.clientId,
        client_secret: expect.any(String),
        display_name: remote.displayName,
        create_time: remote.createdAt,
        expire_time: null,
        revision: Date.parse(remote.createdAt),
      });
    });

    test('a refused rotation reports the connector and makes no state', async () => {
      fail('POST', '/api/v1/apps/connectors/credentials');
      const a = await planAndApply(CREDENTIAL, cfg(), null);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(
            `^ConductorOne Permission Denied: Rotating a credential for connector ${app}/${String(baton?.id)}: `,
          ),
        ),
      ]);
      expect(a.value.state).toBeNull();
    });

    test('a refresh keeps secret, triggers and revision; a failed one keeps the state with the error', async () => {
      const r = await tf.read(CREDENTIAL, credential!);
      expect(r.errors).toEqual([]);
      expect(r.value).toEqual(credential);
      fail('GET', connectorsOf());
      const failed = await tf.read(CREDENTIAL, credential!);
      expect(failed.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Reading credential ${String(credential?.id)}: `),
        ),
      ]);
      expect(failed.value).toEqual(credential);
      expect(secretIn(failed.diagnostics)).toBe(false);
    });

    test('an update (nothing Terraform replaces) records the planned values over the state', async () => {
      const planned = { ...credential!, rotation_triggers: { v: '1', note: 'x' } };
      const a = await tf.apply(
        CREDENTIAL,
        cfg({ rotation_triggers: { v: '1', note: 'x' } }),
        credential,
        planned,
      );
      expect(a.errors).toEqual([]);
      expect(a.value.state).toEqual(planned);
    });

    test('an update keeps the values of the state where the plan has none yet', async () => {
      const planned = { ...credential!, display_name: new Unknown(), revision: new Unknown() };
      const a = await tf.apply(CREDENTIAL, cfg({ rotation_triggers: { v: '1' } }), credential, planned);
      expect(a.errors).toEqual([]);
      expect(a.value.state).toEqual(credential);
    });

    test('a refused revoke is reported and the credential stays', async () => {
      fail('POST', connectorsOf());
      const a = await tf.apply(CREDENTIAL, null, credential, null);
      expect(a.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Revoking credential ${String(credential?.id)}: `),
        ),
      ]);
      expect(sim.credentials.credentials.get(String(credential?.id))?.revokedAt).toBeUndefined();
      expect(secretIn(a.diagnostics)).toBe(false);
    });

    test('import by ID and by identity, without the secret; the state carries the identity', async () => {
      const id = `${app}/${String(baton?.id)}/${String(credential?.id)}`;
      const expected = { ...credential, client_secret: null, rotation_triggers: null };
      const byId = await tf.importState(CREDENTIAL, ` ${id} `);
      expect(byId.value).toEqual(expected);
      expect(byId.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([
        [
          'WARNING',
          'Client Secret Not Imported',
          "ConductorOne returns a credential's secret only when it is made, so client_secret is null after " +
            'import. Replace the resource (terraform apply -replace) to rotate and get a new secret.',
        ],
      ]);
      const identity = { app_id: app, connector_id: baton?.id ?? null, id: credential?.id ?? null };
      const byIdentity = await importByIdentity(CREDENTIAL, TRIPLE, identity);
      expect(byIdentity).toEqual({ summaries: ['Client Secret Not Imported'], state: expected, identity });
      for (const missing of ['app_id', 'connector_id', 'id']) {
        const partial = await importByIdentity(CREDENTIAL, TRIPLE, { ...identity, [missing]: null });
        expect(partial.summaries).toEqual(['Cannot Import Non-Existent Remote Object']);
      }
    });

    test.each(['a/b', 'a/b/c/d', 'a//c', 'a/ /c', 'a/b/ '])(
      'the import ID %j is refused, naming the form',
      async (id) => {
        const i = await tf.importState(CREDENTIAL, id);
        expect(i.value).toBeNull();
        expect(i.errors).toEqual([
          `Invalid Import ID: Expected "<app_id>/<connector_id>/<credential_id>", got ${JSON.stringify(id)}. ` +
            'Example: terraform import litmos_conductorone_connector_credential.x app123/conn456/cred789',
        ]);
      },
    );

    test('a missing or revoked credential is not found; a refused read names the credential', async () => {
      const missing = await tf.importState(CREDENTIAL, `${app}/${String(baton?.id)}/nope`);
      expect(missing.errors).toEqual([
        `ConductorOne Credential Not Found: No live credential "${app}/${String(baton?.id)}/nope". Import takes ` +
          '<app_id>/<connector_id>/<credential_id>.',
      ]);
      fail('GET', connectorsOf());
      const refused = await tf.importState(
        CREDENTIAL,
        `${app}/${String(baton?.id)}/${String(credential?.id)}`,
      );
      expect(refused.errors).toEqual([
        expect.stringMatching(
          new RegExp(`^ConductorOne Permission Denied: Importing credential ${String(credential?.id)}: `),
        ),
      ]);
    });

    test('a state without IDs leaves state on refresh without asking ConductorOne', async () => {
      sim.stats.reset();
      for (const missing of ['app_id', 'connector_id', 'id']) {
        const r = await tf.read(CREDENTIAL, { ...credential!, [missing]: null });
        expect(r.errors).toEqual([]);
        expect(r.value).toBeNull();
      }
      expect(sim.stats.snapshot()).toEqual({});
    });

    test('a credential revoked outside Terraform leaves state on refresh, and its destroy succeeds', async () => {
      const doomed = await tf.converge(CREDENTIAL, cfg(), null);
      sim.credentials.credentials.get(String(doomed?.id))!.revokedAt = new Date().toISOString();
      const r = await tf.read(CREDENTIAL, doomed!);
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
      expect((await tf.apply(CREDENTIAL, null, doomed, null)).errors).toEqual([]);
    });
  });
});
