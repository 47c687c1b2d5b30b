/**
 * The cdktn flavour: the same sources (bindings and constructs) built against `cdktn`, the
 * maintained fork of CDKTF, into `lib/cdktn/`. Module specifiers `cdktf` and `cdktf/...` become
 * `cdktn` and `cdktn/...`; nothing else changes (cdktn is a rename-level drop-in). The
 * self-hosted construct keeps `@cdktf/provider-kubernetes` (no cdktn build of it is published on
 * npm). Observed: cdktn's synthesizer rejects those cdktf elements, so with cdktn the
 * self-hosted path is the plain manifests (`writeSelfHostedManifests`). The script synthesizes a
 * cloud-hosted stack with cdktn's App as a smoke test and fails when it does not synthesize.
 *
 *   tsx scripts/build-cdktn.ts
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'lib', 'cdktn');

function rewrite(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      changed += rewrite(p);
    } else if (p.endsWith('.ts')) {
      const before = readFileSync(p, 'utf8');
      const after = before.replace(/from 'cdktf(\/[^']*)?'/g, "from 'cdktn$1'");
      if (after !== before) {
        writeFileSync(p, after);
        changed++;
      }
    }
  }
  return changed;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(packageDir, '.cdktn-build-'));
  try {
    cpSync(join(packageDir, 'src'), join(work, 'src'), { recursive: true });
    const files = rewrite(join(work, 'src'));
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        extends: join(packageDir, 'tsconfig.build.json'),
        compilerOptions: { rootDir: join(work, 'src'), outDir },
        include: [join(work, 'src'), join(work, 'src', '.gen')],
      }),
    );
    rmSync(outDir, { recursive: true, force: true });
    const tsc = spawnSync(
      process.execPath,
      [join(packageDir, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(work, 'tsconfig.json')],
      {
        encoding: 'utf8',
      },
    );
    if (tsc.status !== 0) throw new Error(`tsc failed for the cdktn flavour:\n${tsc.stdout}${tsc.stderr}`);
    process.stdout.write(`cdktn flavour: ${files} files rewritten, compiled into lib/cdktn/\n`);
    await smokeTest();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Synthesizes both hosting modes with cdktn's App from the built flavour. */
async function smokeTest(): Promise<void> {
  const cdktn = (await import('cdktn')) as typeof import('cdktn');
  const lib = (await import(pathToFileURL(join(outDir, 'index.js')).href)) as Record<string, unknown>;
  const selfHosted = (await import(pathToFileURL(join(outDir, 'self-hosted-entry.js')).href)) as Record<
    string,
    unknown
  >;
  type Ctor = new (scope: unknown, id: string, props: unknown) => unknown;
  const Integration = lib.LitmosConductorOneIntegration as Ctor;
  const LitmosSecret = lib.LitmosSecret as { fromVariable(v: unknown): unknown };
  const Hosting = selfHosted.SelfHostedConnectorHosting as new (props: unknown) => unknown;
  const synthOne = (kind: 'cloud' | 'self-hosted'): string => {
    const outdir = mkdtempSync(join(tmpdir(), 'litmos-cdktn-'));
    try {
      const app = new cdktn.App({ outdir });
      const stack = new cdktn.TerraformStack(app, kind);
      new (lib.provider as { LitmosProvider: Ctor }).LitmosProvider(stack, 'litmos', {});
      const secret = (n: string) =>
        LitmosSecret.fromVariable(new cdktn.TerraformVariable(stack, n, { type: 'string', sensitive: true }));
      new Integration(stack, 'Litmos', {
        conductorOneApp: { displayName: 'Litmos' },
        litmosSource: 'acme',
        litmosApiKey: secret('litmos_api_key'),
        people: [
          { username: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', teams: ['Engineering'] },
        ],
        ...(kind === 'cloud' ? {} : { connector: new Hosting({ image: 'baton-litmos:dev' }) }),
      });
      app.synth();
      return readFileSync(join(outdir, 'stacks', kind, 'cdk.tf.json'), 'utf8');
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  };
  const cloud = JSON.parse(synthOne('cloud')) as {
    resource: Record<string, Record<string, Record<string, unknown>>>;
  };
  const connector = Object.values(cloud.resource.litmos_conductorone_connector ?? {})[0];
  if (connector?.api_key_wo !== '${var.litmos_api_key}') {
    throw new Error('cdktn smoke test: the cloud connector is missing api_key_wo');
  }
  for (const t of ['litmos_user', 'litmos_team_member', 'litmos_conductorone_app']) {
    if (!cloud.resource[t]) throw new Error(`cdktn smoke test: the cloud stack has no ${t}`);
  }
  process.stdout.write('cdktn flavour: the cloud-hosted stack synthesizes with cdktn.App\n');
  try {
    synthOne('self-hosted');
    process.stdout.write('cdktn flavour: the self-hosted stack synthesizes too\n');
  } catch (e: unknown) {
    // @cdktf/provider-kubernetes resources are cdktf elements; cdktn's synthesizer rejects them.
    process.stdout.write(
      `cdktn flavour: self-hosted in Kubernetes is not available with cdktn (${e instanceof Error ? e.message : String(e)}); ` +
        'use writeSelfHostedManifests() for kubectl/GitOps instead\n',
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`build-cdktn: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
