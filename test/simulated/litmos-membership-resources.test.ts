/**
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import { TeamRosterCache, type TeamRoster } from '../../src/resources/team-roster.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { LitmosUser } from '../../src/litmos/index.js';
import { Unknown } from '../../src/tf/value.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const ACCESS = 'litmos_user_access_level';
const MEMBER = 'litmos_team_member';
const COURSE = 'litmos_course_assignment';

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

/** A user made "by SSO": straight in the simulator's store. */
function ssoUser(accessLevel = 'Learner'): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `sso.user${serial}@example.com`,
    FirstName: `Sso${serial}`,
    LastName: 'User',
    AccessLevel: accessLevel,
    SkipFirstLogin: true,
  });
}

const teamNamed = (name: string) => sim.store.listTeams().find((t) => t.Name === name)!;
const courseCoded = (code: string) => sim.store.listCourses().find((c) => c.Code === code)!;

/** Refresh, then plan the same configuration: the plan must equal the refreshed state. */
async function expectNoChanges(h: ProviderHarness, type: string, config: Attrs, state: ObjectValue) {
  const refreshed = await h.read(type, state);
  expect(refreshed.errors).toEqual([]);
  expect(refreshed.value).not.toBeNull();
  const p = await h.plan(type, config, refreshed.value);
  expect(p.errors).toEqual([]);
  expect(p.value.requiresReplace).toEqual([]);
  expect(p.value.planned).toEqual(refreshed.value);
}

function errorPaths(diags: { attribute?: { steps: unknown[] } }[]): unknown[] {
  return diags.map((d) => d.attribute?.steps);
}

describe('litmos_user_access_level', () => {
  let user: LitmosUser;
  let state: ObjectValue | null = null;
  const config = (access_level: string): Attrs => ({ user_id: user.Id, access_level });

  beforeAll(() => {
    user = ssoUser('Learner');
  });

  test('an unknown access level is a validation error on access_level', async () => {
    const v = await tf.validate(ACCESS, { user_id: 'u1', access_level: 'Team_Admin' });
    expect(v.errors).toHaveLength(1);
    expect(errorPaths(v.diagnostics)).toEqual([[{ attribute_name: 'access_level' }]]);
  });

  test('plans the create with id and previous level unknown', async () => {
    const p = await tf.plan(ACCESS, config('Administrator'), null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.id).toBeInstanceOf(Unknown);
    expect(p.value.planned?.previous_access_level).toBeInstanceOf(Unknown);
  });

  test('create sets the level and remembers the one it found', async () => {
    state = await tf.converge(ACCESS, config('Administrator'), null);
    expect(state).toMatchObject({
      id: user.Id,
      user_id: user.Id,
      access_level: 'Administrator',
      previous_access_level: 'Learner',
    });
    expect(sim.store.findUser(user.Id)?.AccessLevel).toBe('Administrator');
  });

  test('a second plan after create has no changes', async () => {
    await expectNoChanges(tf, ACCESS, config('Administrator'), state!);
  });

  test('changing the level updates in place and keeps the previous level', async () => {
    const p = await tf.plan(ACCESS, config('Team_Leader'), state);
    expect(p.value.requiresReplace).toEqual([]);
    expect(p.value.planned?.previous_access_level).toBe('Learner');
    state = await tf.converge(ACCESS, config('Team_Leader'), state);
    expect(sim.store.findUser(user.Id)?.AccessLevel).toBe('Team_Leader');
    expect(state?.previous_access_level).toBe('Learner');
    await expectNoChanges(tf, ACCESS, config('Team_Leader'), state!);
  });

  test('a change made in Litmos shows up on refresh and is corrected by the next apply', async () => {
    sim.store.updateUser(user.Id, { ...sim.store.findUser(user.Id)!, AccessLevel: 'Learner' });
    const refreshed = (await tf.read(ACCESS, state!)).value!;
    expect(refreshed.access_level).toBe('Learner');
    state = await tf.converge(ACCESS, config('Team_Leader'), refreshed);
    expect(sim.store.findUser(user.Id)?.AccessLevel).toBe('Team_Leader');
  });

  test('changing user_id replaces the resource', async () => {
    const other = ssoUser();
    const p = await tf.plan(ACCESS, { user_id: other.Id, access_level: 'Team_Leader' }, state);
    expect(p.value.requiresReplace).toEqual(['user_id']);
  });

  test('import by user ID takes the current level as the one to restore', async () => {
    const imported = await tf.importState(ACCESS, user.Id);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toMatchObject({
      id: user.Id,
      access_level: 'Team_Leader',
      previous_access_level: 'Team_Leader',
    });
  });

  test('import of an unknown user is a clear error', async () => {
    const imported = await tf.importState(ACCESS, 'no-such-user');
    expect(imported.errors.join()).toMatch(/Litmos User Not Found/);
    expect(imported.value).toBeNull();
  });

  test('destroy restores the level found at create', async () => {
    expect(await tf.converge(ACCESS, null, state)).toBeNull();
    expect(sim.store.findUser(user.Id)?.AccessLevel).toBe('Learner');
  });

  test('create for a user that does not exist is an error on user_id', async () => {
    const p = await tf.plan(ACCESS, { user_id: 'missing', access_level: 'Learner' }, null);
    const a = await tf.apply(ACCESS, { user_id: 'missing', access_level: 'Learner' }, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Litmos User Not Found/);
    expect(errorPaths(a.diagnostics)).toEqual([[{ attribute_name: 'user_id' }]]);
  });

  test('a user deleted in Litmos leaves state on refresh', async () => {
    const gone = ssoUser();
    const s = await tf.converge(ACCESS, { user_id: gone.Id, access_level: 'Administrator' }, null);
    sim.store.deleteUser(gone.Id);
    const r = await tf.read(ACCESS, s!);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
  });
});

