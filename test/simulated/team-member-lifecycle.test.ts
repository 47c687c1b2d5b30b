/**
 * `litmos_team_member` beyond the happy path: which attribute a failed add, role change, read or
 * removal is reported on, what state keeps when Litmos fails part-way, which role requests go out
 * (and which do not), and the plan-time clash with a `litmos_team_members` roster in both orders.
 * Against the simulator, through the provider server.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';
import { Unknown } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const MEMBER = 'litmos_team_member';
const ROSTER = 'litmos_team_members';

let sim: LitmosSimulator;
let tf: ProviderHarness;
let serial = 0;

/** A provider against the simulator, with a budget above Litmos's 100 a minute. */
const startHarness = (): Promise<ProviderHarness> => ProviderHarness.againstLitmos(sim);

beforeAll(async () => {
  sim = await startLitmosSimulator({ requestsPerMinute: 10_000 });
  tf = await startHarness();
});
afterAll(() => sim.close());
afterEach(() => sim.faults.clear());

function ssoUser(): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `member${serial}@example.com`,
    FirstName: `Member${serial}`,
    LastName: 'User',
    SkipFirstLogin: true,
  });
}

const newTeam = (): string => sim.store.createTeam(`Member lifecycle ${(serial += 1)}`, '').Id;
const route = (r: string): number => sim.stats().byRoute[r] ?? 0;
const paths = (diags: { severity: string; attribute?: { steps: unknown[] } }[]): unknown[] =>
  diags.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps);
const refuseNext = (r: string): void => {
  sim.faults.failNext(1, r, { kind: 'status', status: 400 });
};
const roles = (teamId: string, userId: string): string[] =>
  (['members', 'leaders', 'admins'] as const).filter((r) => sim.store[r].get(teamId)?.has(userId));

