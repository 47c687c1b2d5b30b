/**
 * Three Terraform working directories applied at once against ONE simulator key limited to N
 * requests a minute: with the budget shared through Redis, and with each provider process
 * throttling only itself. Prints rejected requests and wall time side by side; no pass/fail.
 *
 *   npm run bench:shared-budget -- --workdirs 3 --users 10 --rpm 32
 *
 * Needs `npm run build` first, and `terraform` and `redis-server` on PATH.
 */
import { parseArgs } from 'node:util';
import { findRedisServer, startRedisServer } from '../scripts/redis-server.js';
import { runSharedBudgetScenario, type ScenarioResult } from '../scripts/shared-budget-scenario.js';
import { findTerraform } from '../scripts/terraform-runner.js';
import { startLitmosSimulator } from '../src/simulators/litmos/index.js';

const { values } = parseArgs({
  options: {
    workdirs: { type: 'string', default: '3' },
    users: { type: 'string', default: '10' },
    rpm: { type: 'string', default: '32' },
  },
});
const workdirs = Number(values.workdirs);
const usersEach = Number(values.users);
const requestsPerMinute = Number(values.rpm);

const terraform = findTerraform();
if (terraform === undefined || findRedisServer() === undefined) {
  process.stderr.write('bench:shared-budget needs terraform and redis-server on PATH\n');
  process.exit(1);
}

async function once(shared: boolean): Promise<ScenarioResult> {
  const sim = await startLitmosSimulator({ requestsPerMinute });
  const redis = shared ? await startRedisServer() : undefined;
  try {
    return await runSharedBudgetScenario({
      terraform: terraform!,
      sim,
      workdirs,
      usersEach,
      requestsPerMinute,
      ...(redis ? { redisUrl: redis.url } : {}),
    });
  } finally {
    await redis?.stop();
    await sim.close();
  }
}

process.stdout.write(
  `${workdirs} working directories x ${usersEach} users, one key at ${requestsPerMinute} requests/min\n`,
);
const rows: [string, ScenarioResult][] = [
  ['shared budget (Redis)', await once(true)],
  ['per-process throttle', await once(false)],
];
const header = [
  'mode',
  'applies ok',
  'accepted',
  'rejected (503)',
  'wall s',
  'requests/N s',
  'wall / (requests/N)',
];
const table = rows.map(([mode, r]) => [
  mode,
  `${r.runs.filter((x) => x.code === 0).length}/${r.runs.length}`,
  String(r.stats.requests),
  String(r.stats.rejected),
  (r.wallMs / 1000).toFixed(1),
  (r.theoreticalMs / 1000).toFixed(1),
  (r.wallMs / r.theoreticalMs).toFixed(3),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
for (const row of [header, ...table]) {
  process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
}
