/**
 * An apply of 150 `litmos_user` resources through real terraform, with the simulator and the
 * provider both at their default budget of 100 requests a minute (no override anywhere).
 *
 * Terraform configures a fresh provider process for the plan and another for the apply, each with
 * its own in-process budget of 100, and the simulator counts per key in fixed windows. So the
 * apply's first burst of 100 can meet a window that the plan's requests already opened, and get a
 * 503 or a few: the design does not guarantee zero rejections, and the test does not assert it.
 * What it asserts is that every rejection is absorbed (cool-down, probe, retry) so that no error
 * and no warning reaches the user, that 150 users exist, and that the next plan is empty.
 *
 * The destroy (150 deactivations, three calls each) would take about five minutes at 100 a minute,
 * so before it the test raises the simulator's limit at run time through its control API
 * (`PUT /_sim/rate-limit`) and the provider's budget with `LITMOS_REQUESTS_PER_MINUTE`.
 */
import { bulkUsersConfig } from '../../scripts/hcl.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import type { SimulatorStats } from '../../src/simulators/litmos/stats.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir } from './terraform-harness.js';

const USERS = 150;
const PREFIX = 'rl-e2e';

const ours = (sim: LitmosSimulator) =>
  [...sim.store.users.values()].filter((u) => u.UserName.startsWith(`${PREFIX}-`));

describeWithTerraform(`an apply of ${USERS} users at the default 100 requests/minute`, (terraform) => {
  let sim: LitmosSimulator;
  let wd: TerraformWorkdir;
  let applyStats: SimulatorStats | undefined;

  beforeAll(async () => {
    sim = await startLitmosSimulator();
    wd = new TerraformWorkdir(terraform, {
      LITMOS_API_KEY: sim.apiKey,
      LITMOS_SOURCE: sim.source,
      LITMOS_BASE_URL: sim.baseUrl,
    });
    wd.write('main.tf', bulkUsersConfig(USERS, PREFIX));
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    if (applyStats) {
      process.stdout.write(
        `rate-limited apply of ${USERS} users: ${applyStats.requests} requests, ${applyStats.rejected} rejected with 503\n`,
      );
    }
    wd?.remove();
    await sim?.close();
  });

  test('the simulator runs at the default budget', () => {
    expect(sim.rateLimiter.requestsPerMinute).toBe(100);
  });

  test('apply succeeds with no error and no warning, and creates every user', async () => {
    sim.resetStats();
    const r = await wd.run(['apply', '-auto-approve', '-no-color']);
    applyStats = sim.stats();
    const output = `${r.stdout}\n${r.stderr}`;
    expect(output).not.toMatch(/Error:|Warning:/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Apply complete! Resources: ${USERS} added, 0 changed, 0 destroyed.`);
    const users = ours(sim);
    expect(users).toHaveLength(USERS);
    expect(users.every((u) => u.Active)).toBe(true);
    expect(resourcesOf(await wd.state())).toHaveLength(USERS);
  });

  test('the next plan is empty', async () => {
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('destroy deactivates every user (simulator and provider budgets raised at run time)', async () => {
    const response = await fetch(`${sim.origin}/_sim/rate-limit`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requestsPerMinute: 100_000 }),
    });
    expect(response.status).toBe(200);
    await wd.must(['destroy', '-auto-approve', '-no-color'], [0], { LITMOS_REQUESTS_PER_MINUTE: '100000' });
    const users = ours(sim);
    expect(users).toHaveLength(USERS);
    expect(users.some((u) => u.Active)).toBe(false);
  });
});
