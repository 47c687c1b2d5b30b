/**
 * Debug mode: the provider started by hand with `--debug` prints a TF_REATTACH_PROVIDERS value;
 * terraform attaches to that process instead of starting its own.
 */
import { providerBlock } from '../../scripts/hcl.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';
import { scrubbedEnvironment } from '../../scripts/terraform-runner.js';
import { describeWithTerraform, repoRoot, TerraformWorkdir } from './terraform-harness.js';

const executable = join(repoRoot, 'provider/dist/terraform-provider-litmos.mjs');

/** Starts the provider in debug mode and resolves with its reattach value. */
function startDebugProvider(env: Record<string, string>): Promise<{ child: ChildProcess; reattach: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['--debug'], {
      env: scrubbedEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec(out);
      if (m) resolve({ child, reattach: m[1]! });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`debug provider exited ${code}: ${out}`)));
  });
}

describeWithTerraform('debug mode with TF_REATTACH_PROVIDERS', (terraform) => {
  let sims: Simulators;
  let provider: ChildProcess | undefined;
  let wd: TerraformWorkdir;

  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(async () => {
    provider?.kill('SIGTERM');
    wd?.remove();
    await sims?.close();
  });

  test('terraform uses the running provider process', async () => {
    const started = await startDebugProvider(sims.env);
    provider = started.child;
    const parsed = JSON.parse(started.reattach) as Record<string, { Pid: number; Addr: { Network: string } }>;
    expect(parsed['registry.terraform.io/litmos-oss/litmos']?.Pid).toBe(provider.pid);

    // Only the debug process has the LITMOS_* settings: a provider that terraform started itself
    // would fail with "Litmos Not Configured".
    wd = new TerraformWorkdir(terraform, {});
    wd.write(
      'main.tf',
      [
        providerBlock,
        'data "litmos_teams" "all" {}',
        'output "teams" { value = length(data.litmos_teams.all.teams) }',
        '',
      ].join('\n'),
    );
    const env = { TF_REATTACH_PROVIDERS: started.reattach };
    await wd.must(['init', '-no-color'], [0], env);
    const applied = await wd.must(['apply', '-auto-approve', '-no-color'], [0], env);
    expect(applied.stdout).toMatch(/teams = 3/);
    // The same process serves a second command: debug mode survives Terraform's Shutdown.
    const again = await wd.must(['apply', '-auto-approve', '-no-color'], [0], env);
    expect(again.stdout).toMatch(/teams = 3/);
    expect(provider.exitCode).toBeNull();
  });
});
