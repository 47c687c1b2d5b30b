/**
 * `litmos_team_course` beyond the happy path: import IDs, in-place changes that send nothing,
 * which attribute a failure is reported on, and what refresh and destroy do when the team is
 * gone or Litmos refuses. Against the simulator, through the provider server.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { teamCourses } from '../../src/simulators/litmos/team-changes.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const TEAM_COURSE = 'litmos_team_course';

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
afterEach(() => sim.faults.clear());

const newTeam = (): string => sim.store.createTeam(`Course lifecycle ${(serial += 1)}`, '').Id;
const courseIds = (): string[] => sim.store.listCourses().map((c) => c.Id);
const placed = (teamId: string) => teamCourses(sim.store, teamId);
const paths = (diags: { severity: string; attribute?: { steps: unknown[] } }[]): unknown[] =>
  diags.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps);
const refuseNext = (route: string): void => {
  sim.faults.failNext(1, route, { kind: 'status', status: 400 });
};

describe('import', () => {
  test('<team_id>/<course_id>/library imports a Team Course Library placement', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    const lib = (await tf.converge(
      TEAM_COURSE,
      { team_id: teamId, course_id: courseId, team_library: true },
      null,
    ))!;
    const imported = await tf.importState(TEAM_COURSE, `${teamId}/${courseId}/library`);
    expect(imported.errors).toEqual([]);
    expect(imported.value).toEqual({ ...lib, include_subteams: false, send_message: false });
  });

  test.each([
    'only-team',
    'team/course/tab',
    'team/course/library/extra',
    '/course',
    'team/',
    '/course/library',
  ])('import ID %j is rejected with both accepted forms', async (id) => {
    const imported = await tf.importState(TEAM_COURSE, id);
    expect(imported.errors).toEqual([
      `Invalid Import ID: Expected "<team_id>/<course_id>" or "<team_id>/<course_id>/library", got ${JSON.stringify(id)}.`,
    ]);
    expect(imported.value).toBeNull();
  });

  test('a course on the Courses tab is not found in the library, and the message says where it looked', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseId }, null);
    const imported = await tf.importState(TEAM_COURSE, `${teamId}/${courseId}/library`);
    expect(imported.errors).toEqual([
      `Litmos Team Course Not Found: Course ${courseId} is not assigned to Litmos team ${teamId}'s Team Course Library (or the team does not exist).`,
    ]);
    expect(imported.value).toBeNull();
  });

  test('a team that does not exist is reported as not found', async () => {
    const imported = await tf.importState(TEAM_COURSE, 'no-such-team/c1');
    expect(imported.errors).toEqual([
      'Litmos Team Course Not Found: Course c1 is not assigned to Litmos team no-such-team (or the team does not exist).',
    ]);
  });

  test('an import Litmos refuses for another reason names the import ID', async () => {
    const teamId = newTeam();
    refuseNext('GET /teams/{id}/courses');
    const imported = await tf.importState(TEAM_COURSE, `${teamId}/c1`);
    expect(imported.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Importing Litmos team course "${teamId}/c1"`),
      ),
    ]);
    expect(imported.value).toBeNull();
  });
});

describe('create, update and refresh', () => {
  test('an assignment to a team that does not exist is an error on team_id', async () => {
    const config = { team_id: 'no-such-team', course_id: courseIds()[0] };
    const p = await tf.plan(TEAM_COURSE, config, null);
    const a = await tf.apply(TEAM_COURSE, config, null, p.value.planned);
    expect(a.errors.join()).toMatch(/Assigning Litmos course .* to team no-such-team/);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'team_id' }]]);
    expect(a.value.state).toBeNull();
  });

  test('an unknown course is reported on course_id', async () => {
    const config = { team_id: newTeam(), course_id: 'no-such-course' };
    const p = await tf.plan(TEAM_COURSE, config, null);
    const a = await tf.apply(TEAM_COURSE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos Course Not Assigned To Team: Assigning Litmos course no-such-course to team ${String(config.team_id)}: ` +
        "Litmos accepted the request, but the course is not among the team's courses. Check that the course ID exists.",
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'course_id' }]]);
  });

  test('send_message and include_subteams change in place and send nothing to Litmos', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    const config = (over: Attrs): Attrs => ({ team_id: teamId, course_id: courseId, ...over });
    const state = (await tf.converge(TEAM_COURSE, config({}), null))!;
    const p = await tf.plan(TEAM_COURSE, config({ send_message: true, include_subteams: true }), state);
    expect(p.value.requiresReplace).toEqual([]);
    sim.resetStats();
    const a = await tf.apply(
      TEAM_COURSE,
      config({ send_message: true, include_subteams: true }),
      state,
      p.value.planned,
    );
    expect(a.errors).toEqual([]);
    expect(a.value.state).toEqual({ ...state, send_message: true, include_subteams: true });
    expect(sim.stats().requests).toBe(0);
    const back = (await tf.converge(TEAM_COURSE, config({}), a.value.state))!;
    expect(back).toEqual(state);
  });

  test('a library placement on the tab only, or the tab placement in the library only, is gone on refresh', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    const tab = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseId }, null))!;
    const lib = (await tf.converge(
      TEAM_COURSE,
      { team_id: teamId, course_id: courseId, team_library: true },
      null,
    ))!;
    await tf.apply(TEAM_COURSE, null, tab, null);
    expect(placed(teamId)).toEqual([{ courseId, placement: 'library' }]);
    expect((await tf.read(TEAM_COURSE, tab)).value).toBeNull();
    expect((await tf.read(TEAM_COURSE, lib)).value).toEqual(lib);
  });

  test('a team deleted in Litmos takes its course placements out of state', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseIds()[0] }, null))!;
    sim.store.teams.delete(teamId);
    const r = await tf.read(TEAM_COURSE, state);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
  });

  test('a failed read is an error naming the team, and state is kept', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseIds()[0] }, null))!;
    refuseNext('GET /teams/{id}/courses');
    const r = await tf.read(TEAM_COURSE, state);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Reading the courses of Litmos team ${teamId}:`),
      ),
    ]);
    expect(r.value).toEqual(state);
  });
});

describe('destroy', () => {
  test('destroying a placement of a team deleted in Litmos succeeds', async () => {
    const teamId = newTeam();
    const state = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseIds()[0] }, null))!;
    sim.store.teams.delete(teamId);
    const d = await tf.apply(TEAM_COURSE, null, state, null);
    expect(d.errors).toEqual([]);
  });

  test('a refused unassign is an error naming course and team, and the course stays', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    const state = (await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseId }, null))!;
    refuseNext('DELETE /teams/{id}/courses');
    const d = await tf.apply(TEAM_COURSE, null, state, null);
    expect(d.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Unassigning Litmos course ${courseId} from team ${teamId}:`),
      ),
    ]);
    expect(placed(teamId)).toEqual([{ courseId, placement: 'courses' }]);
  });

  test('destroying a library placement leaves the same course on the Courses tab', async () => {
    const teamId = newTeam();
    const [courseId] = courseIds();
    await tf.converge(TEAM_COURSE, { team_id: teamId, course_id: courseId }, null);
    const lib = (await tf.converge(
      TEAM_COURSE,
      { team_id: teamId, course_id: courseId, team_library: true },
      null,
    ))!;
    expect((await tf.apply(TEAM_COURSE, null, lib, null)).errors).toEqual([]);
    expect(placed(teamId)).toEqual([{ courseId, placement: 'courses' }]);
  });
});