describe('create', () => {
  test('adding to a team that does not exist is an error on team_id naming user and team', async () => {
    const user = ssoUser();
    const config = { team_id: 'no-such-team', user_id: user.Id };
    const p = await tf.plan(MEMBER, config, null);
    const a = await tf.apply(MEMBER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Object Not Found: Adding Litmos user ${user.Id} to team no-such-team:`),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'team_id' }]]);
    expect(a.value.state).toBeNull();
  });

  test('a plain member is added with one add and no role requests', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    sim.resetStats();
    const state = await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'member' }, null);
    expect(state).toEqual({
      id: `${teamId}/${user.Id}`,
      team_id: teamId,
      user_id: user.Id,
      role: 'member',
      send_message: false,
    });
    expect(roles(teamId, user.Id)).toEqual(['members']);
    const roleRequests = Object.keys(sim.stats().byRoute).filter(
      (r) => /leaders|admins/.test(r) && !r.startsWith('GET'),
    );
    expect(roleRequests).toEqual([]);
  });

  test('the welcome e-mail goes out only with send_message = true', async () => {
    const teamId = newTeam();
    const [quiet, greeted] = [ssoUser(), ssoUser()];
    await tf.converge(MEMBER, { team_id: teamId, user_id: quiet.Id }, null);
    expect(sentMessages(sim.store).filter((m) => 'teamId' in m && m.teamId === teamId)).toEqual([]);
    await tf.converge(MEMBER, { team_id: teamId, user_id: greeted.Id, send_message: true }, null);
    expect(sentMessages(sim.store).filter((m) => 'teamId' in m && m.teamId === teamId)).toEqual([
      { kind: 'team-members', teamId, ids: [greeted.Id] },
    ]);
  });

  test('a user Litmos did not add is explained in full, on user_id', async () => {
    const teamId = newTeam();
    const asleep = sim.store.createUser({
      UserName: `asleep${(serial += 1)}@example.com`,
      FirstName: 'Asleep',
      LastName: 'User',
      Active: false,
    });
    const config = { team_id: teamId, user_id: asleep.Id };
    const p = await tf.plan(MEMBER, config, null);
    const a = await tf.apply(MEMBER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos User Not Added To Team: Litmos accepted the request but user ${asleep.Id} is not an active member of ` +
        `team ${teamId}. Check that the user exists and is active.`,
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'user_id' }]]);
  });

  test('an admin made outside Terraform, configured as admin, is taken as it is', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    sim.store.addMembers(teamId, [user.Id]);
    sim.store.promote(teamId, 'admins', user.Id);
    const state = await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'admin' }, null);
    expect(state?.role).toBe('admin');
    expect(roles(teamId, user.Id)).toEqual(['members', 'admins']);
  });

  test('an admin made outside Terraform, configured as leader, is refused on role', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    sim.store.addMembers(teamId, [user.Id]);
    sim.store.promote(teamId, 'admins', user.Id);
    const config = { team_id: teamId, user_id: user.Id, role: 'leader' };
    const p = await tf.plan(MEMBER, config, null);
    const a = await tf.apply(MEMBER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos Team Membership Exists: User ${user.Id} is already admin of Litmos team ${teamId}; this configuration ` +
        'says leader, and Terraform does not take over a role it did not give. To manage this membership, import ' +
        `it: terraform import 'litmos_team_member.ada_engineering' '${teamId}/${user.Id}' (use this resource's ` +
        'address), then plan to see the change.',
    ]);
    expect(roles(teamId, user.Id)).toEqual(['members', 'admins']);
  });

  test('a refused promotion after the add is an error on role; state keeps the membership as member', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const config = { team_id: teamId, user_id: user.Id, role: 'admin', send_message: true };
    const p = await tf.plan(MEMBER, config, null);
    refuseNext('PUT /teams/{id}/admins/{userId}');
    const a = await tf.apply(MEMBER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Making Litmos user ${user.Id} admin of team ${teamId}:`),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'role' }]]);
    expect(a.value.state).toEqual({
      id: `${teamId}/${user.Id}`,
      team_id: teamId,
      user_id: user.Id,
      role: 'member',
      send_message: true,
    });
    expect(roles(teamId, user.Id)).toEqual(['members']);
  });

  test('when the roster read after a refused promotion fails too, state keeps the role the user joined with', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const config = { team_id: teamId, user_id: user.Id, role: 'leader' };
    const p = await tf.plan(MEMBER, config, null);
    refuseNext('PUT /teams/{id}/leaders/{userId}');
    refuseNext('GET /teams/{id}/admins');
    const a = await tf.apply(MEMBER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(/Making Litmos user .* leader of team/),
      expect.stringMatching(new RegExp(`Reading the members of Litmos team ${teamId}:`)),
    ]);
    expect(a.value.state?.role).toBe('member');
  });
});

describe('refresh and import', () => {
  test('a failed roster read is an error naming the team, and state is kept', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const state = (await tf.converge(
      MEMBER,
      { team_id: teamId, user_id: user.Id, send_message: true },
      null,
    ))!;
    const fresh = await startHarness();
    refuseNext('GET /teams/{id}/leaders');
    const r = await fresh.read(MEMBER, state);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Reading the members of Litmos team ${teamId}:`),
      ),
    ]);
    expect(r.value).toEqual(state);
    // Once Litmos answers, the refresh keeps send_message from state.
    expect((await fresh.read(MEMBER, state)).value).toEqual(state);
  });

  test('a team deleted in Litmos takes the membership out of state; import then finds nothing', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const state = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id }, null))!;
    sim.store.teams.delete(teamId);
    const fresh = await startHarness();
    const r = await fresh.read(MEMBER, state);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
    const imported = await fresh.importState(MEMBER, `${teamId}/${user.Id}`);
    expect(imported.errors).toEqual([
      `Litmos Team Membership Not Found: User ${user.Id} is not an active member of Litmos team ${teamId} ` +
        '(or the team does not exist).',
    ]);
  });

  test('an import whose roster read fails reports that failure only', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    sim.store.addMembers(teamId, [user.Id]);
    const fresh = await startHarness();
    refuseNext('GET /teams/{id}/users');
    const imported = await fresh.importState(MEMBER, `${teamId}/${user.Id}`);
    expect(imported.errors).toEqual([
      expect.stringMatching(/^Litmos Rejected The Value: Reading the members/),
    ]);
    expect(imported.value).toBeNull();
  });

  test('an imported leader has role leader and no e-mail', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    sim.store.addMembers(teamId, [user.Id]);
    sim.store.promote(teamId, 'leaders', user.Id);
    const imported = await (await startHarness()).importState(MEMBER, `${teamId}/${user.Id}`);
    expect(imported.value).toEqual({
      id: `${teamId}/${user.Id}`,
      team_id: teamId,
      user_id: user.Id,
      role: 'leader',
      send_message: false,
    });
  });
});

