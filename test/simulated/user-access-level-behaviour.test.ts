/**
 * `litmos_user_access_level` against the Litmos simulator, each test on its own user: the writes a
 * create, update and destroy make (none when the level is already right), what destroy restores,
 * and the diagnostic, with its attribute, of each operation Litmos refuses.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const TYPE = 'litmos_user_access_level';

let sim: LitmosSimulator;
let tf: ProviderHarness;
let serial = 0;

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  const started = await ProviderHarness.start({
    api_key: sim.apiKey,
    litmos_source: sim.source,
    base_url: sim.baseUrl,
    requests_per_minute: 10_000,
  });
  expect(started.errors).toEqual([]);
  tf = started.harness;
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

function ssoUser(AccessLevel = 'Learner'): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `level${serial}@example.com`,
    FirstName: `Level${serial}`,
    LastName: 'User',
    AccessLevel,
  });
}

const levelOf = (user: LitmosUser) => sim.store.findUser(user.Id)?.AccessLevel;
const writes = () => sim.stats().byRoute['PUT /users/{id}'] ?? 0;
const paths = (o: { diagnostics: { attribute?: { steps: unknown[] } }[] }) =>
  o.diagnostics.map((d) => d.attribute?.steps);

async function planAndApply(config: Attrs | null, prior: ObjectValue | null) {
  const p = await tf.plan(TYPE, config, prior);
  expect(p.errors).toEqual([]);
  return tf.apply(TYPE, config, prior, p.value.planned, p.value.private);
}

describe('create', () => {
  test('of the level the user already has writes nothing and remembers it', async () => {
    const user = ssoUser('Team_Leader');
    const before = writes();
    const a = await planAndApply({ user_id: user.Id, access_level: 'Team_Leader' }, null);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toMatchObject({
      access_level: 'Team_Leader',
      previous_access_level: 'Team_Leader',
    });
    expect(writes()).toBe(before);
  });

  test('of Learner for a team leader writes nothing: Litmos reports leaders as Team_Leader', async () => {
    const user = ssoUser('Team_Leader');
    const before = writes();
    const a = await planAndApply({ user_id: user.Id, access_level: 'Learner' }, null);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toMatchObject({ access_level: 'Learner', previous_access_level: 'Team_Leader' });
    expect(writes()).toBe(before);
  });

  test('for a user Litmos does not have is an error on user_id saying to create the user first', async () => {
    const a = await planAndApply({ user_id: 'nobody', access_level: 'Learner' }, null);
    expect(a.value.state).toBeNull();
    expect(a.errors).toEqual([
      'Litmos User Not Found: No Litmos user has the ID "nobody". This resource manages the access level of ' +
        'a user that exists already; create the user first (SSO, Okta or litmos_user).',
    ]);
    expect(paths(a)).toEqual([[{ attribute_name: 'user_id' }]]);
  });

  test('whose read Litmos refuses is that error on user_id, not "not found"', async () => {
    const user = ssoUser();
    const p = await tf.plan(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null);
    sim.faults.failNext(1, 'GET /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(
      TYPE,
      { user_id: user.Id, access_level: 'Administrator' },
      null,
      p.value.planned,
    );
    expect(a.value.state).toBeNull();
    expect(a.errors).toEqual([
      expect.stringMatching(new RegExp(`^Litmos Permission Denied: Reading Litmos user ${user.Id}: `)),
    ]);
    expect(paths(a)).toEqual([[{ attribute_name: 'user_id' }]]);
    expect(levelOf(user)).toBe('Learner');
  });

  test('whose write Litmos refuses is an error on access_level, and the state keeps the level found', async () => {
    const user = ssoUser();
    const p = await tf.plan(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null);
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(
      TYPE,
      { user_id: user.Id, access_level: 'Administrator' },
      null,
      p.value.planned,
    );
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Permission Denied: Setting the access level of Litmos user ${user.Id} to Administrator: `,
        ),
      ),
    ]);
    expect(paths(a)).toEqual([[{ attribute_name: 'access_level' }]]);
    expect(a.value.state).toEqual({
      id: user.Id,
      user_id: user.Id,
      access_level: 'Learner',
      previous_access_level: 'Learner',
    });
  });
});

describe('update', () => {
  test('to the level the user already has writes nothing', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    sim.store.updateUser(user.Id, { ...sim.store.findUser(user.Id)!, AccessLevel: 'Team_Leader' });
    const before = writes();
    const a = await planAndApply({ user_id: user.Id, access_level: 'Team_Leader' }, state);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toMatchObject({ access_level: 'Team_Leader', previous_access_level: 'Learner' });
    expect(writes()).toBe(before);
  });

  test('of a user deleted in Litmos since the plan is the not-found error on user_id', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    const p = await tf.plan(TYPE, { user_id: user.Id, access_level: 'Team_Leader' }, state);
    sim.store.deleteUser(user.Id);
    const a = await tf.apply(TYPE, { user_id: user.Id, access_level: 'Team_Leader' }, state, p.value.planned);
    expect(a.errors.join()).toMatch(/^Litmos User Not Found/);
    expect(a.value.state).toEqual(state);
  });
});

describe('refresh', () => {
  test('that Litmos refuses keeps the state and reports the user', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    sim.faults.failNext(1, 'GET /users/{id}', { kind: 'status', status: 403 });
    const r = await tf.read(TYPE, state);
    expect(r.value).toEqual(state);
    expect(r.errors).toEqual([
      expect.stringMatching(new RegExp(`^Litmos Permission Denied: Reading Litmos user ${user.Id}: `)),
    ]);
  });
});

describe('destroy', () => {
  test('puts back the level found at create', async () => {
    const user = ssoUser('Team_Leader');
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    expect(levelOf(user)).toBe('Administrator');
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([]);
    expect(levelOf(user)).toBe('Team_Leader');
  });

  test('writes nothing when the user already has the level found at create', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    sim.store.updateUser(user.Id, { ...sim.store.findUser(user.Id)!, AccessLevel: 'Learner' });
    const before = writes();
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([]);
    expect(writes()).toBe(before);
  });

  test('of a user deleted in Litmos succeeds', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    sim.store.deleteUser(user.Id);
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([]);
  });

  test('that Litmos refuses is an error naming the level it could not restore', async () => {
    const user = ssoUser();
    const state = (await tf.converge(TYPE, { user_id: user.Id, access_level: 'Administrator' }, null))!;
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, null, state, null);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Permission Denied: Restoring the access level Learner of Litmos user ${user.Id}: `,
        ),
      ),
    ]);
    expect(levelOf(user)).toBe('Administrator');
  });
});

describe('import', () => {
  test('of an unknown user says to import by the Litmos ID', async () => {
    const imported = await tf.importState(TYPE, 'nobody');
    expect(imported.value).toBeNull();
    expect(imported.errors).toEqual([
      'Litmos User Not Found: No Litmos user has the ID "nobody". Import this resource by the user\'s Litmos ID.',
    ]);
  });

  test('that Litmos refuses is that error, naming the import ID', async () => {
    const user = ssoUser();
    sim.faults.failNext(1, 'GET /users/{id}', { kind: 'status', status: 403 });
    const imported = await tf.importState(TYPE, user.Id);
    expect(imported.value).toBeNull();
    expect(imported.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Permission Denied: Importing the access level of Litmos user "${user.Id}": `),
      ),
    ]);
  });
});

describe('without Litmos credentials', () => {
  test('plan, create, read, destroy and import each report only that Litmos is not configured, and send nothing', async () => {
    const bare = (await ProviderHarness.start({})).harness;
    const user = ssoUser();
    const config = { user_id: user.Id, access_level: 'Administrator' };
    const notConfigured = [expect.stringMatching(/^Litmos Not Configured: /)];
    const before = sim.stats().requests;

    const p = await bare.plan(TYPE, config, null);
    expect(p.errors).toEqual(notConfigured);
    const created = await bare.apply(TYPE, config, null, p.value.planned);
    expect(created.errors).toEqual(notConfigured);
    expect(created.value.state).toBeNull();

    const state = {
      id: user.Id,
      user_id: user.Id,
      access_level: 'Administrator',
      previous_access_level: 'Team_Leader',
    };
    const read = await bare.read(TYPE, state);
    expect(read.errors).toEqual(notConfigured);
    expect(read.value).toEqual(state);
    expect((await bare.apply(TYPE, null, state, null)).errors).toEqual(notConfigured);
    expect((await bare.importState(TYPE, user.Id)).errors).toEqual(notConfigured);
    expect(sim.stats().requests).toBe(before);
  });
});
