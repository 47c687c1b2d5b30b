/**
 * A provider block without Litmos credentials (a configuration that uses only ConductorOne, say):
 * every operation of the team and course resources says "Litmos Not Configured" once, sends
 * nothing, keeps state on refresh and update, and plans, creates or imports nothing.
 */
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { ObjectValue } from '../../src/tf/value.js';
import { ProviderHarness, type Attrs } from './provider-harness.js';

const NOT_CONFIGURED =
  'Litmos Not Configured: This resource needs the Litmos API. Set api_key and litmos_source in the provider ' +
  'block, or the LITMOS_API_KEY and LITMOS_SOURCE environment variables.';

let sim: LitmosSimulator;
let tf: ProviderHarness;
let bare: ProviderHarness;
let teamId: string;
/** The roster's own team: the membership planned above would clash with it in the same team. */
let rosterTeamId: string;
let userId: string;
let courseId: string;

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
  const unconfigured = await ProviderHarness.start({});
  expect(unconfigured.errors).toEqual([]);
  bare = unconfigured.harness;
  teamId = sim.store.createTeam('Unconfigured team', '').Id;
  rosterTeamId = sim.store.createTeam('Unconfigured roster team', '').Id;
  userId = sim.store.createUser({
    UserName: 'unconfigured@example.com',
    FirstName: 'Un',
    LastName: 'Configured',
  }).Id;
  courseId = sim.store.listCourses()[0]!.Id;
});
afterAll(() => sim.close());

interface Case {
  readonly type: string;
  readonly create: () => Attrs;
  readonly update: () => Attrs;
  readonly importId: () => string;
  /** Whether an update needs Litmos (litmos_team_course and litmos_course_assignment store it only). */
  readonly updateCallsLitmos: boolean;
}

const cases: Case[] = [
  {
    type: 'litmos_team',
    create: () => ({ name: 'Made without Litmos' }),
    update: () => ({ name: 'Renamed without Litmos' }),
    importId: () => teamId,
    updateCallsLitmos: true,
  },
  {
    type: 'litmos_team_course',
    create: () => ({ team_id: teamId, course_id: courseId }),
    update: () => ({ team_id: teamId, course_id: courseId, send_message: true }),
    importId: () => `${teamId}/${courseId}`,
    updateCallsLitmos: false,
  },
  {
    type: 'litmos_team_member',
    create: () => ({ team_id: teamId, user_id: userId, role: 'member' }),
    update: () => ({ team_id: teamId, user_id: userId, role: 'leader' }),
    importId: () => `${teamId}/${userId}`,
    updateCallsLitmos: true,
  },
  {
    type: 'litmos_team_members',
    create: () => ({ team_id: rosterTeamId, members: { [userId]: 'member' } }),
    update: () => ({ team_id: rosterTeamId, members: { [userId]: 'leader' } }),
    importId: () => rosterTeamId,
    updateCallsLitmos: true,
  },
  {
    type: 'litmos_course_assignment',
    create: () => ({ user_id: userId, course_id: courseId }),
    update: () => ({ user_id: userId, course_id: courseId, send_message: true }),
    importId: () => `${userId}/${courseId}`,
    updateCallsLitmos: false,
  },
];

describe.each(cases)('$type without Litmos credentials', (c) => {
  let state: ObjectValue;

  beforeAll(async () => {
    state = (await tf.converge(c.type, c.create(), null))!;
    expect(state).not.toBeNull();
  });

  test('create says so once, makes nothing and returns no state', async () => {
    const p = await tf.plan(c.type, c.create(), null);
    sim.resetStats();
    const a = await bare.apply(c.type, c.create(), null, p.value.planned);
    expect(a.errors).toEqual([NOT_CONFIGURED]);
    expect(a.value.state).toBeNull();
    expect(sim.stats().requests).toBe(0);
  });

  test('refresh says so once and keeps state', async () => {
    const r = await bare.read(c.type, state);
    expect(r.errors).toEqual([NOT_CONFIGURED]);
    expect(r.value).toEqual(state);
  });

  test('update keeps state', async () => {
    const p = await tf.plan(c.type, c.update(), state);
    sim.resetStats();
    const a = await bare.apply(c.type, c.update(), state, p.value.planned);
    if (c.updateCallsLitmos) {
      expect(a.errors).toEqual([NOT_CONFIGURED]);
      expect(a.value.state).toEqual(state);
    } else {
      expect(a.errors).toEqual([]);
    }
    expect(sim.stats().requests).toBe(0);
  });

  test('destroy says so once and sends nothing', async () => {
    sim.resetStats();
    const d = await bare.apply(c.type, null, state, null);
    expect(d.errors).toEqual([NOT_CONFIGURED]);
    expect(sim.stats().requests).toBe(0);
  });

  test('import says so once and imports nothing', async () => {
    const imported = await bare.importState(c.type, c.importId());
    expect(imported.errors).toEqual([NOT_CONFIGURED]);
    expect(imported.value).toBeNull();
  });
});

test.each([
  ['litmos_team_member', (): Attrs => ({ team_id: teamId, user_id: userId })],
  ['litmos_team_members', (): Attrs => ({ team_id: rosterTeamId, members: {} })],
  ['litmos_course_assignment', (): Attrs => ({ user_id: userId, course_id: 'any-course' })],
])('%s plans say so once (the plan-time checks need Litmos)', async (type, config) => {
  const p = await bare.plan(type, config(), null);
  expect(p.errors).toEqual([NOT_CONFIGURED]);
});
