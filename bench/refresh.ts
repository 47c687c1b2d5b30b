/**
 * API cost of refreshing `litmos_user` resources. For N = 10, 100 and 1000 users created directly
 * in a fresh simulator, one provider process imports their states, then a second provider process
 * (as in the next `terraform plan`) reads them all with Terraform's parallelism of 10. The table
 * shows the API calls the refresh made (from the simulator's counters) beside N, the cost of one
 * `GET /users/{id}` per user. Prints figures only; there is no pass/fail.
 *
 *   npx tsx bench/refresh.ts
 */
import { startLitmosSimulator } from '../src/simulators/litmos/index.js';
import {
  createUsersInStore,
  importStates,
  refreshConcurrently,
  startProvider,
  TERRAFORM_PARALLELISM,
} from '../test/simulated/user-refresh.js';

const SIZES = [10, 100, 1000] as const;

interface Row {
  readonly users: number;
  readonly orgSize: number;
  readonly calls: number;
  readonly byRoute: string;
  readonly errors: number;
}

async function measure(users: number): Promise<Row> {
  const sim = await startLitmosSimulator({ requestsPerMinute: 1_000_000 });
  try {
    const ids = createUsersInStore(sim, users, 'bench');
    const states = await importStates(await startProvider(sim), ids);
    const tf = await startProvider(sim);
    sim.resetStats();
    const outcomes = await refreshConcurrently(tf, states, TERRAFORM_PARALLELISM);
    const stats = sim.stats();
    return {
      users,
      orgSize: sim.store.users.size,
      calls: stats.requests,
      byRoute: Object.entries(stats.byRoute)
        .map(([route, count]) => `${route} ×${count}`)
        .join(', '),
      errors: outcomes.filter((o) => o.errors.length > 0 || o.value === null).length,
    };
  } finally {
    await sim.close();
  }
}

function table(rows: readonly Row[]): string {
  const header = [
    'N (naive calls)',
    'org size',
    'API calls',
    'ratio calls/N',
    'failed reads',
    'calls by route',
  ];
  const lines = rows.map((r) => [
    String(r.users),
    String(r.orgSize),
    String(r.calls),
    (r.calls / r.users).toFixed(3),
    String(r.errors),
    r.byRoute,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

const rows: Row[] = [];
for (const size of SIZES) rows.push(await measure(size));
process.stdout.write(
  `litmos_user refresh, parallelism ${TERRAFORM_PARALLELISM}, one provider process per refresh\n\n${table(rows)}\n`,
);
