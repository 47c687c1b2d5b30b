/**
 * `litmos_course_assignment` beyond the happy path: when the plan-time course check runs (and
 * when it stays quiet), which attribute an apply failure is reported on and why, an in-place
 * `send_message` change, and refresh, import and destroy when Litmos fails or the user is gone.
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
afterEach(() => sim.faults.clear());

/** A user made outside Terraform (by SSO): this provider has not seen them. */
function ssoUser(): LitmosUser {
  serial += 1;
  return sim.store.createUser({
    UserName: `assign${serial}@example.com`,
    FirstName: `Assign${serial}`,
    LastName: 'User',
    SkipFirstLogin: true,
  });
}

const firstCourse = (): string => sim.store.listCourses()[0]!.Id;
const route = (r: string): number => sim.stats().byRoute[r] ?? 0;
const paths = (diags: { severity: string; attribute?: { steps: unknown[] } }[]): unknown[] =>
  diags.filter((d) => d.severity === 'ERROR').map((d) => d.attribute?.steps);
const refuseNext = (r: string, status = 400): void => {
  sim.faults.failNext(1, r, { kind: 'status', status });
};

describe('the plan-time course check', () => {
  test('a course the prior state already has is not read again, even if it is gone', async () => {
    const user = ssoUser();
    const courseId = sim.store.createCourse({ Name: `Doomed ${serial}`, Code: `D${serial}` }).Id;
    const config: Attrs = { user_id: user.Id, course_id: courseId };
    const fresh = await startHarness();
    const state = (await fresh.converge(COURSE, config, null))!;
    sim.store.courses.delete(courseId);
    sim.resetStats();
    const p = await (await startHarness()).plan(COURSE, config, state);
    expect(p.errors).toEqual([]);
    expect(route('GET /courses/{id}')).toBe(0);
  });

  test('a course ID not known until apply is not checked at plan time', async () => {
    sim.resetStats();
    const p = await tf.plan(COURSE, { user_id: ssoUser().Id, course_id: new Unknown() }, null);
    expect(p.errors).toEqual([]);
    expect(route('GET /courses/{id}')).toBe(0);
  });

  test('a course changed to one not known until apply is not checked at plan time either', async () => {
    const user = ssoUser();
    const state = (await tf.converge(COURSE, { user_id: user.Id, course_id: firstCourse() }, null))!;
    sim.resetStats();
    const p = await (
      await startHarness()
    ).plan(COURSE, { user_id: user.Id, course_id: new Unknown() }, state);
    expect(p.errors).toEqual([]);
    expect(p.value.requiresReplace).toEqual(['course_id']);
    expect(route('GET /courses/{id}')).toBe(0);
  });

  test('a course read that fails for another reason leaves the question to the apply', async () => {
    const fresh = await startHarness();
    refuseNext('GET /courses/{id}');
    const p = await fresh.plan(COURSE, { user_id: ssoUser().Id, course_id: 'maybe-course' }, null);
    expect(p.errors).toEqual([]);
    expect(route('GET /courses/{id}')).toBeGreaterThan(0);
  });
});

describe('apply', () => {
  test('an assignment to a user who does not exist is an error on user_id', async () => {
    const config = { user_id: 'no-such-user', course_id: firstCourse() };
    const p = await tf.plan(COURSE, config, null);
    const a = await tf.apply(COURSE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Object Not Found: Assigning Litmos course ${firstCourse()} to user no-such-user:`,
        ),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'user_id' }]]);
    expect(a.value.state).toBeNull();
  });

  test('an existing course Litmos accepted but did not assign is an error on course_id that says to apply again', async () => {
    const user = ssoUser();
    const config = { user_id: user.Id, course_id: firstCourse() };
    const p = await tf.plan(COURSE, config, null);
    // Litmos answers the assignment with success without making it.
    sim.faults.failNext(1, 'POST /users/{id}/courses', { kind: 'status', status: 200 });
    const a = await tf.apply(COURSE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      `Litmos Course Not Assigned: Assigning Litmos course ${firstCourse()} to user ${user.Id}: Litmos accepted ` +
        "the request, but the course is not among the user's courses. Apply again; report it if it persists.",
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'course_id' }]]);
    expect(a.value.state).toBeNull();
  });

  test('when even the course read fails after such an assignment, that failure is reported on course_id', async () => {
    const user = ssoUser();
    const config = { user_id: user.Id, course_id: firstCourse() };
    const p = await tf.plan(COURSE, config, null);
    sim.faults.failNext(1, 'POST /users/{id}/courses', { kind: 'status', status: 200 });
    refuseNext('GET /courses/{id}');
    const a = await tf.apply(COURSE, config, null, p.value.planned);
    expect(a.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Rejected The Value: Assigning Litmos course ${firstCourse()} to user ${user.Id}:`,
        ),
      ),
    ]);
    expect(paths(a.diagnostics)).toEqual([[{ attribute_name: 'course_id' }]]);
  });

  test('a course that does not exist names the course ID at apply', async () => {
    const config = { user_id: ssoUser().Id, course_id: 'no-such-course' };
    const p = await tf.plan(COURSE, config, null);
    const a = await tf.apply(COURSE, config, null, p.value.planned);
    expect(a.errors).toContain(
      `Litmos Course Not Found: Assigning Litmos course no-such-course to user ${String(config.user_id)}: ` +
        'no Litmos course has the ID "no-such-course".',
    );
  });

  test('no e-mail goes out unless send_message is true, and then with this course only', async () => {
    const [quiet, greeted] = [ssoUser(), ssoUser()];
    const mailed = (userId: string) =>
      sentMessages(sim.store).filter((m) => 'userId' in m && m.userId === userId);
    await tf.converge(COURSE, { user_id: quiet.Id, course_id: firstCourse() }, null);
    expect(mailed(quiet.Id)).toEqual([]);
    const state = await tf.converge(
      COURSE,
      { user_id: greeted.Id, course_id: firstCourse(), send_message: true },
      null,
    );
    expect(state?.send_message).toBe(true);
    expect(mailed(greeted.Id)).toEqual([{ kind: 'user-courses', userId: greeted.Id, ids: [firstCourse()] }]);
  });

  test('send_message changes in place, sends nothing, and is kept in state', async () => {
    const user = ssoUser();
    const config = (send: boolean): Attrs => ({
      user_id: user.Id,
      course_id: firstCourse(),
      send_message: send,
    });
    const state = (await tf.converge(COURSE, config(false), null))!;
    const p = await tf.plan(COURSE, config(true), state);
    expect(p.value.requiresReplace).toEqual([]);
    sim.resetStats();
    const a = await tf.apply(COURSE, config(true), state, p.value.planned);
    expect(a.errors).toEqual([]);
    expect(a.value.state).toEqual({ ...state, send_message: true });
    expect(sim.stats().requests).toBe(0);
    expect(await tf.converge(COURSE, config(false), a.value.state)).toEqual(state);
  });
});

