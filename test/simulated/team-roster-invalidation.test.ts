/**
 * The team-member roster cache of a provider process is dropped by any write through the same
 * Litmos client, so a user deactivated by `litmos_user` in the same run is not still reported as
 * a team member.
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

test('a user deactivated through litmos_user drops out of a cached team roster at once', async () => {
  const team = sim.store.listTeams().find((t) => t.Name === 'Sales')!;
  const user = await tf.converge(
    'litmos_user',
    { username: 'roster.check@example.com', first_name: 'Roster', last_name: 'Check' },
    null,
  );
  const membership = await tf.converge('litmos_team_member', { team_id: team.Id, user_id: user!.id }, null);

  // Warm the roster cache with a read, then deactivate the user through the provider.
  expect((await tf.read('litmos_team_member', membership!)).value).not.toBeNull();
  await tf.converge('litmos_user', null, user);
  expect(sim.store.findUser('roster.check@example.com')?.Active).toBe(false);

  const after = await tf.read('litmos_team_member', membership!);
  expect(after.errors).toEqual([]);
  expect(after.value).toBeNull();
});
