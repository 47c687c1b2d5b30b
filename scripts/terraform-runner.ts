/**
 * Runs a terraform (or tofu) binary in a throwaway working directory that installs the provider
 * from the local mirror built by `npm run build`. Each working directory gets its own CLI
 * configuration (the environment's `TF_CLI_CONFIG_FILE` may point at a file that does not exist).
 * Used by the e2e tests and by `npm run demo`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const mirrorDir = join(repoRoot, 'provider', 'dist', 'mirror');
export const providerSource = 'litmos-oss/litmos';

/**
 * Variables of a developer's shell that would change what terraform or the provider does (a real
 * `LITMOS_API_KEY`, `TF_LOG`, a plugin cache, debug reattachment…): never passed to a terraform
 * started here, so a run means the same on every machine. What a run needs is given explicitly.
 */
const MACHINE_SPECIFIC = /^(TF_|LITMOS_|CONDUCTORONE_|CHECKPOINT_|PLUGIN_|TOFU_|OPENTOFU_)/i;

/** `process.env` without the variables above, then `extra` on top. */
export function scrubbedEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !MACHINE_SPECIFIC.test(name));
  return { ...Object.fromEntries(kept), ...extra };
}

/** The terraform binary, or undefined where it is not installed (a user's laptop). */
export function findTerraform(): string | undefined {
  const bin = process.env.TERRAFORM_BIN ?? 'terraform';
  const probe = spawnSync(bin, ['version'], {
    encoding: 'utf8',
    env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' },
  });
  return probe.status === 0 ? bin : undefined;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunningTerraform {
  readonly child: ChildProcess;
  /** Resolves when terraform has exited; `code` is -1 when a signal ended it. */
  readonly result: Promise<RunResult>;
}

export class TerraformWorkdir {
  readonly dir: string;
  private readonly cliConfig: string;

  /** `mirror`: the filesystem mirror to install the provider from (default: `npm run build`'s). */
  constructor(
    private readonly terraform: string,
    private readonly env: Record<string, string>,
    mirror: string = mirrorDir,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), 'litmos-e2e-'));
    this.cliConfig = join(this.dir, '.terraformrc');
    const hosts = ['registry.terraform.io', 'registry.opentofu.org']
      .map((h) => `"${h}/${providerSource}"`)
      .join(', ');
    writeFileSync(
      this.cliConfig,
      [
        'provider_installation {',
        '  filesystem_mirror {',
        `    path    = ${JSON.stringify(mirror)}`,
        `    include = [${hosts}]`,
        '  }',
        '  direct {',
        `    exclude = [${hosts}]`,
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  }

  write(name: string, content: string): void {
    writeFileSync(join(this.dir, name), content);
  }

  /** Copies the files of an example folder (e.g. `examples/terraform`) into the working directory. */
  copyFrom(folder: string): void {
    cpSync(join(repoRoot, folder), this.dir, {
      recursive: true,
      filter: (src) => !/(\.terraform|terraform\.tfstate|\.terraform\.lock\.hcl)/.test(src),
    });
  }

  run(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
    return this.start(args, extraEnv).result;
  }

  /** Starts terraform and returns at once: its process (to signal it) and its eventual result. */
  start(args: string[], extraEnv: Record<string, string> = {}): RunningTerraform {
    const child = spawn(this.terraform, args, {
      cwd: this.dir,
      env: scrubbedEnvironment({
        ...this.env,
        ...extraEnv,
        TF_CLI_CONFIG_FILE: this.cliConfig,
        TF_IN_AUTOMATION: '1',
        CHECKPOINT_DISABLE: '1',
        TF_INPUT: '0',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = new Promise<RunResult>((resolvePromise, reject) => {
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    });
    return { child, result };
  }

  /** Runs and throws with terraform's output when the exit code is not one of `okCodes`. */
  async must(
    args: string[],
    okCodes: number[] = [0],
    extraEnv: Record<string, string> = {},
  ): Promise<RunResult> {
    const r = await this.run(args, extraEnv);
    if (!okCodes.includes(r.code)) {
      throw new Error(
        `terraform ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
      );
    }
    return r;
  }

  /** `terraform show -json` of the state, parsed. */
  async state(): Promise<StateJson> {
    const r = await this.must(['show', '-json']);
    return JSON.parse(r.stdout) as StateJson;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface StateResource {
  address: string;
  type: string;
  name: string;
  values: Record<string, unknown>;
  sensitive_values?: Record<string, unknown>;
}

export interface StateJson {
  values?: { root_module?: { resources?: StateResource[] } };
}

export const resourcesOf = (s: StateJson): StateResource[] => s.values?.root_module?.resources ?? [];