describe('refresh, import and destroy', () => {
  test('a failed read is an error naming the user, and state is kept', async () => {
    const user = ssoUser();
    const state = (await tf.converge(COURSE, { user_id: user.Id, course_id: firstCourse() }, null))!;
    const fresh = await startHarness();
    refuseNext('GET /users/{id}/courses');
    const r = await fresh.read(COURSE, state);
    expect(r.errors).toEqual([
      expect.stringMatching(
        new RegExp(`^Litmos Rejected The Value: Reading the courses of Litmos user ${user.Id}:`),
      ),
    ]);
    expect(r.value).toEqual(state);
  });

  test('a user deleted in Litmos takes the assignment out of state, and destroying it succeeds', async () => {
    const user = ssoUser();
    const state = (await tf.converge(COURSE, { user_id: user.Id, course_id: firstCourse() }, null))!;
    sim.store.deleteUser(user.Id);
    const r = await (await startHarness()).read(COURSE, state);
    expect(r.errors).toEqual([]);
    expect(r.value).toBeNull();
    expect((await tf.apply(COURSE, null, state, null)).errors).toEqual([]);
  });

  test('importing an assignment of a user who does not exist is not found', async () => {
    const imported = await tf.importState(COURSE, `no-such-user/${firstCourse()}`);
    expect(imported.errors).toEqual([
      `Litmos Course Assignment Not Found: Course ${firstCourse()} is not assigned to Litmos user no-such-user ` +
        '(or the user does not exist).',
    ]);
    expect(imported.value).toBeNull();
  });

  test('an import Litmos refuses for another reason names the import ID', async () => {
    const user = ssoUser();
    const fresh = await startHarness();
    refuseNext('GET /users/{id}/courses');
    const imported = await fresh.importState(COURSE, `${user.Id}/${firstCourse()}`);
    expect(imported.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Rejected The Value: Importing Litmos course assignment "${user.Id}/${firstCourse()}"`,
        ),
      ),
    ]);
    expect(imported.value).toBeNull();
  });

  test('an unassign Litmos refuses (other than for a learning path) is an error, not a warning', async () => {
    const user = ssoUser();
    const state = (await tf.converge(COURSE, { user_id: user.Id, course_id: firstCourse() }, null))!;
    refuseNext('DELETE /users/{id}/courses/{courseId}');
    const d = await tf.apply(COURSE, null, state, null);
    expect(d.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Litmos Rejected The Value: Unassigning Litmos course ${firstCourse()} from user ${user.Id}:`,
        ),
      ),
    ]);
    expect(d.diagnostics.filter((x) => x.severity === 'WARNING')).toEqual([]);
    expect(sim.store.enrollments.get(user.Id)?.has(firstCourse())).toBe(true);
  });

  test('a learning-path course warns with the user and course named', async () => {
    const user = ssoUser();
    const courseId = firstCourse();
    const state = (await tf.converge(COURSE, { user_id: user.Id, course_id: courseId }, null))!;
    sim.store.enrollments.get(user.Id)!.get(courseId)!.fromLearningPath = true;
    const d = await tf.apply(COURSE, null, state, null);
    expect(d.errors).toEqual([]);
    expect(d.diagnostics.map((x) => [x.severity, x.detail])).toEqual([
      [
        'WARNING',
        `Litmos course ${courseId} is part of a learning path assigned to user ${user.Id}, so Litmos keeps it ` +
          'assigned. Terraform no longer manages this assignment; unassign the learning path in Litmos to remove ' +
          'the course.',
      ],
    ]);
  });
});
