/**
 * What `litmos_user` sends to Litmos and what Terraform shows for it: the create's welcome e-mail
 * and first-login switches, a create that costs one request, hard delete against deactivation, a
 * destroy of a user already gone, a provider without credentials, and the diagnostics of every
 * operation that Litmos refuses. Requests pass through a recording proxy in front of the simulator.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';
import { recordingProxy, type RecordingProxy } from './recording-proxy.js';

const TYPE = 'litmos_user';

let sim: LitmosSimulator;
let proxy: RecordingProxy;
let tf: ProviderHarness;
let serial = 0;

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  proxy = await recordingProxy(sim.origin);
  const started = await ProviderHarness.start({
    api_key: sim.apiKey,
    litmos_source: sim.source,
    base_url: `${proxy.url}/v1.svc`,
    requests_per_minute: 10_000,
  });
  expect(started.errors).toEqual([]);
  tf = started.harness;
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await proxy.close();
  await sim.close();
});

const config = (over: Attrs = {}): Attrs => {
  serial += 1;
  return { username: `req${serial}@example.com`, first_name: 'Req', last_name: `User${serial}`, ...over };
};

const requestsDuring = <T>(work: () => Promise<T>) => proxy.during(work);

async function create(cfg: Attrs) {
  const p = await tf.plan(TYPE, cfg, null);
  expect(p.errors).toEqual([]);
  return tf.apply(TYPE, cfg, null, p.value.planned, p.value.private);
}

describe('a litmos_user create', () => {
  test('by default sends one POST asking for no welcome e-mail and the first-login step, and warns of nothing', async () => {
    const cfg = config();
    const { result: a, sent } = await requestsDuring(() => create(cfg));
    expect(a.errors).toEqual([]);
    expect(a.diagnostics).toEqual([]);
    expect(sent).toEqual(['POST /users?sendmessage=false&skipfirstlogin=false']);
    expect(a.value.state).toMatchObject({ skip_first_login: false, send_welcome_message: false });
    expect(sim.store.findUser(String(cfg.username))?.SkipFirstLogin).toBe(false);
  });

  test('with send_welcome_message and skip_first_login asks Litmos for both', async () => {
    const cfg = config({ send_welcome_message: true, skip_first_login: true });
    const { result: a, sent } = await requestsDuring(() => create(cfg));
    expect(a.errors).toEqual([]);
    expect(sent).toEqual(['POST /users?sendmessage=true&skipfirstlogin=true']);
    expect(a.value.state).toMatchObject({ skip_first_login: true, send_welcome_message: true });
    expect(sim.store.findUser(String(cfg.username))?.SkipFirstLogin).toBe(true);
  });

  test('leaves the profile fields it was not given empty (null) in state', async () => {
    const a = await create(config({ job_title: 'Analyst' }));
    expect(a.errors).toEqual([]);
    expect(a.value.state).toMatchObject({ job_title: 'Analyst', city: null, custom_field_1: null });
    const imported = await tf.importState(TYPE, String(a.value.state?.id));
    expect(imported.value).toMatchObject({ job_title: 'Analyst', city: null, custom_field_1: null });
  });

  test('that Litmos refuses is an error naming the user, with no state', async () => {
    const cfg = config();
    sim.faults.failNext(1, 'POST /users', { kind: 'status', status: 403 });
    const { result: a, sent } = await requestsDuring(() => create(cfg));
    // A refusal is not a taken username: no lookup follows.
    expect(sent).toEqual(['POST /users?sendmessage=false&skipfirstlogin=false']);
    expect(a.value.state).toBeNull();
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Permission Denied: Creating Litmos user "${String(cfg.username)}": Litmos POST /users failed with 403`,
        ),
      ),
    ]);
  });

  test('that meets a taken username and cannot look it up is an error naming the user', async () => {
    const cfg = config();
    sim.store.createUser({ UserName: cfg.username, FirstName: 'Someone', LastName: 'Else' });
    sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
    const a = await create(cfg);
    expect(a.value.state).toBeNull();
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Creating Litmos user "${String(cfg.username)}": `),
      ),
    ]);
  });
});

describe('a litmos_user that exists', () => {
  let state: ObjectValue;
  let cfg: Attrs;

  beforeAll(async () => {
    cfg = config({ job_title: 'Before' });
    state = (await tf.converge(TYPE, cfg, null))!;
  });

  test('whose read Litmos refuses keeps its state and reports the user', async () => {
    sim.faults.failNext(1, 'GET', { kind: 'status', status: 403 });
    const r = await tf.read(TYPE, state);
    expect(r.value).toEqual(state);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Reading Litmos user ${String(state.id)}: `),
      ),
    ]);
  });

  test('whose update Litmos refuses keeps its prior state and reports the user', async () => {
    const wanted = { ...cfg, job_title: 'After' };
    const p = await tf.plan(TYPE, wanted, state);
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, wanted, state, p.value.planned, p.value.private);
    expect(a.value.state).toEqual(state);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Updating Litmos user ${String(state.id)}: `),
      ),
    ]);
    expect(sim.store.findUser(String(state.id))?.JobTitle).toBe('Before');
  });

  test('whose deactivation Litmos refuses stays, and the error says so', async () => {
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Deactivating Litmos user ${String(state.id)}: `),
      ),
    ]);
    expect(sim.store.findUser(String(state.id))?.Active).toBe(true);
  });
});

describe('destroying a litmos_user', () => {
  test('with hard_delete deletes the user for good', async () => {
    const state = (await tf.converge(TYPE, config({ hard_delete: true }), null))!;
    expect(state.hard_delete).toBe(true);
    const { sent } = await requestsDuring(() => tf.converge(TYPE, null, state));
    expect(sent).toEqual([`DELETE /users/${String(state.id)}`]);
    expect(sim.store.findUser(String(state.id))).toBeUndefined();
  });

  test('with hard_delete that Litmos refuses keeps the user, and the error says deleting', async () => {
    const state = (await tf.converge(TYPE, config({ hard_delete: true }), null))!;
    sim.faults.failNext(1, 'DELETE /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Deleting Litmos user ${String(state.id)}: `),
      ),
    ]);
    expect(sim.store.findUser(String(state.id))).toBeDefined();
  });

  test('without hard_delete deactivates, keeping the user', async () => {
    const state = (await tf.converge(TYPE, config(), null))!;
    expect(state.hard_delete).toBe(false);
    const { sent } = await requestsDuring(() => tf.converge(TYPE, null, state));
    expect(sent).not.toContain(`DELETE /users/${String(state.id)}`);
    expect(sim.store.findUser(String(state.id))?.Active).toBe(false);
  });

  test.each([false, true])('already deleted in Litmos succeeds (hard_delete %s)', async (hardDelete) => {
    const state = (await tf.converge(TYPE, config({ hard_delete: hardDelete }), null))!;
    sim.store.deleteUser(String(state.id));
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([]);
  });
});

describe('importing a litmos_user', () => {
  test('of an unknown ID or username is an error naming it', async () => {
    const imported = await tf.importState(TYPE, 'nobody@example.com');
    expect(imported.value).toBeNull();
    expect(imported.errors).toEqual([
      'Litmos User Not Found: No Litmos user has the ID or username "nobody@example.com".',
    ]);
  });

  test('that Litmos refuses is an error naming the import ID', async () => {
    sim.faults.failNext(1, 'GET', { kind: 'status', status: 403 });
    const imported = await tf.importState(TYPE, 'someone@example.com');
    expect(imported.value).toBeNull();
    expect(imported.errors).toEqual([
      expect.stringMatching(/^Litmos Permission Denied: Importing Litmos user "someone@example.com": /),
    ]);
  });
});

describe('litmos_user without Litmos credentials', () => {
  let bare: ProviderHarness;

  beforeAll(async () => {
    const started = await ProviderHarness.start({});
    bare = started.harness;
  });

  const notConfigured = [expect.stringMatching(/^Litmos Not Configured: /)];

  test('create, read, update, destroy and import each report only that Litmos is not configured', async () => {
    const cfg = config();
    const p = await bare.plan(TYPE, cfg, null);
    const created = await bare.apply(TYPE, cfg, null, p.value.planned);
    expect(created.errors).toEqual(notConfigured);
    expect(created.value.state).toBeNull();

    const state = (await tf.converge(TYPE, cfg, null))!;
    const read = await bare.read(TYPE, state);
    expect(read.errors).toEqual(notConfigured);
    expect(read.value).toEqual(state);

    const changed = { ...cfg, job_title: 'Changed' };
    const planned = await bare.plan(TYPE, changed, state);
    const updated = await bare.apply(TYPE, changed, state, planned.value.planned);
    expect(updated.errors).toEqual(notConfigured);
    expect(updated.value.state).toEqual(state);

    const destroyed = await bare.apply(TYPE, null, state, null);
    expect(destroyed.errors).toEqual(notConfigured);

    const imported = await bare.importState(TYPE, String(state.id));
    expect(imported.errors).toEqual(notConfigured);
    expect(imported.value).toBeNull();
  });
});

describe('a litmos_user create on a Litmos that ignores a field at create', () => {
  let sim2: LitmosSimulator;
  let ignoring: RecordingProxy;
  let tf2: ProviderHarness;

  beforeAll(async () => {
    sim2 = await startLitmosSimulator({ requestsPerMinute: 10_000 });
    // As older tenants do with custom fields: the POST's CustomField1 never reaches the store.
    ignoring = await recordingProxy(sim2.origin, {
      rewrite: (method, path, body) =>
        method === 'POST' && path.endsWith('/users') ? { ...body, CustomField1: undefined } : undefined,
    });
    tf2 = (
      await ProviderHarness.start({
        api_key: sim2.apiKey,
        litmos_source: sim2.source,
        base_url: `${ignoring.url}/v1.svc`,
        requests_per_minute: 10_000,
      })
    ).harness;
  });
  afterAll(async () => {
    await ignoring.close();
    await sim2.close();
  });

  test('sets the ignored field with an update right after, so state and Litmos match the plan', async () => {
    const cfg = config({ job_title: 'Kept', custom_field_1: 'cost-centre-7' });
    const p = await tf2.plan(TYPE, cfg, null);
    const { result: a, sent } = await ignoring.during(() =>
      tf2.apply(TYPE, cfg, null, p.value.planned, p.value.private),
    );
    expect(a.errors).toEqual([]);
    expect(sent.map((r) => r.split('?')[0])).toContain(`PUT /users/${String(a.value.state?.id)}`);
    expect(a.value.state).toMatchObject({ custom_field_1: 'cost-centre-7', job_title: 'Kept' });
    expect(sim2.store.findUser(String(cfg.username))).toMatchObject({
      CustomField1: 'cost-centre-7',
      JobTitle: 'Kept',
    });
  });
});
