/**
 * `litmos_administrators` against the Litmos simulator, each test in its own organisation (the set
 * is organisation-wide): what the plan names and in which order, what a second plan keeps, which
 * writes an apply makes, how refresh reports the set, and the diagnostic of each refusal, with the
 * attribute it is on. Clashes with per-user access levels are in administrator-claims.test.ts.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { unknown, type ObjectValue } from '../../src/tf/value.js';
import { Unknown } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const TYPE = 'litmos_administrators';

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

/**
 * A user; `name` orders their labels (`<username> (<id>)`). Litmos lists users by first name, here
 * `name` reversed, so that the listing's order is not the labels' order.
 */
function user(AccessLevel: string, name = `user${(serial += 1)}`): LitmosUser {
  return sim.store.createUser({
    UserName: `${name}@example.com`,
    FirstName: [...name].reverse().join(''),
    LastName: 'Admin',
    AccessLevel,
  });
}

const label = (u: LitmosUser): string => `${u.UserName} (${u.Id})`;
const levelOf = (u: LitmosUser) => sim.store.findUser(u.Id)?.AccessLevel;
const writes = () => sim.stats().byRoute['PUT /users/{id}'] ?? 0;
const owner = () => sim.store.findUser(sim.store.ownerId)!;
const paths = (o: { diagnostics: { severity: string; attribute?: { steps: unknown[] } }[] }) =>
  o.diagnostics.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps);
const onUserIds = [{ attribute_name: 'user_ids' }];

async function planAndApply(config: Attrs, prior: ObjectValue | null = null) {
  const p = await tf.plan(TYPE, config, prior);
  expect(p.errors).toEqual([]);
  return tf.apply(TYPE, config, prior, p.value.planned, p.value.private);
}

describe('the plan', () => {
  test('names the demotions and the Account Owners sorted by label, whatever order Litmos lists them in', async () => {
    const kept = user('Administrator', 'mia');
    const zed = user('Administrator', 'zed');
    const amy = user('Administrator', 'amy');
    const secondOwner = user('Account_Owner', 'zara');
    const p = await tf.plan(TYPE, { user_ids: [kept.Id], demote_to: 'Learner' }, null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.demotions).toEqual([label(amy), label(zed)]);
    expect(p.value.planned?.account_owners).toEqual([label(owner()), label(secondOwner)]);
  });

  test('of a set not yet known (users made by the same apply) leaves who is demoted unknown and reads nothing', async () => {
    const kept = user('Administrator');
    sim.resetStats();
    for (const user_ids of [unknown, [kept.Id, unknown]]) {
      const p = await tf.plan(TYPE, { user_ids, demote_to: 'Learner' }, null);
      expect(p.errors).toEqual([]);
      expect(p.value.planned?.demotions).toBeInstanceOf(Unknown);
      expect(p.value.planned?.account_owners).toBeInstanceOf(Unknown);
    }
    expect(sim.stats().requests).toBe(0);
  });

  test('refuses an ID Litmos does not have, on user_ids', async () => {
    const p = await tf.plan(TYPE, { user_ids: ['nobody'], demote_to: 'Learner' }, null);
    expect(p.errors).toEqual(['Litmos User Not Found: No Litmos user has the ID "nobody".']);
    expect(paths(p)).toEqual([onUserIds]);
  });

  test('refuses an Account Owner, on user_ids, saying why', async () => {
    const p = await tf.plan(TYPE, { user_ids: [sim.store.ownerId], demote_to: 'Learner' }, null);
    expect(p.errors).toEqual([
      `Account Owner Listed As Administrator: ${label(owner())} is an Account Owner; making them an ` +
        "Administrator would lower their access level (and may remove the API key owner's own rights). Remove " +
        'them from user_ids: Account Owners are reported in account_owners and never demoted.',
    ]);
    expect(paths(p)).toEqual([onUserIds]);
  });

  test('refuses to demote the named API key owner, on user_ids; listing them, or naming nobody, is fine', async () => {
    const keyOwner = user('Administrator');
    const other = user('Administrator');
    const refused = await tf.plan(
      TYPE,
      { user_ids: [other.Id], demote_to: 'Learner', api_key_owner_id: keyOwner.Id },
      null,
    );
    expect(refused.errors).toEqual([
      `API Key Owner Would Be Demoted: User ${keyOwner.Id} owns the provider's API key and holds Administrator; ` +
        'leaving them out of user_ids would demote them and remove the rights this provider works with. Add ' +
        'them to user_ids.',
    ]);
    expect(paths(refused)).toEqual([onUserIds]);
    const listed = await tf.plan(
      TYPE,
      { user_ids: [keyOwner.Id], demote_to: 'Learner', api_key_owner_id: keyOwner.Id },
      null,
    );
    expect(listed.errors).toEqual([]);
    expect(listed.value.planned?.demotions).toEqual([label(other)]);
  });

  test('that cannot list the users reports what failed', async () => {
    sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
    const p = await tf.plan(TYPE, { user_ids: [], demote_to: 'Learner' }, null);
    expect(p.errors).toEqual([
      expect.stringMatching(/^Litmos Permission Denied: Reading the Litmos users: /),
    ]);
  });
});

