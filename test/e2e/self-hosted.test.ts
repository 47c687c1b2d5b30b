/**
 * The self-hosted Litmos connector end to end: the `litmos-self-hosted` stack of examples/cdktf,
 * synthesized offline, applied by real terraform against the ConductorOne and Litmos simulators.
 *
 * No Kubernetes API server (nor the hashicorp/kubernetes provider) is available offline, so each
 * `kubernetes_*_v1` resource of the synthesized stack becomes a `terraform_data` whose input is
 * the resource's arguments, unchanged: terraform evaluates every reference and function (the
 * credential, the Litmos course lookup, the checksum) exactly as it would for the kubernetes
 * provider, and the evaluated objects are then checked against the Kubernetes OpenAPI schemas.
 * (That stand-in keeps the Secret's values in this test's state; the real `data_wo` does not.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConductorOneClient, getConnectorCredential, isNotFound } from '../../src/conductorone/index.js';
import { startSimulators, type Simulators } from '../../scripts/simulators.js';
import {
  fromTerraform,
  selectorMatches,
  validateKubernetesObject,
  type KubernetesObject,
} from '../../constructs/test/kubernetes.js';
import {
  describeWithTerraform,
  repoRoot,
  resourcesOf,
  TerraformWorkdir,
  type StateResource,
} from './terraform-harness.js';

const KUBERNETES_TYPES = ['kubernetes_namespace_v1', 'kubernetes_secret_v1', 'kubernetes_deployment_v1'];
const STAND_IN = '__';

interface StackJson {
  terraform?: { required_providers?: Record<string, unknown> };
  provider?: Record<string, unknown>;
  resource?: Record<string, Record<string, Record<string, unknown>>>;
}

/** The stack with each Kubernetes resource replaced by a terraform_data holding its arguments. */
function withKubernetesStandIns(text: string): string {
  const stack = JSON.parse(text) as StackJson;
  const resources = stack.resource ?? {};
  const standIns: Record<string, Record<string, unknown>> = {};
  for (const type of KUBERNETES_TYPES) {
    for (const [name, block] of Object.entries(resources[type] ?? {})) {
      const { '//': _meta, provider: _provider, ...input } = block;
      standIns[`${type}${STAND_IN}${name}`] = { input };
    }
    delete resources[type];
  }
  resources.terraform_data = standIns;
  delete stack.provider?.kubernetes;
  delete stack.terraform?.required_providers?.kubernetes;
  return JSON.stringify(stack).replace(
    /\b(kubernetes_\w+_v1)\.([\w-]+)\.metadata\[0\]\.name\b/g,
    (_m, type: string, name: string) => `terraform_data.${type}${STAND_IN}${name}.output.metadata.name`,
  );
}

/** The Kubernetes objects the stand-ins hold, by kind. */
function kubernetesObjects(resources: StateResource[]): Record<string, KubernetesObject> {
  const out: Record<string, KubernetesObject> = {};
  for (const r of resources.filter((x) => x.type === 'terraform_data')) {
    const type = r.name.split(STAND_IN)[0]!;
    const object = fromTerraform(type, r.values.output as Record<string, unknown>);
    out[String(object.kind)] = object;
  }
  return out;
}

interface Pod {
  spec: {
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      spec: { containers: { envFrom: { secretRef: { name: string } }[] }[] };
    };
  };
}

