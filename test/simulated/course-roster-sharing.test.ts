/**
 * The course rosters a provider process shares (`course-roster.ts`): the `litmos_courses` data
 * source's `include_assignments` reads each course's users once per run, and any write through
 * the provider makes the next read list them afresh. Against the simulator.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { ProviderHarness } from './provider-harness.js';

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

const assignedIds = async (name: string): Promise<string[] | null> => {
  const r = await tf.readData('litmos_courses', { name_filter: name, include_assignments: true });
  expect(r.errors).toEqual([]);
  return (r.value?.courses as { assigned_user_ids: string[] | null }[])[0]!.assigned_user_ids;
};

test('a course roster is listed once per run, and again after a write through the provider', async () => {
  const course = sim.store.createCourse({ Code: 'SHR1', Name: 'Shared Roster' });
  const [first, second] = ['first', 'second'].map((n) =>
    sim.store.createUser({ UserName: `shared.${n}@example.com`, FirstName: n, LastName: 'Learner' }),
  );
  sim.store.assignCourses(first!.Id, [course.Id]);
  sim.resetStats();
  expect(await assignedIds('Shared Roster')).toEqual([first!.Id]);
  expect(await assignedIds('Shared Roster')).toEqual([first!.Id]);
  expect(sim.stats().byRoute['GET /courses/{id}/users']).toBe(1);

  // Assigned outside Terraform: the shared roster does not see it yet.
  sim.store.assignCourses(second!.Id, [course.Id]);
  expect(await assignedIds('Shared Roster')).toEqual([first!.Id]);

  // A write through the provider (any write) drops the shared rosters.
  const written = await tf.converge('litmos_team', { name: 'Roster writer' }, null);
  expect(written).not.toBeNull();
  expect(await assignedIds('Shared Roster')).toEqual([first!.Id, second!.Id].sort());
  expect(sim.stats().byRoute['GET /courses/{id}/users']).toBe(2);
});