describe('update', () => {
  test('a leader made admin is promoted before being demoted, and a refused demotion keeps state as it was', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const config = (role: string): Attrs => ({ team_id: teamId, user_id: user.Id, role });
    const leader = (await tf.converge(MEMBER, config('leader'), null))!;
    const p = await tf.plan(MEMBER, config('admin'), leader);
    refuseNext('DELETE /teams/{id}/leaders/{userId}');
    const a = await tf.apply(MEMBER, config('admin'), leader, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(/^Litmos Rejected The Value: Making Litmos user .* admin of team/),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'role' }]]);
    expect(a.value.state).toEqual(leader);
    expect(roles(teamId, user.Id)).toEqual(['members', 'leaders', 'admins']);
  });

  test('a configuration that stops managing the role sends nothing and keeps the role', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const admin = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'admin' }, null))!;
    const config = { team_id: teamId, user_id: user.Id, send_message: true };
    const p = await tf.plan(MEMBER, config, admin);
    expect(p.value.planned).toEqual({ ...admin, send_message: true });
    sim.resetStats();
    const a = await tf.apply(MEMBER, config, admin, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toEqual({ ...admin, send_message: true });
    expect(sim.stats().requests).toBe(0);
  });

  test('a member made leader is only promoted (there is nothing to demote)', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const member = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id }, null))!;
    expect(member.role).toBe('member');
    sim.resetStats();
    const leader = await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'leader' }, member);
    expect(leader?.role).toBe('leader');
    expect(route('PUT /teams/{id}/leaders/{userId}')).toBe(1);
    expect(Object.keys(sim.stats().byRoute).filter((r) => r.startsWith('DELETE'))).toEqual([]);
  });
});

