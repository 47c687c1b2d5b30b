/**
 * `SelfHostedLitmosConnector`: ConductorOne's self-hosted Litmos setup in one construct.
 *
 * 1. ConductorOne: a Baton connector on the given or a new app, with its owners, and a client
 *    credential for it (`litmos_conductorone_baton_connector`,
 *    `litmos_conductorone_connector_credential`).
 * 2. Kubernetes, through the prebuilt `@cdktf/provider-kubernetes` bindings: the Secret
 *    `baton-litmos-secrets` with the document's five keys and the Deployment `baton-litmos`
 *    exactly as the document writes them (see `self-hosted-spec.ts`).
 * 3. In the namespace `conductorone`, created here when `createNamespace` is set.
 *
 * How the secrets travel: the credential's secret is in the credential resource's state
 * (sensitive; ConductorOne returns it only once, so a resource must keep it). With the default
 * `write-only` delivery the Secret receives every value through `data_wo` (Terraform ≥ 1.11), so
 * no second copy lands in state and the Litmos API key may come from an ephemeral variable; the
 * `state` delivery uses `data` (sensitive, in state) for older Terraform and OpenTofu.
 * A checksum of what the Secret holds (never of a secret value: the credential ID, the API key
 * version, the source and the course IDs) is both the Secret's `data_wo_revision` and a
 * pod-template annotation, so a rotated credential or key rewrites the Secret and rolls the pods.
 */