describe('a second plan', () => {
  test('with nothing to change keeps the demotions the last apply made, so it is empty', async () => {
    const kept = user('Administrator');
    const gone = user('Administrator');
    const config: Attrs = { user_ids: [kept.Id], demote_to: 'Learner' };
    const a = await planAndApply(config);
    expect(a.value.state?.demotions).toEqual([label(gone)]);
    const refreshed = (await tf.read(TYPE, a.value.state!)).value!;
    const p = await tf.plan(TYPE, config, refreshed);
    expect(p.value.planned).toEqual(refreshed);
  });

  test('names an administrator made since, not the last apply’s demotions, refreshed or not', async () => {
    const kept = user('Administrator');
    user('Administrator');
    const config: Attrs = { user_ids: [kept.Id], demote_to: 'Learner' };
    const state = (await planAndApply(config)).value.state!;
    const late = user('Administrator');
    const refreshed = await tf.plan(TYPE, config, (await tf.read(TYPE, state)).value);
    expect(refreshed.value.planned?.demotions).toEqual([label(late)]);
    // terraform plan -refresh=false: the prior state still lists only the kept administrator.
    const unrefreshed = await tf.plan(TYPE, config, state);
    expect(unrefreshed.value.planned?.demotions).toEqual([label(late)]);
  });

  test('with another demote_to plans no demotions when nobody is to be demoted', async () => {
    const kept = user('Administrator');
    user('Administrator');
    const state = (await planAndApply({ user_ids: [kept.Id], demote_to: 'Learner' })).value.state!;
    const p = await tf.plan(TYPE, { user_ids: [kept.Id], demote_to: 'Team_Leader' }, state);
    expect(p.value.planned?.demotions).toEqual([]);
  });
});