describe('destroy', () => {
  test('an admin is demoted from admin, then removed', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const admin = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'admin' }, null))!;
    sim.resetStats();
    const d = await tf.apply(MEMBER, null, admin, null);
    expect(d.errors).toEqual([]);
    expect(route('DELETE /teams/{id}/admins/{userId}')).toBe(1);
    expect(route('DELETE /teams/{id}/leaders/{userId}')).toBe(0);
    expect(route('DELETE /teams/{id}/users/{userId}')).toBe(1);
    expect(roles(teamId, user.Id)).toEqual([]);
  });

  test('a plain member is removed without any demotion', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const member = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id }, null))!;
    sim.resetStats();
    expect((await tf.apply(MEMBER, null, member, null)).errors).toEqual([]);
    expect(Object.keys(sim.stats().byRoute)).toEqual(['DELETE /teams/{id}/users/{userId}']);
  });

  test('a membership whose team is gone is destroyed without error', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const state = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id, role: 'leader' }, null))!;
    sim.store.teams.delete(teamId);
    expect((await tf.apply(MEMBER, null, state, null)).errors).toEqual([]);
  });

  test('a refused removal is an error naming user and team; the user stays in the team', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const state = (await tf.converge(MEMBER, { team_id: teamId, user_id: user.Id }, null))!;
    refuseNext('DELETE /teams/{id}/users/{userId}');
    const d = await tf.apply(MEMBER, null, state, null);
    expect(d.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Removing Litmos user ${user.Id} from team ${teamId}:`),
      ),
    ]);
    expect(roles(teamId, user.Id)).toEqual(['members']);
    // The roster the next read uses is read afresh, not from before the failed write.
    expect((await tf.read(MEMBER, state)).value).toEqual(state);
  });
});

describe('the plan-time clash with a roster of the same team', () => {
  test('a per-member role that differs from the roster is an error on user_id naming both roles', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const fresh = await startHarness();
    expect(
      (await fresh.plan(ROSTER, { team_id: teamId, members: { [user.Id]: 'leader' } }, null)).errors,
    ).toEqual([]);
    const clash = await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id, role: 'admin' }, null);
    expect(clash.errors).toEqual([
      `Litmos Team Roster Clash: litmos_team_member plans user ${user.Id} as admin of team ${teamId}, but the ` +
        'litmos_team_members roster of that team gives the user the role leader. The two would undo each other on ' +
        'every apply: list the user in litmos_team_members with the same role and drop the litmos_team_member, or ' +
        'stop managing the team authoritatively.',
    ]);
    expect(paths(clash.diagnostics)).toEqual([[{ attribute_name: 'user_id' }]]);
    // Left out, the role counts as member.
    const unmanaged = await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id }, null);
    expect(unmanaged.errors.join()).toMatch(/as member of team .* gives the user the role leader/);
    expect(
      (await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id, role: 'leader' }, null)).errors,
    ).toEqual([]);
  });

  test('a roster planned after a disagreeing per-member resource reports it on members', async () => {
    const [teamId, user, other] = [newTeam(), ssoUser(), ssoUser()];
    const fresh = await startHarness();
    await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id, role: 'leader' }, null);
    await fresh.plan(MEMBER, { team_id: teamId, user_id: other.Id, role: 'member' }, null);
    const p = await fresh.plan(ROSTER, { team_id: teamId, members: { [other.Id]: 'member' } }, null);
    expect(p.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Team Roster Clash: litmos_team_member plans user ${user.Id} as leader .* leaves the user out`,
        ),
      ),
    ]);
    expect(paths(p.diagnostics)).toEqual([[{ attribute_name: 'members' }]]);
  });

  test('a role not known until apply, on either side, clashes with nothing at plan time', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const fresh = await startHarness();
    // The roster's role for the user comes from another resource; the membership says admin.
    expect(
      (await fresh.plan(ROSTER, { team_id: teamId, members: { [user.Id]: new Unknown() } }, null)).errors,
    ).toEqual([]);
    expect(
      (await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id, role: 'admin' }, null)).errors,
    ).toEqual([]);
    // The other way round: the membership's role is unknown, the roster says leader.
    const [otherTeam, other] = [newTeam(), ssoUser()];
    expect(
      (await fresh.plan(MEMBER, { team_id: otherTeam, user_id: other.Id, role: new Unknown() }, null)).errors,
    ).toEqual([]);
    expect(
      (await fresh.plan(ROSTER, { team_id: otherTeam, members: { [other.Id]: 'leader' } }, null)).errors,
    ).toEqual([]);
  });

  test('a roster that leaves out a user whose role is not known yet still clashes, and says so plainly', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const fresh = await startHarness();
    await fresh.plan(MEMBER, { team_id: teamId, user_id: user.Id, role: new Unknown() }, null);
    const p = await fresh.plan(ROSTER, { team_id: teamId, members: {} }, null);
    expect(p.errors).toEqual([
      expect.stringContaining(
        `plans user ${user.Id} as a member (with a role known only at apply) of team ${teamId}, but the ` +
          'litmos_team_members roster of that team leaves the user out.',
      ),
    ]);
  });

  test('claims are per team: the same user in another team does not clash', async () => {
    const [teamA, teamB, user] = [newTeam(), newTeam(), ssoUser()];
    const fresh = await startHarness();
    await fresh.plan(ROSTER, { team_id: teamA, members: {} }, null);
    expect((await fresh.plan(MEMBER, { team_id: teamB, user_id: user.Id }, null)).errors).toEqual([]);
  });

  test('a membership whose team is not known yet is not checked', async () => {
    const [teamId, user] = [newTeam(), ssoUser()];
    const fresh = await startHarness();
    await fresh.plan(ROSTER, { team_id: teamId, members: {} }, null);
    const p = await fresh.plan(MEMBER, { team_id: new Unknown(), user_id: user.Id }, null);
    expect(p.errors).toEqual([]);
    const q = await fresh.plan(MEMBER, { team_id: teamId, user_id: new Unknown() }, null);
    expect(q.errors).toEqual([]);
  });
});
