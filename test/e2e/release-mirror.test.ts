/**
 * The release zip as users install it: `terraform init` from a filesystem mirror in the packed
 * layout (`<host>/<namespace>/<type>/terraform-provider-litmos_<version>_<os>_<arch>.zip`), offline,
 * then terraform launches the unpacked single executable.
 */
import { providerBlock } from '../../scripts/hcl.js';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pinsForRunningNode } from '../plugin/helpers/release-trust.js';
import { describeWithTerraform, repoRoot, TerraformWorkdir } from './terraform-harness.js';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const target = `${platform() === 'win32' ? 'windows' : platform()}_${arch() === 'x64' ? 'amd64' : arch()}`;
const zip = `terraform-provider-litmos_${version}_${target}.zip`;

describeWithTerraform('release zip installed from a packed filesystem mirror', (terraform) => {
  let releaseDir: string;
  let mirror: string;
  let wd: TerraformWorkdir;

  beforeAll(() => {
    releaseDir = mkdtempSync(join(tmpdir(), 'litmos-release-e2e-'));
    const r = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'provider/release.mjs'),
        '--out',
        releaseDir,
        '--targets',
        'current',
        // Test pins of the node running here, so that this platform gets its single executable.
        '--node-pins',
        pinsForRunningNode(mkdtempSync(join(tmpdir(), 'litmos-pins-'))),
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`release failed: ${r.stderr}`);
    mirror = join(releaseDir, 'mirror');
    const packageDir = join(mirror, 'registry.terraform.io', 'litmos-oss', 'litmos');
    mkdirSync(packageDir, { recursive: true });
    copyFileSync(join(releaseDir, zip), join(packageDir, zip));

    wd = new TerraformWorkdir(terraform, {});
    // The workdir's CLI configuration file: point it at the packed mirror instead of the build's.
    wd.write(
      '.terraformrc',
      [
        'provider_installation {',
        '  filesystem_mirror {',
        `    path    = ${JSON.stringify(mirror)}`,
        '    include = ["registry.terraform.io/litmos-oss/litmos"]',
        '  }',
        '  direct {',
        '    exclude = ["registry.terraform.io/litmos-oss/litmos"]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    wd.write('main.tf', providerBlock);
  });

  afterAll(() => {
    wd?.remove();
    rmSync(releaseDir, { recursive: true, force: true });
  });

  test('terraform init unpacks the zip offline into an executable and locks its hash', async () => {
    await wd.must(['init', '-no-color']);
    const name = `terraform-provider-litmos_v${version}`;
    const installed = join(
      wd.dir,
      '.terraform/providers/registry.terraform.io/litmos-oss/litmos',
      version,
      target,
      name,
    );
    expect(statSync(installed).mode & 0o111).not.toBe(0);
    // Terraform's "h1:" hash of a package folder: SHA-256 over the lines `<sha256>  <file>\n`.
    const fileDigest = createHash('sha256').update(readFileSync(installed)).digest('hex');
    const h1 = createHash('sha256').update(`${fileDigest}  ${name}\n`).digest('base64');
    expect(readFileSync(join(wd.dir, '.terraform.lock.hcl'), 'utf8')).toContain(`"h1:${h1}"`);
  });

  test('terraform runs the unpacked single executable', async () => {
    const r = await wd.must(['providers', 'schema', '-json']);
    const doc = JSON.parse(r.stdout) as {
      provider_schemas: Record<string, { resource_schemas?: Record<string, unknown> }>;
    };
    const schemas = doc.provider_schemas['registry.terraform.io/litmos-oss/litmos']?.resource_schemas;
    expect(Object.keys(schemas ?? {})).toContain('litmos_user');
  });
});
