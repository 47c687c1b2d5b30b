/** The self-hosted connector as plain Kubernetes manifests. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { selfHostedManifests, writeSelfHostedManifests, type SelfHostedManifestProps } from '../src/index.js';

const props: SelfHostedManifestProps = {
  image: 'registry.example.com/baton-litmos:v0.1.0',
  namespace: 'identity',
  litmosSource: 'acme',
  courseIds: ['c-1', 'c-2'],
};

test('the Secret holds placeholders for envsubst, never values', () => {
  const { secret } = selfHostedManifests(props);
  expect(secret).toMatchObject({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'baton-litmos', namespace: 'identity' },
    stringData: {
      BATON_CLIENT_ID: '${BATON_CLIENT_ID}',
      BATON_CLIENT_SECRET: '${BATON_CLIENT_SECRET}',
      BATON_API_KEY: '${BATON_API_KEY}',
    },
  });
});

test('the Deployment reads secrets from the Secret and sets source and courses', () => {
  const { deployment } = selfHostedManifests(props);
  const spec = deployment.spec as {
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: { containers: { image: string; env: unknown[] }[] };
    };
  };
  expect(spec.selector.matchLabels).toEqual(spec.template.metadata.labels);
  const [container] = spec.template.spec.containers;
  expect(container!.image).toBe(props.image);
  expect(container!.env).toEqual([
    {
      name: 'BATON_CLIENT_ID',
      valueFrom: { secretKeyRef: { name: 'baton-litmos', key: 'BATON_CLIENT_ID' } },
    },
    {
      name: 'BATON_CLIENT_SECRET',
      valueFrom: { secretKeyRef: { name: 'baton-litmos', key: 'BATON_CLIENT_SECRET' } },
    },
    { name: 'BATON_API_KEY', valueFrom: { secretKeyRef: { name: 'baton-litmos', key: 'BATON_API_KEY' } } },
    { name: 'BATON_SOURCE', value: 'acme' },
    { name: 'BATON_LIMITED_COURSES', value: 'c-1,c-2' },
  ]);
});

test('without courses there is no BATON_LIMITED_COURSES (all courses are synced)', () => {
  const { deployment } = selfHostedManifests({ ...props, courseIds: [] });
  expect(JSON.stringify(deployment)).not.toContain('BATON_LIMITED_COURSES');
});

test('writes YAML files that parse back to the same objects', () => {
  const dir = mkdtempSync(join(tmpdir(), 'litmos-manifests-'));
  try {
    const [secretPath, deploymentPath] = writeSelfHostedManifests(dir, props);
    const m = selfHostedManifests(props);
    expect(parse(readFileSync(secretPath!, 'utf8'))).toEqual(m.secret);
    expect(parse(readFileSync(deploymentPath!, 'utf8'))).toEqual(m.deployment);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('invalid props are reported together', () => {
  expect(() => selfHostedManifests({ ...props, image: '', name: 'Baton', litmosSource: '' })).toThrow(
    /3 problem\(s\):\n {2}- selfHosted\.image must name a container image\n {2}- selfHosted\.name "Baton" is not a valid Kubernetes name.*\n {2}- litmosSource must not be empty/,
  );
});
