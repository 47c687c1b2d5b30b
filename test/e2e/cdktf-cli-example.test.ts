/**
 * examples/cdktf the way its README tells a CDKTF user to run it: the real `cdktf` CLI
 * (`cdktf synth`, `cdktf deploy --skip-provider-lock`, `cdktf diff`, `cdktf destroy`) with the
 * provider installed from the filesystem mirror of `npm run build`, against the simulators.
 * One output folder is reused across the steps (cdktf is slow to start). The app has a second
 * stack, `litmos-self-hosted` (Kubernetes; test/e2e/self-hosted.test.ts), so commands name `litmos`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, TerraformWorkdir } from '../../scripts/terraform-runner.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';
import { teamCourses } from '../../src/simulators/litmos/team-changes.js';
import { describeWithCdktf, runCdktf } from './cdktf-cli-harness.js';

const exampleDir = join(repoRoot, 'examples', 'cdktf');
const usernames = ['ada@example.com', 'grace@example.com', 'alan@example.com'];

describeWithCdktf('examples/cdktf through the real cdktf CLI', (cdktf) => {
  let sims: Simulators;
  let wd: TerraformWorkdir;
  let outdir: string;
  let env: Record<string, string>;
  const cli = (args: string[]) => runCdktf(cdktf, exampleDir, [...args, '--output', outdir], env);
  const stackDir = () => join(outdir, 'stacks', 'litmos');

  beforeAll(async () => {
    sims = await startSimulators();
    // Only for its CLI configuration (the mirror of `npm run build`, `direct` for the rest).
    wd = new TerraformWorkdir('terraform', sims.env);
    outdir = mkdtempSync(join(tmpdir(), 'litmos-cdktf-cli-'));
    env = { ...sims.env, TF_CLI_CONFIG_FILE: join(wd.dir, '.terraformrc') };
  });

  afterAll(async () => {
    wd?.remove();
    await sims?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  test('cdktf synth writes the stack without the API key', async () => {
    await cli(['synth']);
    const stack = readFileSync(join(stackDir(), 'cdk.tf.json'), 'utf8');
    expect(JSON.parse(stack)).toMatchObject({
      variable: { litmos_api_key_for_connector: { sensitive: true } },
    });
    expect(stack).not.toContain(sims.litmos.apiKey);
  });

  test('cdktf deploy --skip-provider-lock installs from the mirror and creates everything', async () => {
    const r = await cli(['deploy', 'litmos', '--auto-approve', '--skip-provider-lock']);
    expect(r.output).not.toContain(sims.litmos.apiKey);
    for (const name of usernames) expect(sims.litmos.store.findUser(name)?.Active).toBe(true);
    const engineering = sims.litmos.store.listTeams().find((t) => t.Name === 'Engineering')!;
    expect(sims.litmos.store.teamUsers(engineering.Id, 'leaders').map((u) => u.UserName)).toEqual([
      'grace@example.com',
    ]);
    const devex = sims.litmos.store.listTeams().find((t) => t.Name === 'Developer Experience')!;
    expect(devex.ParentTeamId).toBe(engineering.Id);
    const devexUsers = (role: 'members' | 'leaders') =>
      sims.litmos.store.teamUsers(devex.Id, role).map((u) => u.UserName);
    expect(devexUsers('members').sort()).toEqual(['alan@example.com', 'grace@example.com']);
    expect(devexUsers('leaders')).toEqual(['grace@example.com']);
    const security = sims.litmos.store.listCourses().find((c) => c.Name === 'Security Awareness')!;
    expect(teamCourses(sims.litmos.store, devex.Id).map((c) => c.courseId)).toEqual([security.Id]);
    expect(sims.conductorOne.store.connectors.size).toBe(1);
    // `terraform init` (run by cdktf) recorded the mirror's package hash: later commands need no flag.
    const lock = readFileSync(join(stackDir(), '.terraform.lock.hcl'), 'utf8');
    expect(lock).toMatch(/provider "registry\.terraform\.io\/litmos-oss\/litmos"[\s\S]*h1:/);
  });

  test('cdktf diff plans no changes', async () => {
    const r = await cli(['diff', 'litmos']);
    expect(r.output).toContain('No changes.');
  });

  test('cdktf destroy deletes the team, deactivates the users and empties the state', async () => {
    await cli(['destroy', 'litmos', '--auto-approve']);
    for (const name of usernames) expect(sims.litmos.store.findUser(name)?.Active).toBe(false);
    expect(sims.litmos.store.listTeams().map((t) => t.Name)).not.toContain('Developer Experience');
    const state = JSON.parse(readFileSync(join(stackDir(), 'terraform.tfstate'), 'utf8')) as {
      resources: unknown[];
    };
    expect(state.resources).toHaveLength(0);
    expect(existsSync(join(exampleDir, 'cdktf.out'))).toBe(false);
  });
});
