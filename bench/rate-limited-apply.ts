/**
 * Wall time of a rate-limited `terraform apply` against its theoretical minimum. For N = 50, 150
 * and 250 `litmos_user` resources (one `for_each`), a fresh Litmos simulator at its default budget
 * of 100 requests a minute and the provider at its default budget, real terraform runs `init`
 * (not timed) and then `apply -auto-approve` (timed). The table shows the wall time, the
 * theoretical minimum (the requests the apply needs divided by the budget), their ratio, and the
 * simulator's counters: requests received and requests rejected with 503. Figures only; there is
 * no pass/fail.
 *
 * Requests needed = N creates (`POST /users`) + 2 credential checks (`GET /users?limit=1`, one
 * in the plan's provider process and one in the apply's). Because the budget is a fixed window,
 * a burst of 100 goes out at once, so the floor reachable in practice is
 * `(ceil(needed / 100) - 1)` minutes plus the time of the last burst; it is printed too.
 *
 *   npm run build && npx tsx bench/rate-limited-apply.ts [N ...]
 */
import { performance } from 'node:perf_hooks';
import { bulkUsersConfig } from '../scripts/hcl.js';
import { findTerraform, TerraformWorkdir } from '../scripts/terraform-runner.js';
import { startLitmosSimulator } from '../src/simulators/litmos/index.js';

const DEFAULT_SIZES = [50, 150, 250] as const;
/** Litmos's documented budget, which both the simulator and the provider use by default. */
const BUDGET_PER_MINUTE = 100;
/** One `GET /users?limit=1` per configured provider process: plan and apply. */
const FIXED_CALLS = 2;

interface Row {
  readonly users: number;
  readonly wallSeconds: number;
  readonly needed: number;
  readonly minimumSeconds: number;
  readonly burstFloorSeconds: number;
  readonly requests: number;
  readonly rejected: number;
  readonly created: number;
  readonly outcome: string;
}

async function measure(terraform: string, users: number): Promise<Row> {
  const sim = await startLitmosSimulator();
  const wd = new TerraformWorkdir(terraform, {
    LITMOS_API_KEY: sim.apiKey,
    LITMOS_SOURCE: sim.source,
    LITMOS_BASE_URL: sim.baseUrl,
  });
  try {
    const prefix = `bench${users}`;
    wd.write('main.tf', bulkUsersConfig(users, prefix));
    await wd.must(['init', '-no-color']);
    sim.resetStats();
    const started = performance.now();
    const result = await wd.run(['apply', '-auto-approve', '-no-color']);
    const wallSeconds = (performance.now() - started) / 1000;
    const stats = sim.stats();
    const created = [...sim.store.users.values()].filter((u) => u.UserName.startsWith(`${prefix}-`)).length;
    const warned = /Warning:/.test(result.stdout + result.stderr);
    const outcome =
      result.code !== 0
        ? `exit ${result.code}: ${firstError(result.stdout + result.stderr)}`
        : warned
          ? 'ok, with a warning'
          : 'ok';
    const needed = users + FIXED_CALLS;
    return {
      users,
      wallSeconds,
      needed,
      minimumSeconds: (needed / BUDGET_PER_MINUTE) * 60,
      burstFloorSeconds: (Math.ceil(needed / BUDGET_PER_MINUTE) - 1) * 60,
      requests: stats.requests,
      rejected: stats.rejected,
      created,
      outcome,
    };
  } finally {
    wd.remove();
    await sim.close();
  }
}

function firstError(output: string): string {
  const line = output.split('\n').find((l) => /Error:/.test(l));
  return (line ?? 'no error line').trim().slice(0, 120);
}

function table(rows: readonly Row[]): string {
  const header = [
    'N',
    'needed',
    'wall s',
    'minimum s',
    'wall/minimum',
    'burst floor s',
    'requests',
    'rejected',
    'created',
    'outcome',
  ];
  const lines = rows.map((r) => [
    String(r.users),
    String(r.needed),
    r.wallSeconds.toFixed(1),
    r.minimumSeconds.toFixed(1),
    (r.wallSeconds / r.minimumSeconds).toFixed(2),
    r.burstFloorSeconds.toFixed(0),
    String(r.requests),
    String(r.rejected),
    String(r.created),
    r.outcome,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

function sizesFromArgs(): number[] {
  const given = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return given.length > 0 ? given : [...DEFAULT_SIZES];
}

const terraform = findTerraform();
if (terraform === undefined) {
  process.stdout.write('terraform is not on PATH (set TERRAFORM_BIN): nothing to measure\n');
} else {
  const rows: Row[] = [];
  for (const size of sizesFromArgs()) {
    rows.push(await measure(terraform, size));
    process.stderr.write(`measured N=${size}\n`);
  }
  process.stdout.write(
    `terraform apply of N litmos_user resources at ${BUDGET_PER_MINUTE} requests/minute ` +
      `(simulator and provider defaults)\n` +
      `minimum = needed / ${BUDGET_PER_MINUTE} per minute; needed = N creates + ${FIXED_CALLS} credential checks\n\n` +
      `${table(rows)}\n`,
  );
}
