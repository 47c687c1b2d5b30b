/**
 * What real terraform sees of the provider beyond one example: the schema it serves equals the
 * one `npm run schema` prints, bad input fails validation on the attribute's line, plaintext
 * mode works, a whole traced run leaks no secret, and an ephemeral sign-in link stays out of state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerBlock } from '../../scripts/hcl.js';
import { LITMOS_CONFIG_KEYS } from '../../src/conductorone/index.js';
import { schemaDocument, PROVIDER_ADDRESS } from '../../src/provider/index.js';
import { describeWithTerraform, TerraformWorkdir } from './terraform-harness.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';

const header = providerBlock;

describeWithTerraform('provider contract through real terraform', (terraform) => {
  let sims: Simulators;
  const dirs: TerraformWorkdir[] = [];

  const workdir = async (body: string): Promise<TerraformWorkdir> => {
    const wd = new TerraformWorkdir(terraform, sims.env);
    dirs.push(wd);
    wd.write('main.tf', header + body);
    await wd.must(['init', '-no-color']);
    return wd;
  };

  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(async () => {
    dirs.forEach((d) => d.remove());
    await sims?.close();
  });

  test('terraform providers schema -json equals npm run schema', async () => {
    const wd = await workdir('');
    const r = await wd.must(['providers', 'schema', '-json']);
    const served = JSON.parse(r.stdout) as { provider_schemas: Record<string, Record<string, unknown>> };
    const ours = schemaDocument().provider_schemas[PROVIDER_ADDRESS];
    const theirs = served.provider_schemas[PROVIDER_ADDRESS];
    expect(theirs.provider).toEqual(ours.provider);
    expect(theirs.resource_schemas).toEqual(ours.resource_schemas);
    expect(theirs.data_source_schemas).toEqual(ours.data_source_schemas);
    expect(theirs.ephemeral_resource_schemas).toEqual(ours.ephemeral_resource_schemas);
  });

  test('an unknown access level fails validate on the attribute line', async () => {
    const wd = await workdir(`
resource "litmos_user" "bad" {
  username     = "bad@example.com"
  first_name   = "Bad"
  last_name    = "Level"
  access_level = "Admin"
}
`);
    const r = await wd.run(['validate', '-json', '-no-color']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      diagnostics: { severity: string; detail: string; range?: { start: { line: number } } }[];
    };
    const diag = out.diagnostics.find((d) => d.severity === 'error')!;
    expect(diag.detail).toMatch(/access_level/);
    expect(diag.detail).toMatch(/Administrator/);
    expect(diag.range?.start.line).toBe(12);
  });

  test('works without plugin TLS (TF_DISABLE_PLUGIN_TLS)', async () => {
    const wd = await workdir(`
data "litmos_team" "sales" {
  name = "Sales"
}
output "sales" { value = data.litmos_team.sales.id }
`);
    const r = await wd.must(['apply', '-auto-approve', '-no-color'], [0], { TF_DISABLE_PLUGIN_TLS: '1' });
    expect(r.stdout).toMatch(/sales = "/);
  });

  test('a traced apply and destroy print neither the Litmos key nor the ConductorOne secret', async () => {
    const wd = await workdir(`
variable "key" {
  type      = string
  sensitive = true
}
resource "litmos_user" "trace" {
  username   = "trace@example.com"
  first_name = "Trace"
  last_name  = "Run"
}
resource "litmos_conductorone_app" "app" {
  display_name = "Litmos traced"
}
resource "litmos_conductorone_connector" "c" {
  app_id  = litmos_conductorone_app.app.id
  source  = "${sims.litmos.source}"
  api_key = var.key
}
`);
    const env = { TF_LOG: 'trace', TF_VAR_key: sims.litmos.apiKey };
    const apply = await wd.must(['apply', '-auto-approve', '-no-color'], [0], env);
    const destroy = await wd.must(['destroy', '-auto-approve', '-no-color'], [0], env);
    const output = [apply.stdout, apply.stderr, destroy.stdout, destroy.stderr].join('\n');
    expect(output.length).toBeGreaterThan(10_000);
    expect(output).toMatch(/litmos_conductorone_connector/);
    for (const secret of [sims.litmos.apiKey, sims.conductorOne.clientSecret]) {
      expect(output.includes(secret)).toBe(false);
    }
  });

  test('the ephemeral litmos_user_login_key reaches a write-only attribute and neither state nor output', async () => {
    const wd = await workdir(`
resource "litmos_user" "learner" {
  username   = "ephemeral-link@example.com"
  first_name = "Eph"
  last_name  = "Emeral"
}
ephemeral "litmos_user_login_key" "learner" {
  user_id = litmos_user.learner.id
}
resource "litmos_conductorone_app" "app" {
  display_name = "Litmos ephemeral"
}
resource "litmos_conductorone_connector" "c" {
  app_id             = litmos_conductorone_app.app.id
  source             = "${sims.litmos.source}"
  api_key_wo         = ephemeral.litmos_user_login_key.learner.login_key
  api_key_wo_version = 1
}
`);
    const apply = await wd.must(['apply', '-auto-approve', '-no-color']);
    const link = sims.litmos.store.findUser('ephemeral-link@example.com')!.LoginKey;
    expect(link).toMatch(/^https:/);
    // Terraform opened the ephemeral resource and sent its value on, write-only...
    const stored = [...sims.conductorOne.store.connectors.values()].map(
      (c) => c.configuration[LITMOS_CONFIG_KEYS.apiKey],
    );
    expect(stored).toContain(link);
    // ...and kept it out of the state file and the output.
    expect(readFileSync(join(wd.dir, 'terraform.tfstate'), 'utf8')).not.toContain(link);
    expect(`${apply.stdout}${apply.stderr}`).not.toContain(link);
  });
});