describe('litmos_team_member', () => {
  let user: LitmosUser;
  let teamId: string;
  let state: ObjectValue | null = null;
  const config = (over: Attrs = {}): Attrs => ({ team_id: teamId, user_id: user.Id, ...over });

  beforeAll(() => {
    user = ssoUser();
    teamId = teamNamed('Engineering').Id;
  });

  test('an unknown role is a validation error on role', async () => {
    const v = await tf.validate(MEMBER, { team_id: 't', user_id: 'u', role: 'owner' });
    expect(v.errors).toHaveLength(1);
    expect(errorPaths(v.diagnostics)).toEqual([[{ attribute_name: 'role' }]]);
  });

  test('plans defaults: no e-mail; the role, left out, is the one Litmos gives (known after apply)', async () => {
    const p = await tf.plan(MEMBER, config(), null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned).toMatchObject({ send_message: false });
    expect(p.value.planned?.role).toBeInstanceOf(Unknown);
    expect(p.value.planned?.id).toBeInstanceOf(Unknown);
  });

  test('create adds the user and promotes a leader', async () => {
    state = await tf.converge(MEMBER, config({ role: 'leader' }), null);
    expect(state).toMatchObject({ id: `${teamId}/${user.Id}`, role: 'leader', send_message: false });
    expect(sim.store.members.get(teamId)?.has(user.Id)).toBe(true);
    expect(sim.store.leaders.get(teamId)?.has(user.Id)).toBe(true);
  });

  test('a second plan after create has no changes', async () => {
    await expectNoChanges(tf, MEMBER, config({ role: 'leader' }), state!);
  });

  test('changing the role promotes and demotes in place', async () => {
    const p = await tf.plan(MEMBER, config({ role: 'admin' }), state);
    expect(p.value.requiresReplace).toEqual([]);
    state = await tf.converge(MEMBER, config({ role: 'admin' }), state);
    expect(sim.store.admins.get(teamId)?.has(user.Id)).toBe(true);
    expect(sim.store.leaders.get(teamId)?.has(user.Id)).toBe(false);
    await expectNoChanges(tf, MEMBER, config({ role: 'admin' }), state!);

    state = await tf.converge(MEMBER, config({ role: 'member' }), state);
    expect(sim.store.admins.get(teamId)?.has(user.Id)).toBe(false);
    expect(sim.store.members.get(teamId)?.has(user.Id)).toBe(true);
    expect(state?.role).toBe('member');
    await expectNoChanges(tf, MEMBER, config(), state!);
  });

  test('changing team_id or user_id replaces the membership', async () => {
    const p = await tf.plan(MEMBER, config({ team_id: teamNamed('Sales').Id }), state);
    expect(p.value.requiresReplace).toEqual(['team_id']);
  });

  test('imports <team_id>/<user_id> with the role found in Litmos', async () => {
    const imported = await tf.importState(MEMBER, `${teamId}/${user.Id}`);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toMatchObject({ team_id: teamId, user_id: user.Id, role: 'member' });
  });

  test.each(['just-one-part', 'a/b/c', '/user', 'team/'])(
    'import ID %j is rejected with the expected form',
    async (id) => {
      const imported = await tf.importState(MEMBER, id);
      expect(imported.errors.join()).toMatch(/Invalid Import ID.*<team_id>\/<user_id>/);
    },
  );

  test('import of a user who is not in the team is a clear error', async () => {
    const imported = await tf.importState(MEMBER, `${teamNamed('Sales').Id}/${user.Id}`);
    expect(imported.errors.join()).toMatch(/Membership Not Found/);
  });

  test('adding a user that does not exist is an error on user_id', async () => {
    const cfg = { team_id: teamId, user_id: 'no-such-user' };
    const p = await tf.plan(MEMBER, cfg, null);
    const a = await tf.apply(MEMBER, cfg, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Not Added To Team/);
    expect(errorPaths(a.diagnostics)).toEqual([[{ attribute_name: 'user_id' }]]);
  });

  test('destroy demotes and removes the member', async () => {
    state = await tf.converge(MEMBER, config({ role: 'leader' }), state);
    expect(await tf.converge(MEMBER, null, state)).toBeNull();
    expect(sim.store.members.get(teamId)?.has(user.Id)).toBe(false);
    expect(sim.store.leaders.get(teamId)?.has(user.Id)).toBe(false);
  });

  test('a create repeated after a crash (added, not yet promoted) finishes the job', async () => {
    const orphan = ssoUser();
    sim.store.addMembers(teamId, [orphan.Id]);
    const a = await tf.converge(MEMBER, { team_id: teamId, user_id: orphan.Id, role: 'leader' }, null);
    expect(a).toMatchObject({ role: 'leader' });
    expect(sim.store.leaders.get(teamId)?.has(orphan.Id)).toBe(true);
  });

  test('a create that meets a leader it did not make, with no role configured, keeps the role', async () => {
    const leader = ssoUser();
    sim.store.addMembers(teamId, [leader.Id]);
    sim.store.promote(teamId, 'leaders', leader.Id);
    const a = await tf.converge(MEMBER, { team_id: teamId, user_id: leader.Id }, null);
    expect(a).toMatchObject({ role: 'leader' });
    expect(sim.store.leaders.get(teamId)?.has(leader.Id)).toBe(true);
  });

  test('a create that meets a leader it did not make refuses to change the configured role', async () => {
    const leader = ssoUser();
    sim.store.addMembers(teamId, [leader.Id]);
    sim.store.promote(teamId, 'leaders', leader.Id);
    const cfg = { team_id: teamId, user_id: leader.Id, role: 'member' };
    const p = await tf.plan(MEMBER, cfg, null);
    const a = await tf.apply(MEMBER, cfg, null, p.value.planned);
    expect(a.value.state).toBeNull();
    expect(a.errors.join()).toMatch(/Membership Exists.*already leader.*says member/);
    expect(a.errors.join()).toContain(
      `terraform import 'litmos_team_member.ada_engineering' '${teamId}/${leader.Id}'`,
    );
    expect(errorPaths(a.diagnostics)).toEqual([[{ attribute_name: 'role' }]]);
    expect(sim.store.leaders.get(teamId)?.has(leader.Id)).toBe(true);
  });

  test('a member removed, or deactivated, in Litmos leaves state on refresh', async () => {
    const removed = ssoUser();
    const deactivated = ssoUser();
    const states = await Promise.all(
      [removed, deactivated].map((u) => tf.converge(MEMBER, { team_id: teamId, user_id: u.Id }, null)),
    );
    sim.store.removeMember(teamId, removed.Id);
    sim.store.updateUser(deactivated.Id, { ...sim.store.findUser(deactivated.Id)!, Active: false });
    // A new Terraform run is a new provider process, with nothing cached.
    const fresh = await startHarness();
    for (const s of states) {
      const r = await fresh.read(MEMBER, s!);
      expect(r.errors).toEqual([]);
      expect(r.value).toBeNull();
    }
  });

  test('reading many memberships of one team lists the team once', async () => {
    const team = teamNamed('Sales').Id;
    const users = [ssoUser(), ssoUser(), ssoUser(), ssoUser(), ssoUser()];
    const states = await Promise.all(
      users.map((u, i) =>
        tf.converge(MEMBER, { team_id: team, user_id: u.Id, role: i === 0 ? 'admin' : 'member' }, null),
      ),
    );
    const fresh = await startHarness();
    sim.resetStats();
    const reads = await Promise.all(states.map((s) => fresh.read(MEMBER, s!)));
    expect(reads.map((r) => r.value?.role)).toEqual(['admin', 'member', 'member', 'member', 'member']);
    const route = (r: string) => sim.stats().byRoute[r] ?? 0;
    expect(route('GET /teams/{id}/users')).toBe(1);
    expect(route('GET /teams/{id}/leaders')).toBe(1);
    expect(route('GET /teams/{id}/admins')).toBe(1);
    expect(sim.stats().requests).toBe(3);

    // A write forgets the cached lists: the next read sees the new role.
    const promoted = await fresh.converge(
      MEMBER,
      { team_id: team, user_id: users[1]!.Id, role: 'leader' },
      reads[1]!.value,
    );
    expect(promoted?.role).toBe('leader');
    const again = await fresh.read(MEMBER, reads[1]!.value!);
    expect(again.value?.role).toBe('leader');
  });
});

