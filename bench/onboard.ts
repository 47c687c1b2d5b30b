/**
 * Onboarding through real terraform: N new `litmos_user`s (default 150), each put in one of 3
 * existing teams (`litmos_team_member`) and given one of 3 existing courses
 * (`litmos_course_assignment`), against a fresh Litmos simulator at its default budget of 100
 * requests a minute and the provider at its default budget. `init` is not timed; the
 * `apply -auto-approve` (its plan included) is. The simulator's counters (`GET /_sim/stats`) give
 * the calls by route and the requests refused with 503. Figures only; there is no pass/fail.
 *
 * minimum = calls / budget: the wall time the calls need at 100 a minute if no request waited
 * for anything else. The provider sends up to 100 at once and the next ones when the first are
 * 61 s old, so the wall time can also be below it.
 *
 * The floor of this workload is 303 calls: Litmos creates users one `POST /users` each (150) and
 * assigns courses one user at a time (`POST /users/{id}/courses`, 150: `POST /users/courses` only
 * reads assignments), and at best one `POST /teams/{id}/users` per team (3). Litmos answers 201/200
 * for ids it ignored, so the provider reads back after a write, except where it knows the outcome:
 * a user it created moments ago and saw active, a course it read (once per course per process).
 * Above the floor are then the credential checks and course reads of the plan and apply processes,
 * and member batches smaller than a team, because Terraform runs ten operations at a time.
 *
 * Measured (two runs, default parallelism): 349 and 350 calls, 0 refused, 191.6 s and 193.7 s
 * (wall / minimum 0.91 and 0.92). By route: 150 POST /users, 150 POST /users/{id}/courses, 41 and
 * 42 POST /teams/{id}/users, 6 GET /courses/{id}, 2 GET /users. Before the read-backs were
 * skipped: 470 and 443 calls (~47 GET /teams/{id}/users, ~43 GET /courses/{id}/users), 0 refused,
 * 0.89 and 0.95; before the machine-wide request ledger 446 and 465 calls with 10 and 15 refused.
 *
 *   npm run build && npm run bench:onboard -- [N] [--parallelism=P]
 */
import { performance } from 'node:perf_hooks';
import { providerBlock } from '../scripts/hcl.js';
import { findTerraform, TerraformWorkdir } from '../scripts/terraform-runner.js';
import { startLitmosSimulator, type LitmosSimulator } from '../src/simulators/litmos/index.js';

const BUDGET_PER_MINUTE = 100;
const GROUPS = 3;

function onboardingConfig(users: number, teamIds: readonly string[], courseIds: readonly string[]): string {
  const list = (ids: readonly string[]): string => `[${ids.map((id) => JSON.stringify(id)).join(', ')}]`;
  return [
    providerBlock,
    'locals {',
    `  teams   = ${list(teamIds)}`,
    `  courses = ${list(courseIds)}`,
    `  people  = { for i in range(${users}) : format("onboard-%03d@example.com", i) => i }`,
    '}',
    '',
    'resource "litmos_user" "new" {',
    '  for_each   = local.people',
    '  username   = each.key',
    '  first_name = "New"',
    '  last_name  = format("Hire%03d", each.value)',
    '}',
    '',
    'resource "litmos_team_member" "new" {',
    '  for_each = local.people',
    `  team_id  = local.teams[each.value % ${GROUPS}]`,
    '  user_id  = litmos_user.new[each.key].id',
    '}',
    '',
    'resource "litmos_course_assignment" "new" {',
    '  for_each  = local.people',
    `  course_id = local.courses[each.value % ${GROUPS}]`,
    '  user_id   = litmos_user.new[each.key].id',
    '}',
    '',
  ].join('\n');
}

function seedGroups(sim: LitmosSimulator): { teamIds: string[]; courseIds: string[] } {
  const teamIds: string[] = [];
  const courseIds: string[] = [];
  for (let g = 1; g <= GROUPS; g += 1) {
    teamIds.push(sim.store.createTeam(`Onboarding team ${g}`, '').Id);
    courseIds.push(sim.store.createCourse({ Code: `ONB${g}`, Name: `Onboarding course ${g}` }).Id);
  }
  return { teamIds, courseIds };
}

async function main(): Promise<void> {
  const terraform = findTerraform();
  if (terraform === undefined) {
    process.stdout.write('terraform is not on PATH (set TERRAFORM_BIN): nothing to measure\n');
    return;
  }
  const args = process.argv.slice(2);
  const users = Number(args.find((a) => /^\d+$/.test(a)) ?? 150);
  const parallelism = args.find((a) => a.startsWith('--parallelism='));
  const sim = await startLitmosSimulator();
  const wd = new TerraformWorkdir(terraform, {
    LITMOS_API_KEY: sim.apiKey,
    LITMOS_SOURCE: sim.source,
    LITMOS_BASE_URL: sim.baseUrl,
  });
  try {
    const { teamIds, courseIds } = seedGroups(sim);
    wd.write('main.tf', onboardingConfig(users, teamIds, courseIds));
    await wd.must(['init', '-no-color']);
    sim.resetStats();
    const started = performance.now();
    const result = await wd.run([
      'apply',
      '-auto-approve',
      '-no-color',
      ...(parallelism ? [parallelism] : []),
    ]);
    const wallSeconds = (performance.now() - started) / 1000;
    const stats = (await (await fetch(`${sim.origin}/_sim/stats`)).json()) as {
      requests: number;
      rejected: number;
      byRoute: Record<string, number>;
    };
    const members = teamIds.reduce((n, id) => n + (sim.store.members.get(id)?.size ?? 0), 0);
    const assigned = [...sim.store.enrollments.values()].reduce((n, m) => n + m.size, 0);
    const minimumSeconds = (stats.requests / BUDGET_PER_MINUTE) * 60;
    const outcome = result.code === 0 ? 'ok' : `exit ${result.code}`;
    const lines = [
      `terraform apply: ${users} users, each in one of ${GROUPS} teams with one of ${GROUPS} courses, ` +
        `at ${BUDGET_PER_MINUTE} requests/minute (${parallelism ?? 'default parallelism'})`,
      `outcome            ${outcome}`,
      `calls              ${stats.requests} (${(stats.requests / users).toFixed(2)} per user)`,
      `refused with 503   ${stats.rejected}`,
      `wall time          ${wallSeconds.toFixed(1)} s`,
      `calls / budget     ${minimumSeconds.toFixed(1)} s (wall / that = ${(wallSeconds / minimumSeconds).toFixed(2)})`,
      `made               ${members} memberships, ${assigned} course assignments`,
      'calls by route:',
      ...Object.entries(stats.byRoute)
        .sort((a, b) => b[1] - a[1])
        .map(([route, n]) => `  ${String(n).padStart(5)}  ${route}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (result.code !== 0)
      process.stdout.write(
        `${(result.stdout + result.stderr)
          .split('\n')
          .filter((l) => /Error/.test(l))
          .slice(0, 5)
          .join('\n')}\n`,
      );
  } finally {
    wd.remove();
    await sim.close();
  }
}

await main();
