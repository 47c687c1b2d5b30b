/**
 * e2e helpers for tests that drive the real `cdktf` CLI (installed the way its users have it:
 * `npm install -g cdktf-cli@0.21`). Suites skip with one visible line where the CLI or terraform
 * is absent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { findTerraform, scrubbedEnvironment } from '../../scripts/terraform-runner.js';

/** The `cdktf` command, or undefined where cdktf-cli is not installed. */
export function findCdktf(): string | undefined {
  const bin = process.env.CDKTF_BIN ?? 'cdktf';
  const probe = spawnSync(bin, ['--version'], {
    encoding: 'utf8',
    env: scrubbedEnvironment({ CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' }),
  });
  return probe.status === 0 ? bin : undefined;
}

/** `describe` when both cdktf and terraform exist; otherwise a skipped suite and one visible line. */
export function describeWithCdktf(name: string, body: (cdktf: string) => void): void {
  const cdktf = findCdktf();
  const terraform = findTerraform();
  if (!cdktf || !terraform) {
    const missing = !cdktf ? 'cdktf (npm install -g cdktf-cli@0.21)' : 'terraform';
    process.stderr.write(`SKIP ${name}: ${missing} is not on PATH\n`);
    describe.skip(name, () => test(`${missing} is not installed`, () => undefined));
    return;
  }
  describe(name, () => body(cdktf));
}

export interface CdktfResult {
  readonly code: number;
  /** stdout and stderr together, as a user sees them. */
  readonly output: string;
}

/**
 * Runs `cdktf <args>` in `cwd`, non-interactively (`CI=1`), with no telemetry, and the given
 * environment on top of this process's. Throws with the CLI's output when the exit code is not 0
 * (unless `allowFailure`).
 */
export function runCdktf(
  cdktf: string,
  cwd: string,
  args: readonly string[],
  env: Record<string, string>,
  allowFailure = false,
): Promise<CdktfResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cdktf, [...args], {
      cwd,
      // The developer's LITMOS_*/CONDUCTORONE_*/TF_* variables never reach cdktf or terraform.
      env: scrubbedEnvironment({
        ...env,
        CI: '1',
        CHECKPOINT_DISABLE: '1',
        DISABLE_VERSION_CHECK: '1',
        FORCE_COLOR: '0',
        TF_IN_AUTOMATION: '1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? -1, output };
      if (result.code !== 0 && !allowFailure) {
        reject(new Error(`cdktf ${args.join(' ')} exited ${result.code}\n${output}`));
      } else resolvePromise(result);
    });
  });
}
