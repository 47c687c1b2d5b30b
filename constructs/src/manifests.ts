/**
 * The self-hosted connector's Secret and Deployment as plain Kubernetes manifests, for teams that
 * deploy with `kubectl` or GitOps instead of Terraform. Secret values are never written: the
 * Secret carries `${BATON_CLIENT_ID}`-style placeholders for `envsubst` (or replace the file with
 * a SealedSecret / ExternalSecret of the same name and keys).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  COURSES_ENV,
  labelsFor,
  resolvedSettings,
  SECRET_ENV,
  settingsProblems,
  SOURCE_ENV,
  type SelfHostedSettings,
} from './self-hosted-spec.js';

export interface SelfHostedManifestProps extends SelfHostedSettings {
  /** The Litmos source (account name). */
  readonly litmosSource: string;
  /**
   * Litmos course IDs to sync.
   * @default - all courses
   */
  readonly courseIds?: readonly string[];
}

/** A Kubernetes object as plain data. */
export type KubernetesObject = Record<string, unknown>;

export interface SelfHostedManifests {
  readonly secret: KubernetesObject;
  readonly deployment: KubernetesObject;
}

/** Builds the two objects; throws with every problem when the props are invalid. */
export function selfHostedManifests(props: SelfHostedManifestProps): SelfHostedManifests {
  const problems = settingsProblems(props, () => false);
  if (props.litmosSource.trim() === '') problems.push('litmosSource must not be empty');
  if ((props.courseIds ?? []).some((c) => c.trim() === ''))
    problems.push('courseIds must not contain empty IDs');
  if (problems.length > 0) {
    throw new Error(
      `selfHostedManifests: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const s = resolvedSettings(props);
  const labels = labelsFor(s.name);
  const secret: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: s.name, namespace: s.namespace, labels },
    type: 'Opaque',
    stringData: Object.fromEntries(SECRET_ENV.map((k) => [k, `\${${k}}`])),
  };
  const env: Record<string, unknown>[] = [
    ...SECRET_ENV.map((k) => ({ name: k, valueFrom: { secretKeyRef: { name: s.name, key: k } } })),
    { name: SOURCE_ENV, value: props.litmosSource },
  ];
  if (props.courseIds && props.courseIds.length > 0)
    env.push({ name: COURSES_ENV, value: props.courseIds.join(',') });
  const deployment: KubernetesObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: s.name, namespace: s.namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'baton-litmos', image: s.image, env }] },
      },
    },
  };
  return { secret, deployment };
}

/** Writes `secret.yaml` and `deployment.yaml` into `dir`; returns the paths. */
export function writeSelfHostedManifests(dir: string, props: SelfHostedManifestProps): string[] {
  const m = selfHostedManifests(props);
  mkdirSync(dir, { recursive: true });
  const secretPath = join(dir, 'secret.yaml');
  const deploymentPath = join(dir, 'deployment.yaml');
  writeFileSync(
    secretPath,
    '# Fill the placeholders at deploy time, e.g. `envsubst < secret.yaml | kubectl apply -f -`.\n' +
      stringify(m.secret),
  );
  writeFileSync(deploymentPath, stringify(m.deployment));
  return [secretPath, deploymentPath];
}
