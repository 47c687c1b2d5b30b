/**
 * A self-hosted baton-litmos connector in Kubernetes, through the prebuilt
 * `@cdktf/provider-kubernetes` bindings: a Secret with the ConductorOne connector credential and
 * the Litmos API key (as write-only `data_wo`, so the values stay out of the state), and a
 * Deployment that runs the connector with the `BATON_*` environment.
 */
import { Construct } from 'constructs';
import { Fn, Token } from 'cdktf';
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1/index.js';
import type { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { Problems } from './errors.js';
import { guardSecretAtSynth, secretPropProblems, type LitmosSecret } from './secret.js';
import {
  COURSES_ENV,
  labelsFor,
  resolvedSettings,
  SECRET_ENV,
  settingsProblems,
  SOURCE_ENV,
  type SecretEnvName,
  type SelfHostedSettings,
} from './self-hosted-spec.js';

export interface SelfHostedLitmosConnectorProps extends SelfHostedSettings {
  /** ConductorOne connector client ID (`BATON_CLIENT_ID`); not a secret, a plain string or token. */
  readonly conductorOneClientId: string;
  /** ConductorOne connector client secret (`BATON_CLIENT_SECRET`). */
  readonly conductorOneClientSecret: LitmosSecret;
  /** Litmos API key (`BATON_API_KEY`). */
  readonly litmosApiKey: LitmosSecret;
  /** Litmos source, the account name (`BATON_SOURCE`). */
  readonly litmosSource: string;
  /**
   * Course IDs to sync (`BATON_LIMITED_COURSES`, comma-separated).
   * @default - all courses
   */
  readonly syncCourseIds?: readonly string[];
  /**
   * Change this number to push rotated secret values into the Secret.
   * @default 1
   */
  readonly secretRevision?: number;
  /**
   * The kubernetes provider to use.
   * @default - the stack's default `kubernetes` provider configuration
   */
  readonly kubernetesProvider?: KubernetesProvider;
}

export class SelfHostedLitmosConnector extends Construct {
  readonly secret: SecretV1;
  readonly deployment: DeploymentV1;

  constructor(scope: Construct, id: string, props: SelfHostedLitmosConnectorProps) {
    super(scope, id);
    const problems = new Problems();
    for (const p of settingsProblems(props, (v) => Token.isUnresolved(v))) problems.add(p);
    if (!Token.isUnresolved(props.litmosSource) && props.litmosSource.trim() === '') {
      problems.add('litmosSource must not be empty (it is the name of the Litmos account)');
    }
    for (const field of ['conductorOneClientSecret', 'litmosApiKey'] as const) {
      for (const p of secretPropProblems(field, props[field])) problems.add(p);
    }
    problems.throwIfAny(this);
    guardSecretAtSynth(this, 'conductorOneClientSecret', props.conductorOneClientSecret);
    guardSecretAtSynth(this, 'litmosApiKey', props.litmosApiKey);

    const s = resolvedSettings(props);
    const labels = labelsFor(s.name);
    const values: Record<SecretEnvName, string> = {
      BATON_CLIENT_ID: props.conductorOneClientId,
      BATON_CLIENT_SECRET: props.conductorOneClientSecret.token,
      BATON_API_KEY: props.litmosApiKey.token,
    };
    this.secret = new SecretV1(this, 'Secret', {
      provider: props.kubernetesProvider,
      metadata: { name: s.name, namespace: s.namespace, labels },
      type: 'Opaque',
      dataWo: values,
      dataWoRevision: props.secretRevision ?? 1,
    });

    const courseIds = props.syncCourseIds ?? [];
    const env = [
      ...SECRET_ENV.map((k) => ({
        name: k,
        valueFrom: { secretKeyRef: { name: this.secret.metadata.name, key: k } },
      })),
      { name: SOURCE_ENV, value: props.litmosSource },
      ...(courseIds.length > 0 ? [{ name: COURSES_ENV, value: joinIds(courseIds) }] : []),
    ];
    this.deployment = new DeploymentV1(this, 'Deployment', {
      provider: props.kubernetesProvider,
      metadata: { name: s.name, namespace: s.namespace, labels },
      spec: {
        replicas: '1',
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { container: [{ name: 'baton-litmos', image: s.image, env }] },
        },
      },
    });
  }
}

/** Comma-joined IDs: literally when every ID is known, else with Terraform's `join`. */
function joinIds(ids: readonly string[]): string {
  return ids.some((i) => Token.isUnresolved(i)) ? Fn.join(',', [...ids]) : ids.join(',');
}
