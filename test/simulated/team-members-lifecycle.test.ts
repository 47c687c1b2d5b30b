/**
 * `litmos_team_members` beyond the happy path: plan-time validation and `removals` (unknown,
 * empty for a team made in the same apply, kept from state when nothing changes), roles changed
 * and refused per member, removals the plan did not name, failures reported on the right path,
 * and destroy and import. Against the simulator, through the provider server.
 */
import type { LitmosUser } from '../../src/litmos/index.js';
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';
import { Unknown, type ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

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

function ssoUser(prefix = 'roster'): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `${prefix}${serial}@example.com`,
    FirstName: `${prefix}${serial}`,
    LastName: 'User',
    SkipFirstLogin: true,
  });
}

const newTeam = (): string => sim.store.createTeam(`Roster lifecycle ${(serial += 1)}`, '').Id;
const label = (u: LitmosUser): string => `${u.UserName} (${u.Id})`;
const route = (r: string): number => sim.stats().byRoute[r] ?? 0;
const errorDiags = (diags: { severity: string; attribute?: { steps: unknown[] } }[]) =>
  diags.filter((d) => d.severity === 'ERROR');
const paths = (diags: { severity: string; attribute?: { steps: unknown[] } }[]): unknown[] =>
  errorDiags(diags).map((d) => d.attribute?.steps);
const refuseNext = (r: string): void => {
  sim.faults.failNext(1, r, { kind: 'status', status: 400 });
};
const roles = (teamId: string, userId: string): string[] =>
  (['members', 'leaders', 'admins'] as const).filter((r) => sim.store[r].get(teamId)?.has(userId));
const keyPath = (userId: string) => [{ attribute_name: 'members' }, { element_key_string: userId }];

