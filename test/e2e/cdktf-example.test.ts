/**
 * examples/cdktf through real terraform: synthesize the stack offline (the app run with tsx, no
 * cdktf-cli), check it with CDKTF's toBeValidTerraform against the local mirror, then apply it
 * against the simulators, expect an empty second plan, and destroy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { describeWithTerraform, repoRoot, resourcesOf, TerraformWorkdir } from './terraform-harness.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';

export type {} from 'cdktf/lib/testing/adapters/jest.js';

Testing.setupJest();

describeWithTerraform('examples/cdktf through real terraform', (terraform) => {
  let sims: Simulators;
  let wd: TerraformWorkdir;
  let outdir: string;
  let stackJson: string;

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'litmos-cdktf-out-'));
    const synth = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(repoRoot, 'examples', 'cdktf', 'main.ts'),
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' },
      },
    );
    if (synth.status !== 0) throw new Error(`synth failed (${synth.status}):\n${synth.stderr}`);
    stackJson = readFileSync(join(outdir, 'stacks', 'litmos', 'cdk.tf.json'), 'utf8');
    sims = await startSimulators();
    wd = new TerraformWorkdir(terraform, sims.env);
    wd.write('cdk.tf.json', stackJson);
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sims?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  test('the synthesized stack keeps its state in the working directory and never contains the API key', () => {
    expect(JSON.parse(stackJson)).toMatchObject({
      terraform: { backend: { local: { path: 'terraform.tfstate' } } },
    });
    expect(stackJson).not.toContain(sims.litmos.apiKey);
    expect(JSON.parse(stackJson)).toMatchObject({
      variable: { litmos_api_key_for_connector: { sensitive: true } },
    });
  });

  test('toBeValidTerraform passes with the provider from the local mirror', () => {
    const before = process.env.TF_CLI_CONFIG_FILE;
    process.env.TF_CLI_CONFIG_FILE = join(wd.dir, '.terraformrc');
    try {
      expect(outdir).toBeValidTerraform();
    } finally {
      if (before === undefined) delete process.env.TF_CLI_CONFIG_FILE;
      else process.env.TF_CLI_CONFIG_FILE = before;
    }
  });

  test('apply creates users, memberships, assignments, the app and the connector', async () => {
    await wd.must(['apply', '-auto-approve', '-no-color']);
    const store = sims.litmos.store;
    const usernames = ['ada@example.com', 'grace@example.com', 'alan@example.com'];
    for (const name of usernames) expect(store.findUser(name)?.Active).toBe(true);
    expect(store.findUser('ada@example.com')?.AccessLevel).toBe('Administrator');
    const engineering = store.listTeams().find((t) => t.Name === 'Engineering')!;
    expect(store.teamUsers(engineering.Id, 'members').map((u) => u.UserName)).toEqual(
      expect.arrayContaining(usernames),
    );
    expect(store.teamUsers(engineering.Id, 'leaders').map((u) => u.UserName)).toEqual(['grace@example.com']);
    const resources = resourcesOf(await wd.state());
    expect(resources.filter((r) => r.type === 'litmos_course_assignment')).toHaveLength(3);
    const connector = resources.find((r) => r.type === 'litmos_conductorone_connector')!;
    expect(connector.values.api_key_wo).toBeNull();
    expect(connector.values.api_key_wo_version).toBe(1);
    expect(JSON.stringify(resources)).not.toContain(sims.litmos.apiKey);
  });

  test('a second plan shows no changes', async () => {
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('destroy deactivates the users and empties the state', async () => {
    await wd.must(['destroy', '-auto-approve', '-no-color']);
    expect(sims.litmos.store.findUser('ada@example.com')?.Active).toBe(false);
    expect(resourcesOf(await wd.state())).toHaveLength(0);
  });
});
