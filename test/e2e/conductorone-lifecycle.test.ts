/**
 * The ConductorOne side through real terraform: app, connector and Litmos users in one
 * configuration; second plan empty; key rotation in place; the write-only key that never
 * reaches state; import of an existing connector; destroy.
 */
import { providerBlock } from '../../scripts/hcl.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LITMOS_CONFIG_KEYS } from '../../src/conductorone/index.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';
import { describeWithTerraform, resourcesOf, TerraformWorkdir } from './terraform-harness.js';

const config = (keyAttribute: string, username: string) => `${providerBlock}
variable "key" {
  type      = string
  sensitive = true
}
variable "key_version" {
  type    = number
  default = 1
}

resource "litmos_user" "owner" {
  username   = "${username}"
  first_name = "Connie"
  last_name  = "Owner"
}
resource "litmos_conductorone_app" "litmos" {
  display_name = "Litmos"
  description  = "Learning platform"
}
resource "litmos_conductorone_connector" "litmos" {
  app_id     = litmos_conductorone_app.litmos.id
  source     = "terraform-provider-litmos"
  course_ids = ["c-1", "c-2"]
${keyAttribute}
}
output "connector" { value = "\${litmos_conductorone_app.litmos.id}/\${litmos_conductorone_connector.litmos.id}" }
`;

describeWithTerraform('ConductorOne connector through real terraform', (terraform) => {
  let sims: Simulators;
  const dirs: TerraformWorkdir[] = [];

  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(async () => {
    dirs.forEach((d) => d.remove());
    await sims?.close();
  });

  const workdir = async (keyAttribute: string): Promise<TerraformWorkdir> => {
    const wd = new TerraformWorkdir(terraform, sims.env);
    dirs.push(wd);
    wd.write('main.tf', config(keyAttribute, `c1.owner${dirs.length}@example.com`));
    await wd.must(['init', '-no-color']);
    return wd;
  };

  const storedKey = (connectorId: string): string | undefined =>
    sims.conductorOne.store.connectors.get(connectorId)?.configuration[LITMOS_CONFIG_KEYS.apiKey];

  const connectorIdOf = async (wd: TerraformWorkdir): Promise<string> => {
    const c = resourcesOf(await wd.state()).find((r) => r.type === 'litmos_conductorone_connector');
    return String(c?.values.id);
  };

  test('create, empty second plan, key rotation in place, import, destroy', async () => {
    const wd = await workdir('  api_key    = var.key');
    const first = 'litmos-key-one-0123456789';
    const second = 'litmos-key-two-9876543210';
    await wd.must(['apply', '-auto-approve', '-no-color'], [0], { TF_VAR_key: first });
    const id = await connectorIdOf(wd);
    expect(storedKey(id) === first).toBe(true);

    const again = await wd.run(['plan', '-detailed-exitcode', '-no-color'], { TF_VAR_key: first });
    expect(again.code).toBe(0);

    const rotate = await wd.run(['plan', '-no-color'], { TF_VAR_key: second });
    expect(rotate.stdout).toMatch(/litmos_conductorone_connector\.litmos will be updated in-place/);
    expect(rotate.stdout).not.toMatch(/must be replaced/);
    await wd.must(['apply', '-auto-approve', '-no-color'], [0], { TF_VAR_key: second });
    expect(await connectorIdOf(wd)).toBe(id);
    expect(storedKey(id) === second).toBe(true);

    const address = (await wd.must(['output', '-raw', 'connector'])).stdout.trim();
    await wd.must(['state', 'rm', 'litmos_conductorone_connector.litmos']);
    await wd.must(['import', '-no-color', 'litmos_conductorone_connector.litmos', address], [0], {
      TF_VAR_key: second,
    });
    // The API never returns the key, so the first apply after import sends it once more.
    await wd.must(['apply', '-auto-approve', '-no-color'], [0], { TF_VAR_key: second });
    const settled = await wd.run(['plan', '-detailed-exitcode', '-no-color'], { TF_VAR_key: second });
    expect(settled.code).toBe(0);

    await wd.must(['destroy', '-auto-approve', '-no-color'], [0], { TF_VAR_key: second });
    expect(sims.conductorOne.store.connectors.get(id)?.deletedAt).toBeDefined();
  });

  test('the write-only key reaches ConductorOne but never the state', async () => {
    const wd = await workdir('  api_key_wo         = var.key\n  api_key_wo_version = var.key_version');
    const key = 'litmos-write-only-key-55555';
    await wd.must(['apply', '-auto-approve', '-no-color'], [0], { TF_VAR_key: key });
    const id = await connectorIdOf(wd);
    expect(storedKey(id) === key).toBe(true);
    const stateText = readFileSync(join(wd.dir, 'terraform.tfstate'), 'utf8');
    expect(stateText.includes(key)).toBe(false);
    expect((await wd.run(['plan', '-detailed-exitcode', '-no-color'], { TF_VAR_key: key })).code).toBe(0);

    const rotated = 'litmos-write-only-key-66666';
    await wd.must(['apply', '-auto-approve', '-no-color', '-var', 'key_version=2'], [0], {
      TF_VAR_key: rotated,
    });
    expect(storedKey(id) === rotated).toBe(true);
    expect(readFileSync(join(wd.dir, 'terraform.tfstate'), 'utf8').includes(rotated)).toBe(false);
    await wd.must(['destroy', '-auto-approve', '-no-color', '-var', 'key_version=2'], [0], {
      TF_VAR_key: rotated,
    });
  });
});
