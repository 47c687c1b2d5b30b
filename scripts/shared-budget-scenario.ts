/**
 * The scenario behind the shared-budget e2e test and benchmark: several Terraform working
 * directories, each creating its own users, applied at the same time against ONE simulator key
 * limited to `requestsPerMinute`, with or without a Redis server holding the shared budget.
 */
import type { LitmosSimulator, SimulatorStats } from '../src/simulators/litmos/index.js';
import { providerBlock } from './hcl.js';
import { TerraformWorkdir, type RunResult } from './terraform-runner.js';

export interface SharedBudgetScenario {
  readonly terraform: string;
  readonly sim: LitmosSimulator;
  /** Working directories applied at once (one provider process per plan/apply walk each). */
  readonly workdirs: number;
  readonly usersEach: number;
  /** The key's budget, told to the provider too (`LITMOS_REQUESTS_PER_MINUTE`). */
  readonly requestsPerMinute: number;
  /** `LITMOS_REDIS_URL`; without it every process throttles only itself. */
  readonly redisUrl?: string;
}

export interface ScenarioResult {
  readonly wallMs: number;
  readonly stats: SimulatorStats;
  readonly runs: RunResult[];
  /** `stats.requests / requestsPerMinute` minutes, in ms. */
  readonly theoreticalMs: number;
}

function configuration(dir: number, users: number): string {
  const resources = Array.from(
    { length: users },
    (_, i) =>
      `resource "litmos_user" "u${i}" {\n` +
      `  username   = "w${dir}-u${i}@example.com"\n` +
      `  first_name = "W${dir}"\n` +
      `  last_name  = "User ${i}"\n` +
      `}\n`,
  );
  return [providerBlock, ...resources].join('\n');
}

/**
 * Prepares and inits the working directories, resets the simulator's counters and rate windows,
 * then applies all of them at once and measures from the first start to the last exit.
 */
export async function runSharedBudgetScenario(s: SharedBudgetScenario): Promise<ScenarioResult> {
  const env: Record<string, string> = {
    LITMOS_API_KEY: s.sim.apiKey,
    LITMOS_SOURCE: s.sim.source,
    LITMOS_BASE_URL: s.sim.baseUrl,
    LITMOS_REQUESTS_PER_MINUTE: String(s.requestsPerMinute),
    ...(s.redisUrl === undefined ? {} : { LITMOS_REDIS_URL: s.redisUrl }),
  };
  const dirs = Array.from({ length: s.workdirs }, (_, i) => {
    const wd = new TerraformWorkdir(s.terraform, env);
    wd.write('main.tf', configuration(i, s.usersEach));
    return wd;
  });
  try {
    await Promise.all(dirs.map((wd) => wd.must(['init', '-no-color'])));
    s.sim.rateLimiter.configure({ requestsPerMinute: s.requestsPerMinute, windowMs: 60_000 });
    s.sim.resetStats();
    const started = Date.now();
    const runs = await Promise.all(dirs.map((wd) => wd.run(['apply', '-auto-approve', '-no-color'])));
    const wallMs = Date.now() - started;
    const stats = s.sim.stats();
    return { wallMs, stats, runs, theoreticalMs: (stats.requests / s.requestsPerMinute) * 60_000 };
  } finally {
    for (const wd of dirs) wd.remove();
  }
}