describeWithTerraform('the self-hosted Litmos connector through real terraform', (terraform) => {
  let sims: Simulators;
  let wd: TerraformWorkdir;
  let outdir: string;
  let stackText: string;
  let admin: ConductorOneClient;
  let first: {
    objects: Record<string, KubernetesObject>;
    credential: StateResource;
    /** The Secret's `data_wo_revision`, as terraform evaluated it. */
    secretRevision: unknown;
  };

  const signsIn = async (clientId: unknown, clientSecret: unknown): Promise<boolean> => {
    const client = new ConductorOneClient({
      serverUrl: sims.conductorOne.serverUrl,
      clientId: String(clientId),
      clientSecret: String(clientSecret),
      retry: { maxRetries: 0 },
    });
    return client.verifyCredentials().then(
      () => true,
      () => false,
    );
  };

  const observe = async (): Promise<typeof first> => {
    const resources = resourcesOf(await wd.state());
    const credential = resources.find((r) => r.type === 'litmos_conductorone_connector_credential')!;
    const secret = resources.find((r) => r.name.startsWith(`kubernetes_secret_v1${STAND_IN}`))!;
    const output = secret.values.output as Record<string, unknown>;
    return { objects: kubernetesObjects(resources), credential, secretRevision: output.data_wo_revision };
  };

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'litmos-self-hosted-out-'));
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
    stackText = readFileSync(join(outdir, 'stacks', 'litmos-self-hosted', 'cdk.tf.json'), 'utf8');
    sims = await startSimulators();
    admin = new ConductorOneClient({
      serverUrl: sims.conductorOne.serverUrl,
      clientId: sims.conductorOne.clientId,
      clientSecret: sims.conductorOne.clientSecret,
    });
    wd = new TerraformWorkdir(terraform, sims.env);
    wd.write('cdk.tf.json', withKubernetesStandIns(stackText));
    await wd.must(['init', '-no-color']);
  });

  afterAll(async () => {
    wd?.remove();
    await sims?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  test("the example synthesizes offline with the document's defaults and no secret literal", () => {
    expect(stackText).not.toContain(sims.litmos.apiKey);
    expect(stackText).toContain('"image": "ghcr.io/conductorone/baton-litmos:latest"');
    expect(stackText).toContain('"name": "baton-litmos-secrets"');
    expect(stackText).toContain('"name": "conductorone"');
  });

  test('one apply makes the app, the Baton connector, its credential, the namespace, the Secret and the Deployment', async () => {
    await wd.must(['apply', '-auto-approve', '-no-color']);
    first = await observe();
    const c1 = sims.conductorOne;
    const [app] = [...c1.store.apps.values()];
    const connectors = c1.store.connectorsOf(app!.id);
    expect(connectors).toHaveLength(1);
    expect(first.credential.values.connector_id).toBe(connectors[0]!.id);
    expect(c1.credentials.liveOf(connectors[0]!.id).map((c) => c.id)).toEqual([first.credential.values.id]);
    expect(Object.keys(first.objects).sort()).toEqual(['Deployment', 'Namespace', 'Secret']);
  });

  test('every Kubernetes object, as terraform evaluated it, passes the Kubernetes OpenAPI schema', () => {
    for (const object of Object.values(first.objects))
      expect(() => validateKubernetesObject(object)).not.toThrow();
  });

  test('the Secret holds the credential and the Litmos settings under the five keys', async () => {
    const secret = first.objects.Secret!;
    expect(secret.metadata).toEqual({ name: 'baton-litmos-secrets', namespace: 'conductorone' });
    const data = secret.stringData as Record<string, string>;
    expect(Object.keys(data).sort()).toEqual([
      'BATON_API_KEY',
      'BATON_CLIENT_ID',
      'BATON_CLIENT_SECRET',
      'BATON_LIMITED_COURSES',
      'BATON_SOURCE',
    ]);
    expect(data.BATON_CLIENT_ID).toBe(first.credential.values.client_id);
    expect(data.BATON_API_KEY === sims.litmos.apiKey).toBe(true);
    expect(data.BATON_SOURCE).toBe(sims.litmos.source);
    const course = sims.litmos.store.listCourses().find((c) => c.Name === 'Security Awareness')!;
    expect(data.BATON_LIMITED_COURSES).toBe(course.Id);
    // What the connector process would do with BATON_CLIENT_ID/BATON_CLIENT_SECRET: sign in.
    expect(await signsIn(data.BATON_CLIENT_ID, data.BATON_CLIENT_SECRET)).toBe(true);
  });

  test("the Deployment's selector and `kubectl -n conductorone logs -l app=baton-litmos` find its pods", () => {
    const deployment = first.objects.Deployment as unknown as Pod & { metadata: Record<string, unknown> };
    expect(deployment.metadata.namespace).toBe('conductorone');
    const pods = deployment.spec.template.metadata.labels;
    expect(selectorMatches('app=baton-litmos', pods)).toBe(true);
    expect(Object.entries(deployment.spec.selector.matchLabels).every(([k, v]) => pods[k] === v)).toBe(true);
    expect(deployment.spec.template.spec.containers[0]!.envFrom).toEqual([
      { secretRef: { name: 'baton-litmos-secrets' } },
    ]);
  });

  test('a second plan shows no changes', async () => {
    const r = await wd.run(['plan', '-detailed-exitcode', '-no-color']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('rotating the credential rewrites the Secret, changes the pod template and revokes the old one', async () => {
    await wd.must(['apply', '-auto-approve', '-no-color', `-replace=${first.credential.address}`]);
    const second = await observe();
    expect(second.credential.values.id).not.toBe(first.credential.values.id);
    const annotation = (o: Record<string, KubernetesObject>): string =>
      (o.Deployment as unknown as Pod).spec.template.metadata.annotations['checksum/baton-litmos-secrets']!;
    expect(annotation(first.objects)).toMatch(/^[0-9a-f]{64}$/);
    expect(annotation(second.objects)).not.toBe(annotation(first.objects));
    expect(typeof first.secretRevision).toBe('number');
    expect(second.secretRevision).not.toBe(first.secretRevision);
    const secret = second.objects.Secret as { stringData: Record<string, string> };
    expect(secret.stringData.BATON_CLIENT_ID).toBe(second.credential.values.client_id);
    expect(await signsIn(first.credential.values.client_id, first.credential.values.client_secret)).toBe(
      false,
    );
    expect(await signsIn(second.credential.values.client_id, second.credential.values.client_secret)).toBe(
      true,
    );
    first = second;
  });

  test('destroy revokes the credential (the simulator no longer knows it) and deletes the connector', async () => {
    const {
      app_id: appId,
      connector_id: connectorId,
      id,
    } = first.credential.values as Record<string, string>;
    const revokeRoute = 'POST /api/v1/apps/{app_id}/connectors/{connector_id}/credentials/{id}';
    const revokesBefore = sims.conductorOne.stats.get(revokeRoute);
    await wd.must(['destroy', '-auto-approve', '-no-color']);
    expect(sims.conductorOne.stats.get(revokeRoute)).toBe(revokesBefore + 1);
    const lookup = await getConnectorCredential(admin, appId, connectorId, id).then(
      () => 'found',
      (e: unknown) => (isNotFound(e) ? 'not found' : String(e)),
    );
    expect(lookup).toBe('not found');
    expect(sims.conductorOne.credentials.credentials.get(id)?.revokedAt).toEqual(expect.any(String));
    expect(await signsIn(first.credential.values.client_id, first.credential.values.client_secret)).toBe(
      false,
    );
    expect(resourcesOf(await wd.state())).toHaveLength(0);
  });
});