import { Construct } from 'constructs';
import { Fn, Token } from 'cdktf';
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1/index.js';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1/index.js';
import type { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider/index.js';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1/index.js';
import { ConductoroneBatonConnector } from './.gen/providers/litmos/conductorone-baton-connector/index.js';
import { ConductoroneConnectorCredential } from './.gen/providers/litmos/conductorone-connector-credential/index.js';
import { ConductorOneLitmosApp, type ConductorOneAppSpec } from './connector.js';
import { Problems } from './errors.js';
import { guardSecretAtSynth, secretPropProblems, type LitmosSecret } from './secret.js';
import {
  CHECKSUM_ANNOTATION,
  deploymentLabels,
  podLabels,
  resolvedSettings,
  settingsProblems,
  type SecretKey,
  type SelfHostedSettings,
} from './self-hosted-spec.js';

/**
 * How secret values reach the Kubernetes Secret:
 * - `write-only` (default): `data_wo` + `data_wo_revision`, never in plan or state (Terraform ≥ 1.11);
 * - `state`: `data`, sensitive, kept in state (Terraform or OpenTofu < 1.11).
 */
export type SecretDelivery = 'write-only' | 'state';

export interface SelfHostedLitmosConnectorProps extends SelfHostedSettings {
  /** The ConductorOne app: `{ displayName, … }` to create one, `{ existingAppId }` to use one. */
  readonly conductorOneApp: ConductorOneAppSpec;
  /** ConductorOne user IDs of the connector owners. @default - the calling identity */
  readonly ownerUserIds?: readonly string[];
  /** @default - the Deployment name, 'baton-litmos' */
  readonly connectorDisplayName?: string;
  /** The Litmos API key (`BATON_API_KEY`): a sensitive (or ephemeral) variable or another reference. */
  readonly litmosApiKey: LitmosSecret;
  /** Change this number when the Litmos API key changes, to rewrite the Secret and roll the pods. @default 1 */
  readonly litmosApiKeyVersion?: number;
  /** The Litmos source, the account name (`BATON_SOURCE`). */
  readonly litmosSource: string;
  /** Course IDs to sync (`BATON_LIMITED_COURSES`, comma-separated). @default - all courses */
  readonly syncCourseIds?: readonly string[];
  /** Values whose change rotates the ConductorOne credential. @default - none */
  readonly credentialRotationTriggers?: Readonly<Record<string, string>>;
  /** @default 'write-only' */
  readonly secretDelivery?: SecretDelivery;
  /** Create the namespace (the document's `kubectl create namespace conductorone`). @default false */
  readonly createNamespace?: boolean;
  /** @default - the stack's default `kubernetes` provider configuration */
  readonly kubernetesProvider?: KubernetesProvider;
}

export class SelfHostedLitmosConnector extends Construct {
  readonly app: ConductorOneLitmosApp;
  readonly connector: ConductoroneBatonConnector;
  readonly credential: ConductoroneConnectorCredential;
  readonly namespace?: NamespaceV1;
  readonly secret: SecretV1;
  readonly deployment: DeploymentV1;
  /** SHA-256 over the non-secret inputs of the Secret; the pod-template annotation's value. */
  readonly checksum: string;

  constructor(scope: Construct, id: string, props: SelfHostedLitmosConnectorProps) {
    super(scope, id);
    validate(props).throwIfAny(this);
    guardSecretAtSynth(this, 'litmosApiKey', props.litmosApiKey);
    const s = resolvedSettings(props);
    const delivery = props.secretDelivery ?? 'write-only';
    const provider = props.kubernetesProvider;

    // Step 1: ConductorOne.
    this.app = new ConductorOneLitmosApp(this, 'App', { app: props.conductorOneApp });
    this.connector = new ConductoroneBatonConnector(this, 'BatonConnector', {
      appId: this.app.appId,
      displayName: props.connectorDisplayName ?? s.name,
      userIds: props.ownerUserIds ? [...props.ownerUserIds] : undefined,
    });
    this.credential = new ConductoroneConnectorCredential(this, 'Credential', {
      appId: this.connector.appId,
      connectorId: this.connector.id,
      rotationTriggers: props.credentialRotationTriggers
        ? { ...props.credentialRotationTriggers }
        : undefined,
    });

    // Step 3 (namespace), then step 2 (Secret and Deployment).
    let namespace = s.namespace;
    if (props.createNamespace) {
      this.namespace = new NamespaceV1(this, 'Namespace', { provider, metadata: { name: s.namespace } });
      namespace = this.namespace.metadata.name;
    }

    const courses = props.syncCourseIds ?? [];
    const values: Partial<Record<SecretKey, string>> = {
      BATON_CLIENT_ID: this.credential.clientId,
      BATON_CLIENT_SECRET: this.credential.clientSecret,
      BATON_API_KEY: props.litmosApiKey.token,
      BATON_SOURCE: props.litmosSource,
    };
    if (courses.length > 0) values.BATON_LIMITED_COURSES = joinIds(courses);
    const version = props.litmosApiKeyVersion ?? 1;
    this.checksum = Fn.sha256(
      // Tokens as whole list elements: CDKTF cannot nest them in strings inside a function.
      Fn.join('\n', [
        this.credential.id,
        'litmos-api-key-version',
        Token.isUnresolved(version) ? Token.asString(version) : String(version),
        'source',
        props.litmosSource,
        'courses',
        values.BATON_LIMITED_COURSES ?? '',
      ]),
    );
    this.secret = new SecretV1(this, 'Secret', {
      provider,
      metadata: { name: s.secretName, namespace },
      type: 'Opaque',
      ...(delivery === 'write-only'
        ? {
            dataWo: values as Record<string, string>,
            // The first 48 bits of the checksum, as the number data_wo_revision must be.
            dataWoRevision: Token.asNumber(Fn.parseint(Fn.substr(this.checksum, 0, 12), 16)),
          }
        : { data: values as Record<string, string> }),
    });

    this.deployment = new DeploymentV1(this, 'Deployment', {
      provider,
      metadata: { name: s.name, namespace, labels: deploymentLabels(s.name) },
      spec: {
        selector: { matchLabels: deploymentLabels(s.name) },
        template: {
          metadata: { labels: podLabels(s.name), annotations: { [CHECKSUM_ANNOTATION]: this.checksum } },
          spec: {
            container: [
              {
                name: s.name,
                image: s.image,
                imagePullPolicy: s.imagePullPolicy,
                envFrom: [{ secretRef: { name: this.secret.metadata.name } }],
              },
            ],
          },
        },
      },
    });
  }

  get appId(): string {
    return this.app.appId;
  }

  get connectorId(): string {
    return this.connector.id;
  }
}

function validate(props: SelfHostedLitmosConnectorProps): Problems {
  const problems = new Problems();
  for (const p of settingsProblems(props, (v) => Token.isUnresolved(v))) problems.add(p);
  if (!Token.isUnresolved(props.litmosSource) && props.litmosSource.trim() === '') {
    problems.add('litmosSource must not be empty (it is the name of the Litmos account)');
  }
  for (const c of props.syncCourseIds ?? []) {
    if (!Token.isUnresolved(c) && c.trim() === '') problems.add('syncCourseIds must not contain empty IDs');
  }
  const delivery = props.secretDelivery ?? 'write-only';
  if (delivery !== 'write-only' && delivery !== 'state') {
    problems.add(`secretDelivery: unknown value "${String(delivery)}" (use "write-only" or "state")`);
  }
  const version = props.litmosApiKeyVersion ?? 1;
  if (!Token.isUnresolved(version) && (!Number.isInteger(version) || version < 1)) {
    problems.add(`litmosApiKeyVersion must be a whole number ≥ 1, got ${version}`);
  }
  if (Array.isArray(props.ownerUserIds) && props.ownerUserIds.length === 0) {
    problems.add('ownerUserIds must not be empty; leave it unset to make the caller the owner');
  }
  for (const p of secretPropProblems('litmosApiKey', props.litmosApiKey)) problems.add(p);
  return problems;
}

/** Comma-joined IDs: literally when every ID is known, else with Terraform's `join`. */
function joinIds(ids: readonly string[]): string {
  return ids.some((i) => Token.isUnresolved(i)) ? Fn.join(',', [...ids]) : ids.join(',');
}