describe('TeamRosterCache', () => {
  const roster = (...members: string[]): TeamRoster => ({
    members: new Set(members),
    leaders: new Set(),
    admins: new Set(),
  });

  function cacheWith(load: (teamId: string) => Promise<TeamRoster>) {
    const clock = { now: 0 };
    const calls: string[] = [];
    const cache = new TeamRosterCache({
      ttlMs: 1000,
      now: () => clock.now,
      load: (teamId) => {
        calls.push(teamId);
        return load(teamId);
      },
    });
    return { cache, clock, calls };
  }

  test('concurrent readers of one team share a single load', async () => {
    const { cache, calls } = cacheWith(async () => roster('u1'));
    const [a, b] = await Promise.all([cache.get('t1'), cache.get('t1')]);
    expect(a).toBe(b);
    expect(calls).toEqual(['t1']);
  });

  test('a loaded roster serves readers until it expires', async () => {
    const { cache, clock, calls } = cacheWith(async () => roster('u1'));
    await cache.get('t1');
    clock.now = 999;
    await cache.get('t1');
    expect(calls).toEqual(['t1']);
    clock.now = 1000;
    await cache.get('t1');
    expect(calls).toEqual(['t1', 't1']);
  });

  test('teams are cached separately and clear() forgets all of them', async () => {
    const { cache, calls } = cacheWith(async (t) => roster(t));
    await cache.get('t1');
    await cache.get('t2');
    cache.clear();
    await cache.get('t1');
    expect(calls).toEqual(['t1', 't2', 't1']);
  });

  test('a failed load is not kept', async () => {
    let fail = true;
    const { cache, calls } = cacheWith(async () => {
      if (fail) throw new Error('boom');
      return roster('u1');
    });
    await expect(cache.get('t1')).rejects.toThrow('boom');
    fail = false;
    expect((await cache.get('t1')).members.has('u1')).toBe(true);
    expect(calls).toEqual(['t1', 't1']);
  });
});

