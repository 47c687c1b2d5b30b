/**
 * Three Terraform working directories applied at the same time against ONE simulator key limited
 * to N requests a minute, sharing the key's budget through a real `redis-server` on loopback:
 * the simulator rejects nothing, and the whole run takes about as long as the budget demands.
 *
 * Sizing: each directory makes 2 + USERS requests (a credentials check when the plan walk and the
 * apply walk configure the provider, then one create per user), 36 in all. With N = 32 the
 * first window serves 32 and the rest wait for the second window, about one minute later; the
 * theoretical minimum requests/N is 36/32 minutes = 67.5 s.
 */
import { findRedisServer, startRedisServer, type RedisServer } from '../../scripts/redis-server.js';
import { runSharedBudgetScenario } from '../../scripts/shared-budget-scenario.js';
import { startLitmosSimulator, type LitmosSimulator } from '../../src/simulators/litmos/index.js';
import { describeWithTerraform } from './terraform-harness.js';

const WORKDIRS = 3;
const USERS = 10;
const REQUESTS_PER_MINUTE = 32;

const redisBin = findRedisServer();

describeWithTerraform('one Litmos budget shared by three terraform processes', (terraform) => {
  if (redisBin === undefined) {
    process.stderr.write('SKIP shared budget e2e: redis-server is not on PATH\n');
    test.skip('redis-server is not installed', () => undefined);
    return;
  }
  let sim: LitmosSimulator;
  let redis: RedisServer;

  beforeAll(async () => {
    sim = await startLitmosSimulator({ requestsPerMinute: REQUESTS_PER_MINUTE });
    redis = await startRedisServer({ password: 'e2e-redis-password' });
  });
  afterAll(async () => {
    await redis?.stop();
    await sim?.close();
  });

  test('zero rejected requests, in about requests/N minutes', async () => {
    const r = await runSharedBudgetScenario({
      terraform,
      sim,
      workdirs: WORKDIRS,
      usersEach: USERS,
      requestsPerMinute: REQUESTS_PER_MINUTE,
      redisUrl: redis.url,
    });
    process.stderr.write(
      `shared budget e2e: ${r.stats.requests} requests, ${r.stats.rejected} rejected, ` +
        `${(r.wallMs / 1000).toFixed(1)} s wall, theoretical ${(r.theoreticalMs / 1000).toFixed(1)} s, ` +
        `ratio ${(r.wallMs / r.theoreticalMs).toFixed(3)}\n`,
    );
    for (const run of r.runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Apply complete! Resources: 10 added/);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/Warning|e2e-redis-password/);
    }
    expect(r.stats.rejected).toBe(0);
    expect(r.stats.requests).toBe(WORKDIRS * (USERS + 2));
    expect(sim.store.findUser(`w2-u${USERS - 1}@example.com`)?.Active).toBe(true);
    // How close the wall time comes to requests/N is a benchmark figure (npm run
    // bench:shared-budget), printed above; tests never assert a duration.
  });
});
