/**
 * The self-hosted connector's two files from ConductorOne's Litmos setup document (step 2),
 * `baton-litmos-secrets.yaml` and `baton-litmos.yaml`, for teams that deploy with `kubectl` or
 * GitOps instead of Terraform. The objects have the document's structure and carry no
 * namespace: it is given on the command line (`kubectl -n conductorone apply -f …`, step 3).
 * Secret values are never written: the credential and API key are `${BATON_CLIENT_ID}`-style
 * placeholders for `envsubst` (or replace the file with a SealedSecret / ExternalSecret of the
 * same name and keys); the Litmos source and course IDs are written as given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, type Pair } from 'yaml';
import {
  deployCommands,
  deploymentLabels,
  podLabels,
  resolvedSettings,
  settingsProblems,
  type SecretKey,
  type SelfHostedSettings,
} from './self-hosted-spec.js';

export interface SelfHostedManifestProps extends SelfHostedSettings {
  /** The Litmos source (account name), `BATON_SOURCE`. */
  readonly litmosSource: string;
  /**
   * Litmos course IDs to sync, `BATON_LIMITED_COURSES`.
   * @default - the key is left out: all courses are synced
   */
  readonly syncCourseIds?: readonly string[];
}

/** A Kubernetes object as plain data. */
export type KubernetesObject = Record<string, unknown>;

export interface SelfHostedManifests {
  readonly secret: KubernetesObject;
  readonly deployment: KubernetesObject;
}

export interface WrittenSelfHostedManifests {
  /** Path of `<secretName>.yaml`. */
  readonly secretFile: string;
  /** Path of `<name>.yaml`. */
  readonly deploymentFile: string;
  /** The document's steps 3 and 4 for these files: namespace, apply, get pods, logs. */
  readonly commands: readonly string[];
}

/** Builds the two objects; throws with every problem when the props are invalid. */
export function selfHostedManifests(props: SelfHostedManifestProps): SelfHostedManifests {
  const problems = settingsProblems(props, () => false);
  if (props.litmosSource.trim() === '') problems.push('litmosSource must not be empty');
  if ((props.syncCourseIds ?? []).some((c) => c.trim() === ''))
    problems.push('syncCourseIds must not contain empty IDs');
  if (problems.length > 0) {
    throw new Error(
      `selfHostedManifests: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const s = resolvedSettings(props);
  const stringData: Partial<Record<SecretKey, string>> = {
    BATON_CLIENT_ID: '${BATON_CLIENT_ID}',
    BATON_CLIENT_SECRET: '${BATON_CLIENT_SECRET}',
    BATON_API_KEY: '${BATON_API_KEY}',
    BATON_SOURCE: props.litmosSource,
  };
  if (props.syncCourseIds && props.syncCourseIds.length > 0)
    stringData.BATON_LIMITED_COURSES = props.syncCourseIds.join(',');
  const secret: KubernetesObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: s.secretName },
    type: 'Opaque',
    stringData,
  };
  const deployment: KubernetesObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: s.name, labels: deploymentLabels(s.name) },
    spec: {
      selector: { matchLabels: deploymentLabels(s.name) },
      template: {
        metadata: { labels: podLabels(s.name) },
        spec: {
          containers: [
            {
              name: s.name,
              image: s.image,
              imagePullPolicy: s.imagePullPolicy,
              envFrom: [{ secretRef: { name: s.secretName } }],
            },
          ],
        },
      },
    },
  };
  return { secret, deployment };
}

/** The YAML text of the two files, with the document's file-name and section comments. */
export function selfHostedManifestYaml(props: SelfHostedManifestProps): {
  secret: string;
  deployment: string;
} {
  const m = selfHostedManifests(props);
  const s = resolvedSettings(props);
  const secretDoc = new Document(m.secret, { aliasDuplicateObjects: false });
  secretDoc.commentBefore =
    ` ${s.secretName}.yaml\n` +
    ' Fill the placeholders at deploy time, e.g.\n' +
    `   envsubst < ${s.secretName}.yaml | kubectl -n ${s.namespace} apply -f -`;
  const data = secretDoc.get('stringData', true);
  if (isMap(data)) {
    commentBeforeKey(data.items, 'BATON_CLIENT_ID', ' ConductorOne credentials');
    commentBeforeKey(data.items, 'BATON_API_KEY', ' Litmos credentials');
  }
  const deploymentDoc = new Document(m.deployment, { aliasDuplicateObjects: false });
  deploymentDoc.commentBefore = ` ${s.name}.yaml`;
  return { secret: secretDoc.toString(), deployment: deploymentDoc.toString() };
}

/**
 * Writes `<secretName>.yaml` and `<name>.yaml` (by default the document's
 * `baton-litmos-secrets.yaml` and `baton-litmos.yaml`) into `dir`.
 */
export function writeSelfHostedManifests(
  dir: string,
  props: SelfHostedManifestProps,
): WrittenSelfHostedManifests {
  const text = selfHostedManifestYaml(props);
  const s = resolvedSettings(props);
  mkdirSync(dir, { recursive: true });
  const secretFile = join(dir, `${s.secretName}.yaml`);
  const deploymentFile = join(dir, `${s.name}.yaml`);
  writeFileSync(secretFile, text.secret);
  writeFileSync(deploymentFile, text.deployment);
  return {
    secretFile,
    deploymentFile,
    commands: deployCommands(props, { secret: `${s.secretName}.yaml`, deployment: `${s.name}.yaml` }),
  };
}

function commentBeforeKey(items: readonly unknown[], key: string, comment: string): void {
  for (const item of items) {
    const pair = item as Pair;
    if (isScalar(pair.key) && pair.key.value === key) pair.key.commentBefore = comment;
  }
}
