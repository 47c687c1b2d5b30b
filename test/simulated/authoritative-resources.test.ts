/**
 * `litmos_team_members` and `litmos_administrators` through the provider server against the simulator.
 *
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const ROSTER = 'litmos_team_members';
const MEMBER = 'litmos_team_member';
const ADMINS = 'litmos_administrators';
const LEVEL = 'litmos_user_access_level';
const USER = 'litmos_user';

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
afterAll(() => sim.close());

function user(accessLevel = 'Learner', active = true): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `auth${serial}@example.com`,
    FirstName: `Auth${serial}`,
    LastName: 'User',
    AccessLevel: accessLevel,
    Active: active,
  });
}

const label = (u: LitmosUser): string => `${u.UserName} (${u.Id})`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const memberIds = (teamId: string): string[] => sim.store.teamUsers(teamId, 'members').map((u) => u.Id);

async function expectNoChanges(type: string, config: Attrs, state: ObjectValue) {
  const refreshed = await tf.read(type, state);
  expect(refreshed.errors).toEqual([]);
  const p = await tf.plan(type, config, refreshed.value);
  expect(p.errors).toEqual([]);
  expect(p.value.planned).toEqual(refreshed.value);
}

describe('litmos_team_members', () => {
  let teamId: string;
  let admin: LitmosUser;
  let member: LitmosUser;
  let state: ObjectValue;
  const config = (): Attrs => ({ team_id: teamId, members: { [admin.Id]: 'admin', [member.Id]: 'member' } });

  beforeAll(() => {
    teamId = sim.store.createTeam('Roster team', '').Id;
    admin = user();
    member = user();
  });

  test('the plan names whoever is in the team but not in the roster, and the apply removes them', async () => {
    const intruder = user();
    sim.store.addMembers(teamId, [intruder.Id]);
    const p = await tf.plan(ROSTER, config(), null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.removals).toEqual([label(intruder)]);
    const a = await tf.apply(ROSTER, config(), null, p.value.planned);
    expect(a.errors).toEqual([]);
    state = a.value.state!;
    expect(state.removals).toEqual([label(intruder)]);
    expect(memberIds(teamId).sort()).toEqual([admin.Id, member.Id].sort());
    expect(sim.store.admins.get(teamId)?.has(admin.Id)).toBe(true);
    expect(sentMessages(sim.store)).toEqual([]); // send_message defaults to false
    await expectNoChanges(ROSTER, config(), state);
  });

  test('an intruder added later shows on refresh and is named in the next plan', async () => {
    const late = user();
    sim.store.addMembers(teamId, [late.Id]);
    const refreshed = (await tf.read(ROSTER, state)).value!;
    expect(Object.keys(refreshed.members as object)).toContain(late.Id);
    const p = await tf.plan(ROSTER, config(), refreshed);
    expect(p.value.planned?.removals).toEqual([label(late)]);
    state = (await tf.converge(ROSTER, config(), refreshed))!;
    expect(memberIds(teamId)).not.toContain(late.Id);
  });

  test('an inactive user fails on their own key; the rest of the roster is applied', async () => {
    const asleep = user('Learner', false);
    const extra = user();
    const wanted: Attrs = {
      team_id: teamId,
      members: { [admin.Id]: 'admin', [member.Id]: 'leader', [asleep.Id]: 'member', [extra.Id]: 'member' },
    };
    const p = await tf.plan(ROSTER, wanted, state);
    const a = await tf.apply(ROSTER, wanted, state, p.value.planned);
    expect(a.errors).toHaveLength(1);
    expect(a.errors[0]).toMatch(new RegExp(`Litmos User Not Added To Team.*${asleep.Id}`));
    expect(a.diagnostics.find((d) => d.severity === 'ERROR')?.attribute?.steps).toEqual([
      { attribute_name: 'members' },
      { element_key_string: asleep.Id },
    ]);
    expect(a.value.state?.members).toEqual({
      [admin.Id]: 'admin',
      [member.Id]: 'leader',
      [extra.Id]: 'member',
    });
    state = (await tf.converge(ROSTER, config(), a.value.state))!;
    expect(memberIds(teamId).sort()).toEqual([admin.Id, member.Id].sort());
  });

  test('a role outside member/leader/admin is refused on its key', async () => {
    const v = await tf.validate(ROSTER, { team_id: teamId, members: { [member.Id]: 'owner' } });
    expect(v.errors.join()).toMatch(/must be one of member, leader, admin/);
  });

  test('a litmos_team_member that the roster contradicts is a plan error; one that agrees is not', async () => {
    await tf.plan(ROSTER, config(), state);
    const outsider = user();
    const clash = await tf.plan(MEMBER, { team_id: teamId, user_id: outsider.Id }, null);
    expect(clash.errors.join()).toMatch(/Litmos Team Roster Clash.*leaves the user out/);
    const agreeing = await tf.plan(MEMBER, { team_id: teamId, user_id: admin.Id, role: 'admin' }, null);
    expect(agreeing.errors).toEqual([]);
  });

  test('import by team ID lists the current members; destroy removes the listed ones', async () => {
    const imported = await tf.importState(ROSTER, teamId);
    expect(imported.value?.members).toEqual({ [admin.Id]: 'admin', [member.Id]: 'member' });
    const destroyed = await tf.apply(ROSTER, null, state, null);
    expect(destroyed.errors).toEqual([]);
    expect(memberIds(teamId)).toEqual([]);
  });
});

describe('litmos_administrators', () => {
  let kept: LitmosUser;
  let promoted: LitmosUser;
  let outOfBand: LitmosUser;
  const owner = () => sim.store.findUser(sim.store.ownerId)!;

  beforeAll(() => {
    kept = user('Administrator');
    promoted = user('Learner');
    outOfBand = user('Administrator');
  });

  test('the plan names the administrator to demote and the Account Owners; the apply demotes only them', async () => {
    const config: Attrs = { user_ids: [kept.Id, promoted.Id], demote_to: 'Learner' };
    const p = await tf.plan(ADMINS, config, null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.demotions).toEqual([label(outOfBand)]);
    expect(p.value.planned?.account_owners).toEqual([label(owner())]);
    const a = await tf.apply(ADMINS, config, null, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(sim.store.findUser(outOfBand.Id)?.AccessLevel).toBe('Learner');
    expect(sim.store.findUser(promoted.Id)?.AccessLevel).toBe('Administrator');
    expect(sim.store.findUser(sim.store.ownerId)?.AccessLevel).toBe('Account_Owner');
    await expectNoChanges(ADMINS, config, a.value.state!);
  });

  test('listing an Account Owner is refused at plan time', async () => {
    const p = await tf.plan(ADMINS, { user_ids: [kept.Id, sim.store.ownerId], demote_to: 'Learner' }, null);
    expect(p.errors.join()).toMatch(/Account Owner Listed As Administrator/);
  });

  test('a configuration that would demote the named API key owner is refused at plan time', async () => {
    const p = await tf.plan(
      ADMINS,
      { user_ids: [promoted.Id], demote_to: 'Learner', api_key_owner_id: kept.Id },
      null,
    );
    expect(p.errors.join()).toMatch(/API Key Owner Would Be Demoted/);
  });

  test('a per-user access level that the set contradicts is a plan error on whichever side is planned second', async () => {
    const set: Attrs = { user_ids: [kept.Id, promoted.Id], demote_to: 'Learner' };
    expect((await tf.plan(ADMINS, set, null)).errors).toEqual([]);

    // Planned after the set: the per-user resource reports the clash on its access_level.
    const lowered = await tf.plan(LEVEL, { user_id: kept.Id, access_level: 'Learner' }, null);
    expect(lowered.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Administrator Set Clash: litmos_user_access_level plans ${escape(label(kept))} with access_level ` +
            'Learner, but litmos_administrators lists them as an Administrator',
        ),
      ),
    ]);
    expect(lowered.diagnostics.find((d) => d.severity === 'ERROR')?.attribute?.steps).toEqual([
      { attribute_name: 'access_level' },
    ]);
    const agreeing = await tf.plan(LEVEL, { user_id: promoted.Id, access_level: 'Administrator' }, null);
    expect(agreeing.errors).toEqual([]);

    // litmos_user of an existing user (known ID), raised to Administrator while the set leaves them out.
    const imported = await tf.importState(USER, outOfBand.Id);
    const userState = (await tf.read(USER, imported.value!)).value!;
    const userConfig = (accessLevel: string): Attrs => ({
      username: outOfBand.UserName,
      first_name: outOfBand.FirstName,
      last_name: outOfBand.LastName,
      access_level: accessLevel,
    });
    const raised = await tf.plan(USER, userConfig('Administrator'), userState);
    expect(raised.errors.join()).toMatch(
      `litmos_user plans ${label(outOfBand)} with access_level Administrator, but litmos_administrators leaves them out`,
    );

    // Planned after both: the set reports each clash on user_ids, naming the user.
    const again = await tf.plan(ADMINS, set, null);
    expect(again.errors).toHaveLength(2);
    expect(again.errors.join()).toContain(
      `litmos_user_access_level plans ${label(kept)} with access_level Learner`,
    );
    expect(again.errors.join()).toContain(
      `litmos_user plans ${label(outOfBand)} with access_level Administrator`,
    );
    expect(again.diagnostics.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps)).toEqual([
      [{ attribute_name: 'user_ids' }],
      [{ attribute_name: 'user_ids' }],
    ]);

    // Once the per-user resources agree with the set, nothing clashes.
    expect((await tf.plan(LEVEL, { user_id: kept.Id, access_level: 'Administrator' }, null)).errors).toEqual(
      [],
    );
    expect((await tf.plan(USER, userConfig('Learner'), userState)).errors).toEqual([]);
    expect((await tf.plan(ADMINS, set, null)).errors).toEqual([]);
  });
});