describe('litmos_course_assignment', () => {
  let user: LitmosUser;
  let courseId: string;
  let state: ObjectValue | null = null;
  const config = (over: Attrs = {}): Attrs => ({ user_id: user.Id, course_id: courseId, ...over });
  const assigned = (u: string, c: string) => sim.store.enrollments.get(u)?.has(c) ?? false;

  beforeAll(() => {
    user = ssoUser();
    courseId = courseCoded('SEC101').Id;
  });

  test('plans no e-mail by default', async () => {
    const p = await tf.plan(COURSE, config(), null);
    expect(p.errors).toEqual([]);
    expect(p.value.planned?.send_message).toBe(false);
    expect(p.value.planned?.id).toBeInstanceOf(Unknown);
  });

  test('create assigns the course', async () => {
    state = await tf.converge(COURSE, config(), null);
    expect(state).toEqual({
      id: `${user.Id}/${courseId}`,
      user_id: user.Id,
      course_id: courseId,
      send_message: false,
    });
    expect(assigned(user.Id, courseId)).toBe(true);
  });

  test('a create repeated after a crash keeps the one assignment and its progress', async () => {
    const orphan = ssoUser();
    sim.store.assignCourses(orphan.Id, [courseId]);
    sim.store.enrollments.get(orphan.Id)!.get(courseId)!.percentageComplete = 30;
    const again = await tf.converge(COURSE, { user_id: orphan.Id, course_id: courseId }, null);
    expect(again?.id).toBe(`${orphan.Id}/${courseId}`);
    expect(sim.store.enrollmentsOfUser(orphan.Id)).toHaveLength(1);
    expect(sim.store.enrollments.get(orphan.Id)!.get(courseId)!.percentageComplete).toBe(30);
  });

  test('a second plan after create has no changes, even after progress in Litmos', async () => {
    const enrollment = sim.store.enrollments.get(user.Id)!.get(courseId)!;
    enrollment.percentageComplete = 50;
    enrollment.completed = true;
    await expectNoChanges(tf, COURSE, config(), state!);
  });

  test('changing the course replaces the assignment', async () => {
    const p = await tf.plan(COURSE, config({ course_id: courseCoded('ONB100').Id }), state);
    expect(p.value.requiresReplace).toEqual(['course_id']);
  });

  test('imports <user_id>/<course_id>', async () => {
    const imported = await tf.importState(COURSE, `${user.Id}/${courseId}`);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toEqual(state);
  });

  test.each(['only', 'a/b/c', '/course'])('import ID %j is rejected with the expected form', async (id) => {
    const imported = await tf.importState(COURSE, id);
    expect(imported.errors.join()).toMatch(/Invalid Import ID.*<user_id>\/<course_id>/);
  });

  test('import of a course that is not assigned is a clear error', async () => {
    const imported = await tf.importState(COURSE, `${user.Id}/${courseCoded('COC200').Id}`);
    expect(imported.errors.join()).toMatch(/Assignment Not Found/);
  });

  test('a course that does not exist is a plan error on course_id; each course is read once', async () => {
    const missing = config({ course_id: 'no-such-course' });
    sim.resetStats();
    const p = await tf.plan(COURSE, missing, null);
    expect(p.errors.join()).toMatch(/Litmos Course Not Found.*"no-such-course"/);
    expect(errorPaths(p.diagnostics)).toEqual([[{ attribute_name: 'course_id' }]]);
    const other = ssoUser();
    const again = await tf.plan(COURSE, { user_id: other.Id, course_id: 'no-such-course' }, null);
    expect(again.errors).toHaveLength(1);
    expect(sim.stats().byRoute['GET /courses/{id}']).toBe(1);
  });

  test('assigning a course that does not exist is an error on course_id at apply too', async () => {
    const cfg = config({ course_id: 'no-such-course' });
    const p = await tf.plan(COURSE, cfg, null);
    const a = await tf.apply(COURSE, cfg, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Litmos Course Not Found/);
    expect(errorPaths(a.diagnostics)).toEqual([[{ attribute_name: 'course_id' }]]);
  });

  test('destroy unassigns the course', async () => {
    expect(await tf.converge(COURSE, null, state)).toBeNull();
    expect(assigned(user.Id, courseId)).toBe(false);
  });

  test('a course unassigned in Litmos leaves state on refresh', async () => {
    const s = await tf.converge(COURSE, config(), null);
    sim.store.unassignCourse(user.Id, courseId);
    // A new Terraform run is a new provider process, with nothing cached.
    const r = await (await startHarness()).read(COURSE, s!);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
  });

  test('destroying a course held by a learning path warns and leaves state', async () => {
    const cfg = config({ course_id: courseCoded('ONB100').Id });
    const s = await tf.converge(COURSE, cfg, null);
    sim.store.enrollments.get(user.Id)!.get(String(cfg.course_id))!.fromLearningPath = true;
    const a = await tf.apply(COURSE, null, s, null);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toBeNull();
    const warnings = a.diagnostics.filter((d) => d.severity === 'WARNING');
    expect(warnings.map((w) => w.summary)).toEqual(['Course Stays Assigned Through A Learning Path']);
    expect(assigned(user.Id, String(cfg.course_id))).toBe(true);
  });
});
