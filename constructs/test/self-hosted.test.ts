/** SelfHostedLitmosConnector, synthesized without terraform: all three steps of the document. */
import { TerraformStack, TerraformVariable } from 'cdktf';
import { CHECKSUM_ANNOTATION, LitmosConstructError } from '../src/index.js';
import { SelfHostedLitmosConnector, type SelfHostedLitmosConnectorProps } from '../src/self-hosted-entry.js';
import { blocks, secretVariable, synth, type SynthJson } from './helpers.js';
import { fromTerraform, selectorMatches, validateKubernetesObject } from './kubernetes.js';

type Over = Partial<SelfHostedLitmosConnectorProps>;

function stack(over: Over = {}): { text: string; json: SynthJson } {
  return synth((s: TerraformStack) => {
    new SelfHostedLitmosConnector(s, 'litmos', {
      conductorOneApp: { displayName: 'Litmos' },
      ownerUserIds: ['user-1'],
      litmosApiKey: secretVariable(s, 'litmos_api_key'),
      litmosSource: 'acme',
      syncCourseIds: ['c-1', 'c-2'],
      ...over,
    });
  });
}

const only = (json: SynthJson, type: string): Record<string, unknown> => {
  const all = blocks(json, type);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('SelfHostedLitmosConnector with the defaults', () => {
  const { text, json } = stack();
  const secret = fromTerraform('kubernetes_secret_v1', only(json, 'kubernetes_secret_v1'));
  const deployment = fromTerraform('kubernetes_deployment_v1', only(json, 'kubernetes_deployment_v1'));

  test('step 1: a Baton connector with its owners on the new app, and a credential for it', () => {
    expect(only(json, 'litmos_conductorone_app')).toMatchObject({ display_name: 'Litmos' });
    expect(only(json, 'litmos_conductorone_baton_connector')).toEqual({
      app_id: expect.stringMatching(/^\$\{litmos_conductorone_app\.\w+\.id\}$/),
      display_name: 'baton-litmos',
      user_ids: ['user-1'],
    });
    expect(only(json, 'litmos_conductorone_connector_credential')).toMatchObject({
      app_id: expect.stringMatching(/^\$\{litmos_conductorone_baton_connector\.\w+\.app_id\}$/),
      connector_id: expect.stringMatching(/^\$\{litmos_conductorone_baton_connector\.\w+\.id\}$/),
    });
    expect(blocks(json, 'litmos_conductorone_connector')).toHaveLength(0);
  });

  test("step 2: the Secret is the document's, its five keys fed from the credential and the Litmos settings", () => {
    expect(secret).toMatchObject({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'baton-litmos-secrets', namespace: 'conductorone' },
      type: 'Opaque',
    });
    expect(secret.stringData).toEqual({
      BATON_CLIENT_ID: expect.stringMatching(
        /^\$\{litmos_conductorone_connector_credential\.\w+\.client_id\}$/,
      ),
      BATON_CLIENT_SECRET: expect.stringMatching(
        /^\$\{litmos_conductorone_connector_credential\.\w+\.client_secret\}$/,
      ),
      BATON_API_KEY: '${var.litmos_api_key}',
      BATON_SOURCE: 'acme',
      BATON_LIMITED_COURSES: 'c-1,c-2',
    });
  });

  test('write-only delivery: data_wo with a revision derived from the checksum; no data in state', () => {
    const block = only(json, 'kubernetes_secret_v1');
    expect(block).not.toHaveProperty('data');
    expect(block.data_wo_revision).toMatch(/^\$\{parseint\(substr\(sha256\(/);
  });

  test("step 2: the Deployment is the document's: labels, selector, pod labels, image, pull policy, envFrom", () => {
    expect(deployment).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'baton-litmos', namespace: 'conductorone', labels: { app: 'baton-litmos' } },
      spec: {
        selector: { matchLabels: { app: 'baton-litmos' } },
        template: {
          metadata: { labels: { app: 'baton-litmos', baton: 'true', 'baton-app': 'litmos' } },
          spec: {
            containers: [
              {
                name: 'baton-litmos',
                image: 'ghcr.io/conductorone/baton-litmos:latest',
                imagePullPolicy: 'IfNotPresent',
                envFrom: [
                  { secretRef: { name: expect.stringMatching(/kubernetes_secret_v1\.\w+\.metadata/) } },
                ],
              },
            ],
          },
        },
      },
    });
    expect(JSON.stringify(deployment)).not.toContain('"env"');
  });

  test('the pod template carries a checksum of the credential ID, the key version, source and courses', () => {
    const annotation = (
      deployment as { spec: { template: { metadata: { annotations: Record<string, string> } } } }
    ).spec.template.metadata.annotations[CHECKSUM_ANNOTATION]!;
    expect(annotation).toMatch(/^\$\{sha256\(join\(/);
    expect(annotation).toMatch(/litmos_conductorone_connector_credential\.\w+\.id/);
    expect(annotation).toContain('"litmos-api-key-version", "1"');
    expect(annotation).not.toContain('client_secret');
    expect(annotation).not.toContain('var.litmos_api_key');
  });

  test('every Kubernetes object passes the Kubernetes OpenAPI schema', () => {
    expect(() => validateKubernetesObject(secret)).not.toThrow();
    expect(() => validateKubernetesObject(deployment)).not.toThrow();
  });

  test("the document's verification selector (logs -l app=baton-litmos) and the Deployment's selector match the pods", () => {
    const spec = deployment.spec as {
      selector: { matchLabels: Record<string, string> };
      template: { metadata: { labels: Record<string, string> } };
    };
    const pods = spec.template.metadata.labels;
    expect(selectorMatches('app=baton-litmos', pods)).toBe(true);
    expect(Object.entries(spec.selector.matchLabels).every(([k, v]) => pods[k] === v)).toBe(true);
  });

  test('no namespace is created unless asked; the synthesized stack holds no secret literal', () => {
    expect(blocks(json, 'kubernetes_namespace_v1')).toHaveLength(0);
    expect(text).not.toMatch(/secret-token:/);
  });
});

test('createNamespace creates the namespace and places the Secret and Deployment in it', () => {
  const { json } = stack({ createNamespace: true, namespace: 'identity' });
  const ns = fromTerraform('kubernetes_namespace_v1', only(json, 'kubernetes_namespace_v1'));
  expect(ns).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'identity' } });
  validateKubernetesObject(ns);
  const ref = expect.stringMatching(/^\$\{kubernetes_namespace_v1\.\w+\.metadata\[0\]\.name\}$/);
  expect(only(json, 'kubernetes_secret_v1')).toMatchObject({ metadata: { namespace: ref } });
  expect(only(json, 'kubernetes_deployment_v1')).toMatchObject({ metadata: { namespace: ref } });
});

test('a key version from a variable goes into the checksum as a reference', () => {
  const { json } = synth((s: TerraformStack) => {
    const version = new TerraformVariable(s, 'key_version', { type: 'number' });
    new SelfHostedLitmosConnector(s, 'litmos', {
      conductorOneApp: { existingAppId: 'app-1' },
      litmosApiKey: secretVariable(s, 'litmos_api_key'),
      litmosSource: 'acme',
      litmosApiKeyVersion: version.numberValue,
    });
  });
  const deployment = only(json, 'kubernetes_deployment_v1') as {
    spec: { template: { metadata: { annotations: Record<string, string> } } };
  };
  expect(deployment.spec.template.metadata.annotations[CHECKSUM_ANNOTATION]).toContain('var.key_version');
});

test('state delivery (Terraform < 1.11) puts the values in data instead of data_wo', () => {
  const { json } = stack({ secretDelivery: 'state' });
  const block = only(json, 'kubernetes_secret_v1');
  expect(block).not.toHaveProperty('data_wo');
  expect(block).not.toHaveProperty('data_wo_revision');
  expect(Object.keys(block.data as object).sort()).toEqual(
    [
      'BATON_CLIENT_ID',
      'BATON_CLIENT_SECRET',
      'BATON_API_KEY',
      'BATON_SOURCE',
      'BATON_LIMITED_COURSES',
    ].sort(),
  );
  validateKubernetesObject(fromTerraform('kubernetes_secret_v1', block));
});

test('an existing app is used as is; without courses the fifth key is left out', () => {
  const { json } = stack({ conductorOneApp: { existingAppId: 'app-123' }, syncCourseIds: [] });
  expect(blocks(json, 'litmos_conductorone_app')).toHaveLength(0);
  expect(only(json, 'litmos_conductorone_baton_connector')).toMatchObject({ app_id: 'app-123' });
  expect(Object.keys(only(json, 'kubernetes_secret_v1').data_wo as object)).not.toContain(
    'BATON_LIMITED_COURSES',
  );
});

test('invalid props are reported together', () => {
  let error: unknown;
  try {
    stack({
      litmosSource: ' ',
      imagePullPolicy: 'Sometimes' as 'Always',
      namespace: 'Identity_Team',
      secretDelivery: 'env' as 'state',
      litmosApiKeyVersion: 0,
      ownerUserIds: [],
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LitmosConstructError);
  expect((error as LitmosConstructError).problems).toEqual([
    expect.stringMatching(/imagePullPolicy "Sometimes"/),
    expect.stringMatching(/namespace "Identity_Team" is not a valid Kubernetes name/),
    expect.stringMatching(/litmosSource must not be empty/),
    expect.stringMatching(/secretDelivery: unknown value "env"/),
    expect.stringMatching(/litmosApiKeyVersion must be a whole number/),
    expect.stringMatching(/ownerUserIds must not be empty/),
  ]);
});