describe('validation and plan', () => {
  test('each bad role is an error on its own key, naming the user and the value', async () => {
    const v = await tf.validate(ROSTER, {
      team_id: 't',
      members: { u1: 'member', u2: 'owner', u3: 'Admin' },
    });
    expect(v.errors).toEqual([
      'Invalid Attribute Value: The role of user u2 must be one of member, leader, admin, got "owner".',
      'Invalid Attribute Value: The role of user u3 must be one of member, leader, admin, got "Admin".',
    ]);
    expect(paths(v.diagnostics)).toEqual([keyPath('u2'), keyPath('u3')]);
  });

  test('roles or a roster not known until apply are not validated', async () => {
    expect((await tf.validate(ROSTER, { team_id: 't', members: { u1: new Unknown() } })).errors).toEqual([]);
    expect((await tf.validate(ROSTER, { team_id: 't', members: new Unknown() })).errors).toEqual([]);
  });

  test('removals are unknown while the team or the roster is', async () => {
    const teamId = newTeam();
    const a = await tf.plan(ROSTER, { team_id: new Unknown(), members: {} }, null);
    expect(a.errors).toEqual([]);
    expect(a.value.planned?.removals).toBeInstanceOf(Unknown);
    const b = await tf.plan(ROSTER, { team_id: teamId, members: new Unknown() }, null);
    expect(b.errors).toEqual([]);
    expect(b.value.planned?.removals).toBeInstanceOf(Unknown);
  });

  test('a team not made yet (the ID is new) plans no removals', async () => {
    const p = await tf.plan(ROSTER, { team_id: 'made-in-this-apply', members: {} }, null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.removals).toEqual([]);
  });

  test('a team that disappears under a managed roster is an error on team_id', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(ROSTER, { team_id: teamId, members: {} }, null))!;
    sim.store.teams.delete(teamId);
    const p = await tf.plan(ROSTER, { team_id: teamId, members: {} }, state);
    expect(p.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Object Not Found: Reading the members of Litmos team ${teamId}:`),
      ),
    ]);
    expect(paths(p.diagnostics)).toEqual([[{ attribute_name: 'team_id' }]]);
  });

  test('removals are sorted, and once made they stay in state while the roster is unchanged', async () => {
    const teamId = newTeam();
    // Litmos lists users alphabetically ignoring case; removals sort by code point (upper case first).
    const [kept, b, a] = [ssoUser(), ssoUser('alpha'), ssoUser('Zulu')];
    sim.store.addMembers(teamId, [kept.Id, b.Id, a.Id]);
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const p = await tf.plan(ROSTER, config, null);
    expect(p.value.planned?.removals).toEqual([label(a), label(b)]);
    const state = (await tf.converge(ROSTER, config, null))!;
    expect(state.removals).toEqual([label(a), label(b)]);
    const again = await tf.plan(ROSTER, config, (await tf.read(ROSTER, state)).value);
    expect(again.value.planned).toEqual(state);

    // A new roster plans its own removals (none), not the ones of the last apply.
    const other = ssoUser();
    const changed = await tf.plan(
      ROSTER,
      { team_id: teamId, members: { [kept.Id]: 'member', [other.Id]: 'member' } },
      state,
    );
    expect(changed.value.planned?.removals).toEqual([]);
    const relabelled = await tf.plan(ROSTER, { team_id: teamId, members: { [kept.Id]: 'leader' } }, state);
    expect(relabelled.value.planned?.removals).toEqual([]);
  });

  test('planned without a refresh, a newcomer is named in removals, not the removals of the last apply', async () => {
    const teamId = newTeam();
    const [kept, first, newcomer] = [ssoUser(), ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [kept.Id, first.Id]);
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const state = (await tf.converge(ROSTER, config, null))!;
    expect(state.removals).toEqual([label(first)]);
    sim.store.addMembers(teamId, [newcomer.Id]);
    // terraform plan -refresh=false: the prior state is the last apply's.
    const p = await tf.plan(ROSTER, config, state);
    expect(p.value.planned?.removals).toEqual([label(newcomer)]);
  });

  test('past removals are kept only for the very same roster: same users, same roles', async () => {
    const teamId = newTeam();
    const [a, b, gone] = [ssoUser(), ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [a.Id, b.Id, gone.Id]);
    const state = (await tf.converge(
      ROSTER,
      { team_id: teamId, members: { [a.Id]: 'member', [b.Id]: 'member' } },
      null,
    ))!;
    expect(state.removals).toEqual([label(gone)]);
    // One of two roles changed: a new roster.
    const oneRole = await tf.plan(
      ROSTER,
      { team_id: teamId, members: { [a.Id]: 'member', [b.Id]: 'leader' } },
      state,
    );
    expect(oneRole.value.planned?.removals).toEqual([]);
    // A user dropped who already left the team (planned without a refresh): a new roster too.
    sim.store.removeMember(teamId, b.Id);
    const fewer = await tf.plan(ROSTER, { team_id: teamId, members: { [a.Id]: 'member' } }, state);
    expect(fewer.value.planned?.removals).toEqual([]);
  });
});

describe('apply', () => {
  test('roles are set per member and removed members are demoted first', async () => {
    const teamId = newTeam();
    const [lead, adm, plain, oldLead, oldAdmin] = [ssoUser(), ssoUser(), ssoUser(), ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [oldLead.Id, oldAdmin.Id]);
    sim.store.promote(teamId, 'leaders', oldLead.Id);
    sim.store.promote(teamId, 'admins', oldAdmin.Id);
    const config: Attrs = {
      team_id: teamId,
      members: { [lead.Id]: 'leader', [adm.Id]: 'admin', [plain.Id]: 'member' },
      send_message: true,
    };
    sim.resetStats();
    const state = (await tf.converge(ROSTER, config, null))!;
    expect(state).toEqual({
      id: teamId,
      team_id: teamId,
      members: { [lead.Id]: 'leader', [adm.Id]: 'admin', [plain.Id]: 'member' },
      removals: [label(oldLead), label(oldAdmin)].sort(),
      send_message: true,
    });
    expect([lead, adm, plain, oldLead, oldAdmin].map((u) => roles(teamId, u.Id))).toEqual([
      ['members', 'leaders'],
      ['members', 'admins'],
      ['members'],
      [],
      [],
    ]);
    expect(route('POST /teams/{id}/users')).toBe(1);
    expect(route('DELETE /teams/{id}/leaders/{userId}')).toBe(1);
    expect(route('DELETE /teams/{id}/admins/{userId}')).toBe(1);
    expect(route('DELETE /teams/{id}/users/{userId}')).toBe(2);
  });

  test('a litmos_team_member read after the roster apply sees the roles it set, not the roster read before', async () => {
    const teamId = newTeam();
    const user = ssoUser();
    sim.store.addMembers(teamId, [user.Id]);
    const imported = (await tf.importState('litmos_team_member', `${teamId}/${user.Id}`)).value!;
    expect(imported.role).toBe('member');
    await tf.converge(ROSTER, { team_id: teamId, members: { [user.Id]: 'admin' } }, null);
    expect((await tf.read('litmos_team_member', imported)).value?.role).toBe('admin');
  });

  test('only users not yet in the team are added, and only they get the e-mail', async () => {
    const teamId = newTeam();
    const [old, fresh] = [ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [old.Id]);
    const config: Attrs = {
      team_id: teamId,
      members: { [old.Id]: 'member', [fresh.Id]: 'member' },
      send_message: true,
    };
    const state = (await tf.converge(ROSTER, config, null))!;
    expect(state.send_message).toBe(true);
    expect(sentMessages(sim.store).filter((m) => 'teamId' in m && m.teamId === teamId)).toEqual([
      { kind: 'team-members', teamId, ids: [fresh.Id] },
    ]);
  });

  test('a roster that only changes roles adds nobody and reads the team once', async () => {
    const teamId = newTeam();
    const user = ssoUser();
    const state = (await tf.converge(ROSTER, { team_id: teamId, members: { [user.Id]: 'member' } }, null))!;
    const config: Attrs = { team_id: teamId, members: { [user.Id]: 'leader' } };
    const p = await tf.plan(ROSTER, config, state);
    sim.resetStats();
    const a = await tf.apply(ROSTER, config, state, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(sim.stats().byRoute).toEqual({
      'GET /teams/{id}/users': 1,
      'GET /teams/{id}/leaders': 1,
      'GET /teams/{id}/admins': 1,
      'PUT /teams/{id}/leaders/{userId}': 1,
    });
  });

  test('a role Litmos refuses is an error on that member, whose state keeps the role they have', async () => {
    const teamId = newTeam();
    const [ok, refused] = [ssoUser(), ssoUser()];
    const config: Attrs = { team_id: teamId, members: { [ok.Id]: 'leader', [refused.Id]: 'admin' } };
    const p = await tf.plan(ROSTER, config, null);
    refuseNext(`PUT /teams/${teamId}/admins/${refused.Id}`);
    const a = await tf.apply(ROSTER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Making Litmos user ${refused.Id} admin of team ${teamId}:`),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([keyPath(refused.Id)]);
    expect(a.value.state?.members).toEqual({ [ok.Id]: 'leader', [refused.Id]: 'member' });
  });

  test('someone who joined after the plan is left in the team with an error, and kept in state', async () => {
    const teamId = newTeam();
    const [kept, late] = [ssoUser(), ssoUser()];
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const p = await tf.plan(ROSTER, config, null);
    expect(p.value.planned?.removals).toEqual([]);
    sim.store.addMembers(teamId, [late.Id]);
    sim.store.promote(teamId, 'leaders', late.Id);
    const a = await tf.apply(ROSTER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos Team Member Not In Plan: ${label(late)} is in team ${teamId} but the plan did not name them for removal ` +
        '(they joined after the plan). They were left in the team; the next plan names them.',
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'members' }]]);
    expect(a.value.state?.members).toEqual({ [kept.Id]: 'member', [late.Id]: 'leader' });
    expect(a.value.state?.removals).toEqual([]);
    expect(roles(teamId, late.Id)).toEqual(['members', 'leaders']);
  });

  test('a removal Litmos refuses is an error on members; the user stays in state with their role', async () => {
    const teamId = newTeam();
    const [kept, stuck] = [ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [stuck.Id]);
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const p = await tf.plan(ROSTER, config, null);
    refuseNext('DELETE /teams/{id}/users/{userId}');
    const a = await tf.apply(ROSTER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Rejected The Value: Removing ${label(stuck).replace(/[.()]/g, '\\$&')} from Litmos team ${teamId}:`,
        ),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'members' }]]);
    expect(a.value.state?.members).toEqual({ [kept.Id]: 'member', [stuck.Id]: 'member' });
  });

  test('someone the plan names for removal who left before the apply is still recorded as removed', async () => {
    const teamId = newTeam();
    const [kept, leaving] = [ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [kept.Id, leaving.Id]);
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const p = await tf.plan(ROSTER, config, null);
    expect(p.value.planned?.removals).toEqual([label(leaving)]);
    sim.store.removeMember(teamId, leaving.Id);
    const a = await tf.apply(ROSTER, config, null, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state?.removals).toEqual([label(leaving)]);
  });

  test('with removals unknown at plan, the apply removes whoever is not listed and records them', async () => {
    const teamId = newTeam();
    const [kept, extra, other] = [ssoUser(), ssoUser('alpha'), ssoUser('Zulu')];
    sim.store.addMembers(teamId, [kept.Id, extra.Id, other.Id]);
    const config: Attrs = { team_id: teamId, members: { [kept.Id]: 'member' } };
    const planned: ObjectValue = {
      id: new Unknown(),
      team_id: teamId,
      members: { [kept.Id]: 'member' },
      removals: new Unknown(),
      send_message: false,
    };
    const a = await tf.apply(ROSTER, config, null, planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state?.removals).toEqual([label(other), label(extra)]);
    expect(roles(teamId, extra.Id)).toEqual([]);
  });

  test('a failure reading the team is an error on team_id and nothing enters state', async () => {
    const teamId = newTeam();
    const config: Attrs = { team_id: teamId, members: {} };
    const p = await tf.plan(ROSTER, config, null);
    refuseNext('GET /teams/{id}/users');
    const a = await tf.apply(ROSTER, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Setting the members of Litmos team ${teamId}:`),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'team_id' }]]);
    expect(a.value.state).toBeNull();
  });
});

describe('refresh, import and destroy', () => {
  test('a failed read is an error naming the team, and state is kept', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(ROSTER, { team_id: teamId, members: {} }, null))!;
    refuseNext('GET /teams/{id}/admins');
    const r = await tf.read(ROSTER, state);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Reading the members of Litmos team ${teamId}:`),
      ),
    ]);
    expect(r.value).toEqual(state);
  });

  test('a team deleted in Litmos takes the roster out of state; importing it is not found', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(ROSTER, { team_id: teamId, members: {} }, null))!;
    sim.store.teams.delete(teamId);
    expect((await tf.read(ROSTER, state)).value).toBeNull();
    const imported = await tf.importState(ROSTER, teamId);
    expect(imported.errors).toEqual([`Litmos Team Not Found: No Litmos team has the ID "${teamId}".`]);
    expect(imported.value).toBeNull();
  });

  test('import reads every role, with no removals and no e-mail', async () => {
    const teamId = newTeam();
    const [lead, adm] = [ssoUser(), ssoUser()];
    sim.store.addMembers(teamId, [lead.Id, adm.Id]);
    sim.store.promote(teamId, 'leaders', lead.Id);
    sim.store.promote(teamId, 'admins', adm.Id);
    const imported = await tf.importState(ROSTER, teamId);
    expect(imported.value).toEqual({
      id: teamId,
      team_id: teamId,
      members: { [lead.Id]: 'leader', [adm.Id]: 'admin' },
      removals: [],
      send_message: false,
    });
  });

  test('destroy demotes and removes each listed member, reports a refusal, and goes on with the rest', async () => {
    const teamId = newTeam();
    const [lead, adm, plain] = [ssoUser(), ssoUser(), ssoUser()];
    const config: Attrs = {
      team_id: teamId,
      members: { [lead.Id]: 'leader', [adm.Id]: 'admin', [plain.Id]: 'member' },
    };
    const state = (await tf.converge(ROSTER, config, null))!;
    refuseNext(`DELETE /teams/${teamId}/users/${lead.Id}`);
    const d = await tf.apply(ROSTER, null, state, null);
    expect(d.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Removing user ${lead.Id} from Litmos team ${teamId}:`),
      ),
    ]);
    expect([lead, adm, plain].map((u) => roles(teamId, u.Id))).toEqual([['members'], [], []]);
  });

  test('destroy demotes a leader from leader only, and removes a plain member without demoting', async () => {
    const teamId = newTeam();
    const [lead, plain] = [ssoUser(), ssoUser()];
    const config: Attrs = { team_id: teamId, members: { [lead.Id]: 'leader', [plain.Id]: 'member' } };
    const state = (await tf.converge(ROSTER, config, null))!;
    sim.resetStats();
    expect((await tf.apply(ROSTER, null, state, null)).errors).toEqual([]);
    expect(sim.stats().byRoute).toEqual({
      'DELETE /teams/{id}/leaders/{userId}': 1,
      'DELETE /teams/{id}/users/{userId}': 2,
    });
  });

  test('destroy of a roster whose members already left succeeds', async () => {
    const teamId = newTeam();
    const user = ssoUser();
    const state = (await tf.converge(ROSTER, { team_id: teamId, members: { [user.Id]: 'leader' } }, null))!;
    sim.store.removeMember(teamId, user.Id);
    expect((await tf.apply(ROSTER, null, state, null)).errors).toEqual([]);
  });
});
