/**
 * `npm run demo`: the whole integration on one machine, with no network. Starts the Litmos and
 * ConductorOne simulators, builds and installs the provider into the local mirror, applies
 * `examples/terraform`, shows what exists in the simulators (read back through their APIs, not
 * from Terraform), checks that a second plan is empty, destroys, and stops the simulators. On a
 * failure it names the step, cleans up and exits non-zero.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConductorOneClient } from '../src/conductorone/index.js';
import { LitmosClient } from '../src/litmos/index.js';
import { startSimulators, type Simulators } from './simulators.js';
import { findTerraform, repoRoot, TerraformWorkdir } from './terraform-runner.js';

const started = Date.now();
const say = (line: string): void => void process.stdout.write(`${line}\n`);
const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;

class StepError extends Error {}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  say(`▶ ${name}`);
  try {
    const result = await fn();
    say(`  ✓ ${name} (${elapsed()})`);
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new StepError(`step "${name}" failed:\n${message}`);
  }
}

/**
 * Where the demo builds the provider: `provider/dist`, like `npm run build`. The tests give the
 * demo a folder of its own (LITMOS_DEMO_DIST), so its rebuild never pulls the mirror away from
 * other tests running terraform at the same time.
 */
const distDir = process.env.LITMOS_DEMO_DIST ?? join(repoRoot, 'provider', 'dist');

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['provider/build.mjs', '--out', distDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(stderr || `build exited ${code}`)),
    );
  });
}

async function showRemote(
  sims: Simulators,
): Promise<{ users: number; memberships: number; assignments: number; connectors: number }> {
  const litmos = new LitmosClient({
    apiKey: sims.litmos.apiKey,
    source: sims.litmos.source,
    baseUrl: sims.litmos.baseUrl,
  });
  const people = (await litmos.users.list()).filter((u) => u.UserName !== 'owner@example.com');
  const engineering = (await litmos.teams.list({ search: 'Engineering' })).find(
    (t) => t.Name === 'Engineering',
  );
  const members = engineering ? await litmos.teams.listMembers(engineering.Id) : [];
  const leaders = new Set(
    engineering ? (await litmos.teams.listLeaders(engineering.Id)).map((u) => u.Id) : [],
  );
  let assignments = 0;
  say('  Litmos users (read from the Litmos simulator):');
  for (const u of people) {
    const courses = await litmos.courses.listForUser(u.Id);
    assignments += courses.length;
    const team = members.some((m) => m.Id === u.Id)
      ? leaders.has(u.Id)
        ? 'Engineering (leader)'
        : 'Engineering'
      : '-';
    say(
      `    ${u.UserName.padEnd(20)} ${u.AccessLevel.padEnd(14)} ${u.Active ? 'active  ' : 'inactive'} team: ${team.padEnd(22)} courses: ${courses.map((c) => c.Name).join(', ') || '-'}`,
    );
  }
  const c1 = new ConductorOneClient({
    serverUrl: sims.conductorOne.serverUrl,
    clientId: sims.conductorOne.clientId,
    clientSecret: sims.conductorOne.clientSecret,
  });
  const state = await fetch(`${sims.conductorOne.serverUrl}/_sim/state`).then(
    (r) => r.json() as Promise<unknown>,
  );
  const connectors = countConnectors(state);
  await c1.verifyCredentials();
  say(`  ConductorOne (read from the ConductorOne simulator): ${connectors} Litmos connector(s)`);
  return { users: people.length, memberships: members.length, assignments, connectors };
}

/** Live connectors in the ConductorOne simulator's state dump (soft-deleted ones excluded). */
function countConnectors(state: unknown): number {
  const connectors = (state as { connectors?: unknown } | null)?.connectors;
  if (!Array.isArray(connectors)) return 0;
  return connectors.filter((c) => (c as { deletedAt?: unknown }).deletedAt === null).length;
}

async function main(): Promise<number> {
  const terraform = findTerraform();
  if (!terraform) {
    say(
      'Neither terraform nor tofu is on PATH. Install Terraform ≥ 1.11 (https://developer.hashicorp.com/terraform/install)',
    );
    say(
      'or OpenTofu (https://opentofu.org/docs/intro/install/), or set TERRAFORM_BIN, then run npm run demo again.',
    );
    return 1;
  }
  say(`terraform-provider-litmos demo, using ${terraform}, against local simulators (no network)\n`);
  let sims: Simulators | undefined;
  let wd: TerraformWorkdir | undefined;
  try {
    await step('build the provider and install it into provider/dist/mirror', build);
    sims = await step('start the Litmos and ConductorOne simulators', () =>
      startSimulators({ requestsPerMinute: 1000 }),
    );
    say(`  Litmos ${sims.litmos.baseUrl}   ConductorOne ${sims.conductorOne.serverUrl}`);
    const workdir = new TerraformWorkdir(terraform, sims.env, join(distDir, 'mirror'));
    wd = workdir;
    workdir.copyFrom('examples/terraform');
    await step('terraform init (offline, from the local mirror)', () => workdir.must(['init', '-no-color']));
    const applied = await step('terraform apply examples/terraform', () =>
      workdir.must(['apply', '-auto-approve', '-no-color']),
    );
    const summaryLine = applied.stdout.split('\n').find((l) => l.startsWith('Apply complete'));
    if (summaryLine) say(`  ${summaryLine}`);
    await step(
      'the state file holds no Litmos API key (sent write-only from an ephemeral variable)',
      async () => {
        const state = readFileSync(join(workdir.dir, 'terraform.tfstate'), 'utf8');
        if (state.includes(sims!.litmos.apiKey))
          throw new Error('the Litmos API key was found in terraform.tfstate');
      },
    );
    const remote = await step('read back what exists in the simulators', () => showRemote(sims!));
    await step('second terraform plan shows no changes', async () => {
      const r = await workdir.run(['plan', '-detailed-exitcode', '-no-color']);
      if (r.code !== 0) throw new Error(`plan exited ${r.code} (2 means changes):\n${r.stdout}${r.stderr}`);
      say('  No changes. Your infrastructure matches the configuration.');
    });
    await step('terraform destroy (users are deactivated, not deleted)', () =>
      workdir.must(['destroy', '-auto-approve', '-no-color']),
    );
    const stats = sims.litmos.stats();
    say('\nSummary');
    say(
      `  ${remote.users} Litmos users, ${remote.memberships} team memberships, ${remote.assignments} course assignments, ${remote.connectors} ConductorOne connector`,
    );
    say(`  second plan: no changes; destroy: done`);
    say(`  Litmos API requests made: ${stats.requests} (${stats.rejected} rejected by the rate limit)`);
    say(`  total time ${elapsed()}`);
    return 0;
  } catch (e) {
    say(`\n✗ ${e instanceof StepError ? e.message : e instanceof Error ? e.stack : String(e)}`);
    return 1;
  } finally {
    wd?.remove();
    await sims?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
