/**
 * A `litmos_administrators` and a per-user access level (`litmos_user_access_level`,
 * `litmos_user.access_level`) that disagree in one run: the plan error, its wording in both
 * directions, the name it gives the user, and the pairs that are not a clash. One provider process
 * (and organisation) per test, as the claims of a run are kept per Litmos client.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const ADMINS = 'litmos_administrators';
const LEVEL = 'litmos_user_access_level';
const USER = 'litmos_user';

let sim: LitmosSimulator;
let tf: ProviderHarness;
let serial = 0;

beforeEach(async () => {
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
afterEach(() => sim.close());

function user(AccessLevel: string): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `claim${serial}@example.com`,
    FirstName: `Claim${serial}`,
    LastName: 'User',
    AccessLevel,
  });
}

const label = (u: LitmosUser): string => `${u.UserName} (${u.Id})`;
const set = (...users: LitmosUser[]): Attrs => ({ user_ids: users.map((u) => u.Id), demote_to: 'Learner' });

test('a listed Administrator planned lower: the error says to raise the level or unlist them', async () => {
  const admin = user('Administrator');
  expect((await tf.plan(ADMINS, set(admin), null)).errors).toEqual([]);
  const p = await tf.plan(LEVEL, { user_id: admin.Id, access_level: 'Team_Leader' }, null);
  expect(p.errors).toEqual([
    `Litmos Administrator Set Clash: litmos_user_access_level plans ${label(admin)} with access_level ` +
      'Team_Leader, but litmos_administrators lists them as an Administrator. The two would undo each other ' +
      'on every apply: set access_level = "Administrator" in litmos_user_access_level, or remove them from ' +
      'litmos_administrators.user_ids.',
  ]);
});

test('an unlisted user planned as Administrator: the error says to list them or lower the level', async () => {
  const learner = user('Learner');
  expect((await tf.plan(ADMINS, set(), null)).errors).toEqual([]);
  const p = await tf.plan(LEVEL, { user_id: learner.Id, access_level: 'Administrator' }, null);
  expect(p.errors).toEqual([
    `Litmos Administrator Set Clash: litmos_user_access_level plans ${label(learner)} with access_level ` +
      'Administrator, but litmos_administrators leaves them out (so demotes them). The two would undo each ' +
      'other on every apply: add them to litmos_administrators.user_ids, or give them another access_level in ' +
      'litmos_user_access_level.',
  ]);
});

test('a user deleted in Litmos is named by ID', async () => {
  const admin = user('Administrator');
  expect((await tf.plan(ADMINS, set(admin), null)).errors).toEqual([]);
  sim.store.deleteUser(admin.Id);
  const p = await tf.plan(LEVEL, { user_id: admin.Id, access_level: 'Learner' }, null);
  expect(p.errors).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Litmos Administrator Set Clash: litmos_user_access_level plans user ${admin.Id} with access_level Learner`,
      ),
    ),
  ]);
});

test('a set that cannot list the users still reports the clash, naming the user by ID', async () => {
  const admin = user('Administrator');
  expect((await tf.plan(LEVEL, { user_id: admin.Id, access_level: 'Learner' }, null)).errors).toEqual([]);
  sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
  const p = await tf.plan(ADMINS, set(admin), null);
  expect(p.errors).toEqual([
    expect.stringMatching(/^Litmos Permission Denied: Reading the Litmos users: /),
    expect.stringMatching(
      new RegExp(
        `^Litmos Administrator Set Clash: litmos_user_access_level plans user ${admin.Id} with access_level Learner`,
      ),
    ),
  ]);
});

test('a set planned after the claim of a user deleted in Litmos names them by ID', async () => {
  const admin = user('Administrator');
  expect((await tf.plan(LEVEL, { user_id: admin.Id, access_level: 'Learner' }, null)).errors).toEqual([]);
  sim.store.deleteUser(admin.Id);
  const p = await tf.plan(ADMINS, set(admin), null);
  expect(p.errors).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Litmos Administrator Set Clash: litmos_user_access_level plans user ${admin.Id} with access_level Learner, but litmos_administrators lists`,
      ),
    ),
    `Litmos User Not Found: No Litmos user has the ID "${admin.Id}".`,
  ]);
});

test('a litmos_user that leaves access_level out claims nothing, listed or not', async () => {
  const admin = user('Administrator');
  const learner = user('Learner');
  for (const u of [admin, learner]) {
    const imported = await tf.importState(USER, u.Id);
    const state = (await tf.read(USER, imported.value!)).value!;
    const p = await tf.plan(
      USER,
      { username: u.UserName, first_name: u.FirstName, last_name: u.LastName },
      state,
    );
    expect(p.errors).toEqual([]);
  }
  expect((await tf.plan(ADMINS, set(learner), null)).errors).toEqual([]);
});
