/**
 * `litmos_team` and `litmos_team_course` through the provider server against the simulator.
 *
 * @mutation-whole-file (its tests build on one another: mutation runs run it whole, test/mutation/bail-environment.js)
 */
import {
  sentMessages,
  startLitmosSimulator,
  type LitmosSimulator,
} from '../../src/simulators/litmos/index.js';
import { teamCourses } from '../../src/simulators/litmos/team-changes.js';
import { Unknown, type ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const TEAM = 'litmos_team';
const TEAM_COURSE = 'litmos_team_course';

let sim: LitmosSimulator;
let tf: ProviderHarness;

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

async function expectNoChanges(type: string, config: Attrs, state: ObjectValue) {
  const refreshed = await tf.read(type, state);
  expect(refreshed.errors).toEqual([]);
  const p = await tf.plan(type, config, refreshed.value);
  expect(p.errors).toEqual([]);
  expect(p.value.requiresReplace).toEqual([]);
  expect(p.value.planned).toEqual(refreshed.value);
}

describe('litmos_team', () => {
  let root: ObjectValue;
  let child: ObjectValue;
  const rootConfig = (name: string): Attrs => ({ name, description: 'Everyone in ops' });

  test('a top-level team is created with its bulk-import code known after apply', async () => {
    const p = await tf.plan(TEAM, rootConfig('Ops'), null);
    expect(p.value.planned?.code_for_bulk_import).toBeInstanceOf(Unknown);
    root = (await tf.converge(TEAM, rootConfig('Ops'), null))!;
    const stored = sim.store.teams.get(root.id as string)!;
    expect(root).toMatchObject({
      name: 'Ops',
      description: 'Everyone in ops',
      parent_team_id: null,
      code_for_bulk_import: stored.TeamCodeForBulkImport,
    });
    await expectNoChanges(TEAM, rootConfig('Ops'), root);
  });

  test('a sub-team names its parent, and renaming it is an update in place', async () => {
    const config = (name: string): Attrs => ({ name, parent_team_id: root.id });
    child = (await tf.converge(TEAM, config('Ops on call'), null))!;
    expect(sim.store.teams.get(child.id as string)?.ParentTeamId).toBe(root.id);
    const p = await tf.plan(TEAM, config('Ops pager'), child);
    expect(p.value.requiresReplace).toEqual([]);
    child = (await tf.converge(TEAM, config('Ops pager'), child))!;
    expect(sim.store.teams.get(child.id as string)?.Name).toBe('Ops pager');
    await expectNoChanges(TEAM, config('Ops pager'), child);
  });

  test('a new parent replaces the team', async () => {
    const p = await tf.plan(TEAM, { name: 'Ops pager', parent_team_id: 'other' }, child);
    expect(p.value.requiresReplace).toEqual(['parent_team_id']);
  });

  test('a rename in Litmos shows on refresh and the next apply puts the name back', async () => {
    const stored = sim.store.teams.get(root.id as string)!;
    sim.store.teams.set(stored.Id, { ...stored, Name: 'Ops (renamed by hand)' });
    const refreshed = (await tf.read(TEAM, root)).value!;
    expect(refreshed.name).toBe('Ops (renamed by hand)');
    root = (await tf.converge(TEAM, rootConfig('Ops'), refreshed))!;
    expect(sim.store.teams.get(root.id as string)?.Name).toBe('Ops');
  });

  test('a name another team has is a clear error on name', async () => {
    const a = await tf.plan(TEAM, { name: 'Engineering' }, null);
    const applied = await tf.apply(TEAM, { name: 'Engineering' }, null, a.value.planned);
    expect(applied.errors.join()).toMatch(/already exists/);
    expect(applied.value.state).toBeNull();
  });

  test('import by ID reads parent and code from the team listing', async () => {
    const imported = await tf.importState(TEAM, child.id as string);
    expect(imported.errors).toEqual([]);
    const full = (await tf.read(TEAM, imported.value!)).value;
    expect(full).toMatchObject({ id: child.id, name: 'Ops pager', parent_team_id: root.id });
    expect((await tf.importState(TEAM, 'no-such-team')).errors.join()).toMatch(/Litmos Team Not Found/);
  });

  test('an imported team whose configuration leaves out the description keeps it, also through a rename', async () => {
    const made = sim.store.createTeam('Adopted team', 'Written in Litmos');
    const imported = (await tf.importState(TEAM, made.Id)).value!;
    expect(imported.description).toBe('Written in Litmos');
    await expectNoChanges(TEAM, { name: 'Adopted team' }, imported);
    const renamed = (await tf.converge(TEAM, { name: 'Adopted team, renamed' }, imported))!;
    expect(renamed.description).toBe('Written in Litmos');
    expect(sim.store.teams.get(made.Id)).toMatchObject({
      Name: 'Adopted team, renamed',
      Description: 'Written in Litmos',
    });
  });

  test('destroy deletes the sub-team, then the parent; a deleted team leaves state', async () => {
    await tf.apply(TEAM, null, child, null);
    expect(sim.store.teams.has(child.id as string)).toBe(false);
    const destroyed = await tf.apply(TEAM, null, root, null);
    expect(destroyed.errors).toEqual([]);
    expect((await tf.read(TEAM, root)).value).toBeNull();
  });
});

describe('litmos_team_course', () => {
  let teamId: string;
  let courseId: string;
  beforeAll(() => {
    teamId = sim.store.createTeam('Course team', '').Id;
    courseId = sim.store.listCourses()[0]!.Id;
  });

  test('a course goes on the Courses tab and in the library as two resources; destroy takes one off', async () => {
    const tab = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseId }, null))!;
    const lib = (await tf.converge(
      TEAM_COURSE,
      { team_id: teamId, course_id: courseId, team_library: true },
      null,
    ))!;
    expect(tab.id).toBe(`${teamId}/${courseId}`);
    expect(lib.id).toBe(`${teamId}/${courseId}/library`);
    await expectNoChanges(TEAM_COURSE, { team_id: teamId, course_id: courseId }, tab);
    await tf.apply(TEAM_COURSE, null, lib, null);
    expect((await tf.read(TEAM_COURSE, lib)).value).toBeNull();
    expect((await tf.read(TEAM_COURSE, tab)).value).toMatchObject({ team_library: false });
    const imported = await tf.importState(TEAM_COURSE, `${teamId}/${courseId}`);
    expect(imported.value).toMatchObject({ id: tab.id, team_library: false });
  });

  test('no e-mail goes out unless send_message is true', async () => {
    const [, second, third] = sim.store.listCourses();
    const mailed = () => sentMessages(sim.store).filter((m) => 'teamId' in m && m.teamId === teamId);
    await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: second!.Id }, null);
    expect(mailed()).toEqual([]);
    await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: third!.Id, send_message: true }, null);
    expect(mailed()).toEqual([{ kind: 'team-courses', teamId, ids: [third!.Id] }]);
  });

  test('include_subteams places the course in every sub-team too; destroy takes it from the team only', async () => {
    const parent = sim.store.createTeam('Course parent', '');
    const child = sim.store.createTeam('Course child', '', parent.Id);
    const grandchild = sim.store.createTeam('Course grandchild', '', child.Id);
    const placed = (id: string) => teamCourses(sim.store, id).map((c) => c.courseId);
    const config: Attrs = { team_id: parent.Id, course_id: courseId, include_subteams: true };
    const state = (await tf.converge(TEAM_COURSE, config, null))!;
    expect([placed(parent.Id), placed(child.Id), placed(grandchild.Id)]).toEqual([
      [courseId],
      [courseId],
      [courseId],
    ]);
    await expectNoChanges(TEAM_COURSE, config, state);
    await tf.apply(TEAM_COURSE, null, state, null);
    expect([placed(parent.Id), placed(child.Id)]).toEqual([[], [courseId]]);
  });

  test('an unknown course is an error on course_id and nothing enters state', async () => {
    const p = await tf.plan(TEAM_COURSE, { team_id: teamId, course_id: 'no-such-course' }, null);
    const applied = await tf.apply(
      TEAM_COURSE,
      { team_id: teamId, course_id: 'no-such-course' },
      null,
      p.value.planned,
    );
    expect(applied.errors.join()).toMatch(/Litmos Course Not Assigned To Team/);
    expect(applied.value.state).toBeNull();
  });
});
