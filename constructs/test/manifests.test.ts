/** The self-hosted connector as the document's two plain Kubernetes manifest files. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { selfHostedManifests, writeSelfHostedManifests, type SelfHostedManifestProps } from '../src/index.js';
import { selectorMatches, validateKubernetesObject } from './kubernetes.js';

const props: SelfHostedManifestProps = { litmosSource: 'acme', syncCourseIds: ['c-1', 'c-2'] };

/** The document's YAML (step 2), with its placeholders filled as the writer fills them. */
const DOCUMENT_SECRET = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'baton-litmos-secrets' },
  type: 'Opaque',
  stringData: {
    BATON_CLIENT_ID: '${BATON_CLIENT_ID}',
    BATON_CLIENT_SECRET: '${BATON_CLIENT_SECRET}',
    BATON_API_KEY: '${BATON_API_KEY}',
    BATON_SOURCE: 'acme',
    BATON_LIMITED_COURSES: 'c-1,c-2',
  },
};
const DOCUMENT_DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'baton-litmos', labels: { app: 'baton-litmos' } },
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
            envFrom: [{ secretRef: { name: 'baton-litmos-secrets' } }],
          },
        ],
      },
    },
  },
};

describe('writeSelfHostedManifests with the defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'litmos-manifests-'));
  const written = writeSelfHostedManifests(dir, props);
  const secretText = readFileSync(written.secretFile, 'utf8');
  const deploymentText = readFileSync(written.deploymentFile, 'utf8');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("writes exactly the document's two files, by the document's names", () => {
    expect(readdirSync(dir).sort()).toEqual(['baton-litmos-secrets.yaml', 'baton-litmos.yaml']);
    expect(basename(written.secretFile)).toBe('baton-litmos-secrets.yaml');
    expect(basename(written.deploymentFile)).toBe('baton-litmos.yaml');
  });

  test("the files parse to the document's objects: same names, labels, image, pull policy, keys, envFrom", () => {
    expect(parse(secretText)).toEqual(DOCUMENT_SECRET);
    expect(parse(deploymentText)).toEqual(DOCUMENT_DEPLOYMENT);
  });

  test('one document per file, no YAML anchors or aliases, baton: "true" as a string', () => {
    for (const text of [secretText, deploymentText]) {
      expect(parseAllDocuments(text)).toHaveLength(1);
      expect(text).not.toMatch(/[&*][a-z]\w*/);
    }
    expect(deploymentText).toContain('baton: "true"');
    expect(secretText).toMatch(/^# baton-litmos-secrets\.yaml/);
    expect(secretText).toContain('# ConductorOne credentials\n');
    expect(secretText).toContain('# Litmos credentials\n');
    expect(deploymentText).toMatch(/^# baton-litmos\.yaml/);
  });

  test('no namespace in the files, so `kubectl -n conductorone apply -f` cannot mismatch', () => {
    expect(secretText).not.toContain('namespace');
    expect(deploymentText).not.toContain('namespace');
  });

  test("returns the document's steps 3 and 4; the logs selector finds the pods", () => {
    expect(written.commands).toEqual([
      'kubectl create namespace conductorone',
      'kubectl -n conductorone apply -f baton-litmos-secrets.yaml',
      'kubectl -n conductorone apply -f baton-litmos.yaml',
      'kubectl -n conductorone get pods',
      'kubectl -n conductorone logs -l app=baton-litmos',
    ]);
    const selector = /-l (\S+)$/.exec(written.commands[4]!)![1]!;
    const podLabels = DOCUMENT_DEPLOYMENT.spec.template.metadata.labels;
    expect(selectorMatches(selector, podLabels)).toBe(true);
    expect(selectorMatches(selector, { 'app.kubernetes.io/name': 'baton-litmos' })).toBe(false);
  });

  test('both written objects pass the Kubernetes OpenAPI schema', () => {
    expect(() => validateKubernetesObject(parse(secretText) as Record<string, unknown>)).not.toThrow();
    expect(() => validateKubernetesObject(parse(deploymentText) as Record<string, unknown>)).not.toThrow();
  });
});

test('the schema check catches an unquoted baton: true (a boolean label value)', () => {
  const broken = parse(
    readFileSync(
      writeSelfHostedManifests(mkdtempSync(join(tmpdir(), 'litmos-m-')), props).deploymentFile,
      'utf8',
    ).replace('baton: "true"', 'baton: true'),
  ) as Record<string, unknown>;
  expect(() => validateKubernetesObject(broken)).toThrow(/labels\/baton must be string/);
});

test('without courses BATON_LIMITED_COURSES is left out (all courses are synced)', () => {
  const { secret } = selfHostedManifests({ litmosSource: 'acme' });
  expect(Object.keys(secret.stringData as object)).toEqual([
    'BATON_CLIENT_ID',
    'BATON_CLIENT_SECRET',
    'BATON_API_KEY',
    'BATON_SOURCE',
  ]);
});

test('other names and image carry through to labels, selector, envFrom and file names', () => {
  const dir = mkdtempSync(join(tmpdir(), 'litmos-manifests-'));
  try {
    const w = writeSelfHostedManifests(dir, {
      ...props,
      name: 'litmos-sync',
      image: 'registry.example.com/baton-litmos:v0.1.0',
      imagePullPolicy: 'Always',
      namespace: 'identity',
    });
    expect(basename(w.secretFile)).toBe('litmos-sync-secrets.yaml');
    expect(w.commands[4]).toBe('kubectl -n identity logs -l app=litmos-sync');
    const d = parse(readFileSync(w.deploymentFile, 'utf8')) as typeof DOCUMENT_DEPLOYMENT;
    expect(d.spec.selector.matchLabels).toEqual({ app: 'litmos-sync' });
    expect(d.spec.template.spec.containers[0]).toEqual({
      name: 'litmos-sync',
      image: 'registry.example.com/baton-litmos:v0.1.0',
      imagePullPolicy: 'Always',
      envFrom: [{ secretRef: { name: 'litmos-sync-secrets' } }],
    });
    validateKubernetesObject(d);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('invalid props are reported together', () => {
  expect(() =>
    selfHostedManifests({
      ...props,
      image: '',
      name: 'Baton',
      litmosSource: '',
      imagePullPolicy: 'Sometimes' as 'Always',
    }),
  ).toThrow(
    /5 problem\(s\):\n {2}- selfHosted\.image must name a container image\n {2}- selfHosted\.imagePullPolicy "Sometimes".*\n {2}- selfHosted\.name "Baton" is not a valid Kubernetes name.*\n {2}- selfHosted\.secretName "Baton-secrets" is not a valid Kubernetes Secret name.*\n {2}- litmosSource must not be empty/,
  );
});
