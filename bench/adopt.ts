/**
 * API cost of adopting an existing organisation. For N = 300 and 3000 users made through the
 * simulator's HTTP API (as Okta would make them), real terraform runs `init` and then
 * `plan` of examples/adopt-existing-org, which imports every user with `import` blocks over
 * `data.litmos_users` (and memberships and assignments over the team and course data sources,
 * none here). The simulator's `/_sim/stats` counts the Litmos calls of the plan: the credential
 * check, the data source listings, the imports and the reads after them.
 *
 * Beside it, the naive cost: one `GET /users/{id}` per import plus the listings the data sources
 * and the refresh need, which is what importing cost before imports shared the listing (the
 * issue measured 303 calls for 300 users). It is computed, not measured: with the shared
 * listing, even `-parallelism=1` no longer sends one GET per import.
 *
 *   npm run build && npm run bench:adopt [-- N ...]
 */
import { performance } from 'node:perf_hooks';
import {
  ADOPTION_EXAMPLE,
  adoptionVariables,
  LitmosHttp,
  planSummary,
  seedOrganisation,
} from '../scripts/adopt-scenario.js';
import { findTerraform, TerraformWorkdir } from '../scripts/terraform-runner.js';
import { startLitmosSimulator } from '../src/simulators/litmos/index.js';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const SIZES = sizes.length > 0 ? sizes : [300, 3000];
const GOALS: Record<number, number> = { 300: 20, 3000: 40 };

interface Row {
  readonly users: number;
  readonly parallelism: number;
  readonly calls: number;
  readonly naive: number;
  readonly summary: string;
  readonly seconds: number;
  readonly byRoute: string;
}

async function measure(terraform: string, users: number, parallelism: number): Promise<Row> {
  const sim = await startLitmosSimulator({ requestsPerMinute: 1_000_000 });
  const endpoint = { baseUrl: sim.baseUrl, apiKey: sim.apiKey, source: sim.source };
  const wd = new TerraformWorkdir(terraform, {
    LITMOS_API_KEY: sim.apiKey,
    LITMOS_SOURCE: sim.source,
    LITMOS_BASE_URL: sim.baseUrl,
    LITMOS_REQUESTS_PER_MINUTE: '1000000',
    ...adoptionVariables(`adopt${users}`),
  });
  try {
    const prefix = `adopt${users}`;
    await seedOrganisation(endpoint, { users, prefix });
    wd.copyFrom(ADOPTION_EXAMPLE);
    await wd.must(['init', '-no-color']);
    const api = new LitmosHttp(endpoint);
    await api.resetStats();
    const started = performance.now();
    const plan = await wd.must(['plan', '-no-color', `-parallelism=${parallelism}`]);
    const seconds = (performance.now() - started) / 1000;
    const stats = await api.stats();
    const listingPages = Math.floor(users / 1000) + 1;
    return {
      users,
      parallelism,
      calls: stats.requests,
      // Credential check + user, team and course listings + one GET per import + the refresh listing.
      naive: 1 + listingPages + 2 + users + listingPages,
      summary: JSON.stringify(planSummary(plan.stdout)),
      seconds,
      byRoute: Object.entries(stats.byRoute)
        .map(([route, count]) => `${route} ×${count}`)
        .join(', '),
    };
  } finally {
    wd.remove();
    await sim.close();
  }
}

function table(rows: readonly Row[]): string {
  const header = [
    'N',
    'parallelism',
    'Litmos calls',
    'goal',
    'naive calls',
    'plan',
    'seconds',
    'calls by route',
  ];
  const lines = rows.map((r) => [
    String(r.users),
    String(r.parallelism),
    String(r.calls),
    GOALS[r.users] === undefined ? '-' : `≤ ${GOALS[r.users]}`,
    String(r.naive),
    r.summary,
    r.seconds.toFixed(1),
    r.byRoute,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(widths[i] ?? 0))).join('  ');
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

const terraform = findTerraform();
if (!terraform) {
  process.stdout.write('SKIP: terraform is not on PATH (set TERRAFORM_BIN)\n');
} else {
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measure(terraform, size, 10));
  process.stdout.write(
    `Adopting N existing litmos_user with import blocks: terraform plan\n\n${table(rows)}\n`,
  );
}
