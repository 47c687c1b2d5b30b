/**
 * Every example that docs/ embeds is valid Terraform: each folder under examples/provider,
 * examples/resources and examples/data-sources passes `terraform validate` against the provider
 * from the local mirror (run `npm run build` first) and is formatted as `terraform fmt` wants.
 */
import { providerBlock } from '../../scripts/hcl.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithTerraform, repoRoot, TerraformWorkdir } from './terraform-harness.js';

const folders = [
  'examples/provider',
  ...['resources', 'data-sources', 'ephemeral-resources'].flatMap((kind) =>
    readdirSync(join(repoRoot, 'examples', kind)).map((type) => `examples/${kind}/${type}`),
  ),
];

/** Registry examples leave out the terraform block; validation needs it to find litmos-oss/litmos. */
const versions = providerBlock;

describeWithTerraform('examples for the registry docs', (terraform) => {
  const dirs: TerraformWorkdir[] = [];
  afterAll(() => dirs.forEach((d) => d.remove()));

  test('cover every resource and data source folder', () => {
    expect(folders.length).toBeGreaterThanOrEqual(13);
  });

  test.each(folders)('%s passes terraform validate and fmt', async (folder) => {
    const wd = new TerraformWorkdir(terraform, {});
    dirs.push(wd);
    wd.copyFrom(folder);
    await wd.must(['fmt', '-check', '-diff', '-no-color']);
    if (folder !== 'examples/provider') wd.write('versions.tf', versions);
    await wd.must(['init', '-backend=false', '-no-color']);
    const r = await wd.run(['validate', '-json', '-no-color']);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      diagnostics: { summary: string; detail: string }[];
    };
    expect(out.diagnostics).toEqual([]);
    expect(out.valid).toBe(true);
  });
});