describe('the apply', () => {
  test('promotes only those who are not Administrators yet, and keeps api_key_owner_id', async () => {
    const already = user('Administrator');
    const learner = user('Learner');
    const before = writes();
    const config: Attrs = {
      user_ids: [already.Id, learner.Id],
      demote_to: 'Learner',
      api_key_owner_id: already.Id,
    };
    const a = await planAndApply(config);
    expect(a.errors).toEqual([]);
    expect(writes() - before).toBe(1);
    expect(levelOf(learner)).toBe('Administrator');
    expect(a.value.state).toMatchObject({
      id: 'administrators',
      api_key_owner_id: already.Id,
      demotions: [],
      account_owners: [label(owner())],
    });
  });

  test('demotes to demote_to and reports the Account Owners sorted', async () => {
    const kept = user('Administrator');
    const gone = user('Administrator');
    const secondOwner = user('Account_Owner', 'zara');
    const a = await planAndApply({ user_ids: [kept.Id], demote_to: 'Team_Leader' });
    expect(a.errors).toEqual([]);
    expect(levelOf(gone)).toBe('Team_Leader');
    expect(a.value.state?.account_owners).toEqual([label(owner()), label(secondOwner)]);
  });

  test('leaves an administrator made after the plan alone, with an error on user_ids', async () => {
    const kept = user('Administrator');
    const p = await tf.plan(TYPE, { user_ids: [kept.Id], demote_to: 'Learner' }, null);
    const late = user('Administrator');
    const a = await tf.apply(TYPE, { user_ids: [kept.Id], demote_to: 'Learner' }, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos Administrator Not In Plan: ${label(late)} holds Administrator but the plan did not name them for ` +
        'demotion (promoted after the plan). They were left as they are; the next plan names them.',
    ]);
    expect(paths(a)).toEqual([onUserIds]);
    expect(levelOf(late)).toBe('Administrator');
  });

  test('keeps the planned demotions when one was demoted in Litmos meanwhile', async () => {
    const kept = user('Administrator');
    const gone = user('Administrator');
    const p = await tf.plan(TYPE, { user_ids: [kept.Id], demote_to: 'Learner' }, null);
    sim.store.updateUser(gone.Id, { ...sim.store.findUser(gone.Id)!, AccessLevel: 'Learner' });
    const a = await tf.apply(TYPE, { user_ids: [kept.Id], demote_to: 'Learner' }, null, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state?.demotions).toEqual([label(gone)]);
  });

  test('that Litmos refuses a promotion reports the user on user_ids', async () => {
    const learner = user('Learner');
    const p = await tf.plan(TYPE, { user_ids: [learner.Id], demote_to: 'Learner' }, null);
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, { user_ids: [learner.Id], demote_to: 'Learner' }, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Permission Denied: Making Litmos user ${escape(label(learner))} an Administrator: `,
        ),
      ),
    ]);
    expect(paths(a)).toEqual([onUserIds]);
  });

  test('that Litmos refuses a demotion reports the user and the level on user_ids', async () => {
    const gone = user('Administrator');
    const p = await tf.plan(TYPE, { user_ids: [], demote_to: 'Team_Leader' }, null);
    sim.faults.failNext(1, 'PUT /users/{id}', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, { user_ids: [], demote_to: 'Team_Leader' }, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Permission Denied: Demoting Litmos administrator ${escape(label(gone))} to Team_Leader: `,
        ),
      ),
    ]);
    expect(paths(a)).toEqual([onUserIds]);
    expect(levelOf(gone)).toBe('Administrator');
  });

  test('reports, on user_ids, a listed user deleted in Litmos since the plan', async () => {
    const kept = user('Administrator');
    const deleted = user('Learner');
    const config: Attrs = { user_ids: [kept.Id, deleted.Id], demote_to: 'Learner' };
    const p = await tf.plan(TYPE, config, null);
    sim.store.deleteUser(deleted.Id);
    const a = await tf.apply(TYPE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos User Not Found: No Litmos user has the ID "${deleted.Id}" (deleted since the plan); it was not made an Administrator.`,
    ]);
    expect(paths(a)).toEqual([onUserIds]);
    expect(a.value.state?.user_ids).toEqual([kept.Id]);
  });

  test('leaves a listed user who became an Account Owner since the plan as they are, with an error on user_ids', async () => {
    const risen = user('Learner');
    const config: Attrs = { user_ids: [risen.Id], demote_to: 'Learner' };
    const p = await tf.plan(TYPE, config, null);
    sim.store.updateUser(risen.Id, { ...sim.store.findUser(risen.Id)!, AccessLevel: 'Account_Owner' });
    const before = writes();
    const a = await tf.apply(TYPE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Account Owner Listed As Administrator: ${label(risen)} became an Account Owner after the plan and was left as they are: ` +
        'making them an Administrator would lower their access level. Remove them from user_ids.',
    ]);
    expect(paths(a)).toEqual([onUserIds]);
    expect(writes()).toBe(before);
    expect(levelOf(risen)).toBe('Account_Owner');
  });

  test('reports the Account Owners as planned when one was made since; the next refresh shows them', async () => {
    const kept = user('Administrator');
    const config: Attrs = { user_ids: [kept.Id], demote_to: 'Learner' };
    const p = await tf.plan(TYPE, config, null);
    const risen = user('Account_Owner', 'zara');
    const a = await tf.apply(TYPE, config, null, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state?.account_owners).toEqual([label(owner())]);
    const refreshed = await tf.read(TYPE, a.value.state!);
    expect(refreshed.value?.account_owners).toEqual([label(owner()), label(risen)]);
  });

  test('that cannot list the users reports what failed and makes no change', async () => {
    const learner = user('Learner');
    const p = await tf.plan(TYPE, { user_ids: [learner.Id], demote_to: 'Learner' }, null);
    sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
    const a = await tf.apply(TYPE, { user_ids: [learner.Id], demote_to: 'Learner' }, null, p.value.planned);
    expect(a.value.state).toBeNull();
    expect(a.errors).toEqual([
      expect.stringMatching(/^Litmos Permission Denied: Reading the Litmos users: /),
    ]);
    expect(levelOf(learner)).toBe('Learner');
  });
});

describe('refresh', () => {
  test('reports who holds Administrator now, sorted, and keeps the stored order of an unchanged set', async () => {
    const b = user('Administrator', 'bea');
    const a = user('Administrator', 'abe');
    const stored: ObjectValue = {
      id: 'administrators',
      user_ids: [b.Id, a.Id],
      demote_to: 'Learner',
      api_key_owner_id: null,
      demotions: [],
      account_owners: [],
    };
    const same = await tf.read(TYPE, stored);
    expect(same.errors).toEqual([]);
    expect(same.value).toEqual({ ...stored, account_owners: [label(owner())] });
    const late = user('Administrator');
    const changed = await tf.read(TYPE, stored);
    expect(changed.value?.user_ids).toEqual([a.Id, b.Id, late.Id].sort());
  });

  test('reports an administrator demoted, or replaced, in Litmos since', async () => {
    const a = user('Administrator');
    const b = user('Administrator');
    const stored: ObjectValue = {
      id: 'administrators',
      user_ids: [a.Id, b.Id],
      demote_to: 'Learner',
      api_key_owner_id: null,
      demotions: [],
      account_owners: [label(owner())],
    };
    sim.store.updateUser(b.Id, { ...sim.store.findUser(b.Id)!, AccessLevel: 'Learner' });
    expect((await tf.read(TYPE, stored)).value?.user_ids).toEqual([a.Id]);
    const c = user('Administrator');
    expect((await tf.read(TYPE, stored)).value?.user_ids).toEqual([a.Id, c.Id].sort());
  });

  test('reports the Account Owners sorted by label', async () => {
    const zara = user('Account_Owner', 'zara');
    const stored: ObjectValue = {
      id: 'administrators',
      user_ids: [],
      demote_to: 'Learner',
      api_key_owner_id: null,
      demotions: [],
      account_owners: [],
    };
    expect((await tf.read(TYPE, stored)).value?.account_owners).toEqual([label(owner()), label(zara)]);
  });

  test('that Litmos refuses keeps the state and reports what failed', async () => {
    const stored: ObjectValue = {
      id: 'administrators',
      user_ids: [],
      demote_to: 'Learner',
      api_key_owner_id: null,
      demotions: [],
      account_owners: [],
    };
    sim.faults.failNext(1, 'GET /users', { kind: 'status', status: 403 });
    const r = await tf.read(TYPE, stored);
    expect(r.value).toEqual(stored);
    expect(r.errors).toEqual([
      expect.stringMatching(/^Litmos Permission Denied: Reading the Litmos users: /),
    ]);
  });
});

describe('without Litmos credentials', () => {
  test('plan, apply and refresh report only that Litmos is not configured', async () => {
    const bare = (await ProviderHarness.start({})).harness;
    const notConfigured = [expect.stringMatching(/^Litmos Not Configured: /)];
    const config: Attrs = { user_ids: [], demote_to: 'Learner' };
    const p = await bare.plan(TYPE, config, null);
    expect(p.errors).toEqual(notConfigured);
    expect(p.value.planned?.demotions).toBeInstanceOf(Unknown);
    const a = await bare.apply(TYPE, config, null, p.value.planned);
    expect(a.errors).toEqual(notConfigured);
    expect(a.value.state).toBeNull();
    const stored: ObjectValue = {
      id: 'administrators',
      user_ids: [],
      demote_to: 'Learner',
      api_key_owner_id: null,
      demotions: [],
      account_owners: [],
    };
    const r = await bare.read(TYPE, stored);
    expect(r.errors).toEqual(notConfigured);
    expect(r.value).toEqual(stored);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
