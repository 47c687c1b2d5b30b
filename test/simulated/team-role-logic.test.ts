/**
 * How team roles meet access levels, against the simulator: Litmos reports anyone who leads or
 * administers a team as `Team_Leader`; a user can hold both team roles at once; and a role change
 * promotes before it demotes, so a failed promotion never leaves the user with less than before.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness } from './provider-harness.js';

const ACCESS = 'litmos_user_access_level';
const MEMBER = 'litmos_team_member';

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

function ssoLearner(): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `role.user${serial}@example.com`,
    FirstName: `Role${serial}`,
    LastName: 'User',
    AccessLevel: 'Learner',
    SkipFirstLogin: true,
  });
}

const engineering = (): string => sim.store.listTeams().find((t) => t.Name === 'Engineering')!.Id;

describe('a Learner who leads a team', () => {
  test('keeps the managed access level Learner on refresh, and the next plan changes nothing', async () => {
    const user = ssoLearner();
    const config = { user_id: user.Id, access_level: 'Learner' };
    const state = (await tf.converge(ACCESS, config, null)) as ObjectValue;
    sim.store.addMembers(engineering(), [user.Id]);
    sim.store.promote(engineering(), 'leaders', user.Id);
    expect(sim.store.findUser(user.Id)?.AccessLevel).toBe('Team_Leader');

    const refreshed = await tf.read(ACCESS, state);
    expect(refreshed.errors).toEqual([]);
    expect(refreshed.value?.access_level).toBe('Learner');
    const plan = await tf.plan(ACCESS, config, refreshed.value);
    expect(plan.errors).toEqual([]);
    expect(plan.value.planned).toEqual(refreshed.value);
  });
});

describe('a user who is both leader and admin of one team', () => {
  test('reads as admin; a configured leader converges by dropping only the admin role', async () => {
    const user = ssoLearner();
    const teamId = engineering();
    const config = { team_id: teamId, user_id: user.Id, role: 'leader' };
    const state = (await tf.converge(MEMBER, config, null)) as ObjectValue;
    sim.store.promote(teamId, 'admins', user.Id);

    const refreshed = await tf.read(MEMBER, state);
    expect(refreshed.value?.role).toBe('admin');
    const converged = await tf.converge(MEMBER, config, refreshed.value);
    expect(converged?.role).toBe('leader');
    expect(sim.store.leaders.get(teamId)?.has(user.Id)).toBe(true);
    expect(sim.store.admins.get(teamId)?.has(user.Id)).toBe(false);
  });
});

describe('a role change whose promotion Litmos refuses', () => {
  test('fails on role, and the user keeps the role they had (nothing was demoted first)', async () => {
    const user = ssoLearner();
    const teamId = engineering();
    const leader = (await tf.converge(
      MEMBER,
      { team_id: teamId, user_id: user.Id, role: 'leader' },
      null,
    )) as ObjectValue;
    sim.faults.add({
      method: 'PUT',
      path: `/teams/${teamId}/admins/${user.Id}`,
      action: { kind: 'status', status: 400 },
    });
    const wanted = { team_id: teamId, user_id: user.Id, role: 'admin' };
    const plan = await tf.plan(MEMBER, wanted, leader);
    const applied = await tf.apply(MEMBER, wanted, leader, plan.value.planned, plan.value.private);
    expect(applied.errors.join()).toMatch(/admin of team/);
    expect(applied.diagnostics.map((d) => d.attribute?.steps)).toEqual([[{ attribute_name: 'role' }]]);
    expect(applied.value.state?.role).toBe('leader');
    expect(sim.store.leaders.get(teamId)?.has(user.Id)).toBe(true);
    expect(sim.store.admins.get(teamId)?.has(user.Id)).toBe(false);
  });
});
