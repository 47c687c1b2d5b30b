/**
 * A CDKTF user's own project, outside this repository: it installs `@litmos-oss/cdktf-litmos`
 * from `npm pack` output (with cdktf, constructs, ts-node and typescript from the registry), is
 * laid out like `cdktf init --template=typescript` (CommonJS, `npx ts-node main.ts`), and is run
 * with the real `cdktf` CLI: synth, deploy, diff, destroy against the simulators. An ES module
 * project beside it (`"type": "module"`, NodeNext) type-checks and runs against the ESM build.
 * One install serves every step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, TerraformWorkdir } from '../../scripts/terraform-runner.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';
import { describeWithCdktf, runCdktf } from './cdktf-cli-harness.js';

const PACKAGE = '@litmos-oss/cdktf-litmos';

/** The stack both module systems build: three people in meaningful, reorderable order. */
const stackSource = (importLine: string) => `${importLine}

const people = [
  { username: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', accessLevel: 'Administrator',
    teams: ['Engineering'], courses: [{ name: 'Security Awareness' }] },
  { username: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper',
    teams: [{ team: 'Engineering', role: 'leader' }, 'Sales'], courses: [{ name: 'Onboarding' }] },
  { username: 'alan@example.com', firstName: 'Alan', lastName: 'Turing',
    teams: ['Sales'], courses: [{ name: 'Security Awareness' }, { name: 'Onboarding' }] },
];

function build(outdir) {
  const app = new App(outdir ? { outdir } : {});
  const stack = new TerraformStack(app, 'litmos');
  new LocalBackend(stack, { path: 'terraform.tfstate' });
  new provider.LitmosProvider(stack, 'litmos', {});
  const key = new TerraformVariable(stack, 'litmos_api_key_for_connector', { type: 'string', sensitive: true });
  new LitmosConductorOneIntegration(stack, 'litmos-integration', {
    conductorOneApp: { displayName: 'Litmos' },
    litmosSource: 'acme',
    litmosApiKey: LitmosSecret.fromVariable(key),
    syncCourses: [{ name: 'Security Awareness' }],
    people: process.env.LITMOS_REORDER === '1' ? [...people].reverse() : people,
  });
  app.synth();
}
`;

/** The stack in TypeScript, for a CommonJS project (`build()`) or an ES module one (`build(argv)`). */
const typedMain = (call: string) =>
  stackSource(
    `import { App, LocalBackend, TerraformStack, TerraformVariable } from 'cdktf';
import { LitmosConductorOneIntegration, provider, LitmosSecret, type LitmosPersonSpec } from '${PACKAGE}';`,
  )
    .replace('const people = [', 'const people: LitmosPersonSpec[] = [')
    .replace('function build(outdir) {', 'function build(outdir?: string): void {')
    .concat(`\n${call};\n`);

/** A JavaScript user who pastes the key itself: synth must fail, naming the path, not the key. */
const PASTED_KEY = 'lit-pasted-7c1e9b';
const esmLeak = `import { App, TerraformStack } from 'cdktf';
import { LitmosConductorOneIntegration, provider } from '${PACKAGE}';
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, 'litmos');
new provider.LitmosProvider(stack, 'litmos', {});
new LitmosConductorOneIntegration(stack, 'litmos-integration', {
  conductorOneApp: { displayName: 'Litmos' },
  litmosSource: 'acme',
  litmosApiKey: '${PASTED_KEY}',
});
app.synth();
`;

describeWithCdktf('a user project that installs the packed package, through the real cdktf CLI', (cdktf) => {
  let sims: Simulators;
  let wd: TerraformWorkdir;
  let project: string;
  let outdir: string;
  let env: Record<string, string>;
  // The first synth type-checks main.ts; later steps run the same file without checking again.
  const cli = (args: string[], extra: Record<string, string> = { TS_NODE_TRANSPILE_ONLY: '1' }) =>
    runCdktf(cdktf, project, [...args, '--output', outdir], { ...env, ...extra });

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'litmos-user-project-'));
    outdir = join(project, 'cdktf.out');
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
        cwd: join(repoRoot, 'constructs'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as { filename: string }[];
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ name: 'litmos-user-project', version: '1.0.0', private: true }),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'CommonJS',
          lib: ['ES2022'],
          strict: true,
          esModuleInterop: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['main.ts'],
      }),
      'cdktf.json': JSON.stringify({
        language: 'typescript',
        app: 'npx ts-node main.ts',
        projectId: 'litmos-user-project',
        sendCrashReports: 'false',
        terraformProviders: [],
        terraformModules: [],
        context: {},
      }),
      'main.ts': typedMain('build()'),
      'esm-leak.mjs': esmLeak,
      // An ES module project beside it ("type": "module", NodeNext), using the same node_modules.
      'esm-project/package.json': JSON.stringify({
        name: 'litmos-esm-project',
        private: true,
        type: 'module',
      }),
      'esm-project/tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          types: ['node'],
          outDir: 'dist',
        },
        include: ['main.ts'],
      }),
      'esm-project/main.ts': typedMain('build(process.argv[2])'),
    };
    mkdirSync(join(project, 'esm-project'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(project, name), content);
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        `./${packed[0]!.filename}`,
        'cdktf@0.21.0',
        'constructs@10.7.0',
        'ts-node@10',
        'typescript@5.9',
        '@types/node@20',
      ],
      { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    sims = await startSimulators();
    wd = new TerraformWorkdir('terraform', sims.env);
    env = { ...sims.env, TF_CLI_CONFIG_FILE: join(wd.dir, '.terraformrc') };
  });

  afterAll(async () => {
    wd?.remove();
    await sims?.close();
    if (project) rmSync(project, { recursive: true, force: true });
  });

  test('an ES module project type-checks against the ESM build (NodeNext) and synthesizes', () => {
    const tsc = spawnSync(
      process.execPath,
      [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'esm-project'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const esmOut = join(project, 'esm.out');
    const r = spawnSync(process.execPath, [join('esm-project', 'dist', 'main.js'), esmOut], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const stack = JSON.parse(readFileSync(join(esmOut, 'stacks', 'litmos', 'cdk.tf.json'), 'utf8')) as {
      resource: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(stack.resource.litmos_user ?? {})).toHaveLength(3);
  });

  test('installs without the optional Kubernetes peer, and a pasted key fails in JavaScript', () => {
    expect(existsSync(join(project, 'node_modules', '@cdktf', 'provider-kubernetes'))).toBe(false);
    const r = spawnSync(process.execPath, ['esm-leak.mjs', join(project, 'leak.out')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('[litmos/litmos-integration]');
    expect(r.stderr).toContain('litmosApiKey must be a LitmosSecret, got a plain string');
    expect(r.stderr).not.toContain(PASTED_KEY);
    expect(existsSync(join(project, 'leak.out', 'stacks', 'litmos', 'cdk.tf.json'))).toBe(false);
  });

  test('cdktf synth type-checks and runs the CommonJS project with ts-node', async () => {
    await cli(['synth'], {});
    const stack = readFileSync(join(outdir, 'stacks', 'litmos', 'cdk.tf.json'), 'utf8');
    expect(JSON.parse(stack)).toMatchObject({ terraform: { required_providers: { litmos: {} } } });
  });

  test('cdktf deploy --skip-provider-lock creates the users, memberships and assignments', async () => {
    await cli(['deploy', '--auto-approve', '--skip-provider-lock']);
    const store = sims.litmos.store;
    for (const u of ['ada@example.com', 'grace@example.com', 'alan@example.com']) {
      expect(store.findUser(u)?.Active).toBe(true);
    }
    const sales = store.listTeams().find((t) => t.Name === 'Sales')!;
    expect(
      store
        .teamUsers(sales.Id, 'members')
        .map((u) => u.UserName)
        .sort(),
    ).toEqual(['alan@example.com', 'grace@example.com']);
  });

  test('cdktf diff plans nothing, also with the people in reverse order', async () => {
    expect((await cli(['diff'])).output).toContain('No changes.');
    expect((await cli(['diff'], { TS_NODE_TRANSPILE_ONLY: '1', LITMOS_REORDER: '1' })).output).toContain(
      'No changes.',
    );
  });

  test('cdktf destroy removes everything', async () => {
    await cli(['destroy', '--auto-approve']);
    expect(sims.litmos.store.findUser('ada@example.com')?.Active).toBe(false);
    const state = JSON.parse(readFileSync(join(outdir, 'stacks', 'litmos', 'terraform.tfstate'), 'utf8')) as {
      resources: unknown[];
    };
    expect(state.resources).toHaveLength(0);
  });
});
