/**
 * The self-hosted baton-litmos connector in Kubernetes exactly as ConductorOne's Litmos setup
 * document writes it, shared by the Terraform construct (`SelfHostedLitmosConnector`) and the
 * plain manifest writer (`selfHostedManifests`), so both deploy the same Secret and Deployment:
 *
 * - Secret `baton-litmos-secrets` (type Opaque) with five keys: `BATON_CLIENT_ID`,
 *   `BATON_CLIENT_SECRET` (the ConductorOne connector credential), `BATON_API_KEY`,
 *   `BATON_SOURCE`, `BATON_LIMITED_COURSES` (Litmos);
 * - Deployment `baton-litmos` labelled `app: baton-litmos`, selecting `app: baton-litmos`; pods
 *   labelled `app: baton-litmos`, `baton: "true"`, `baton-app: litmos`; one container
 *   `baton-litmos`, image `ghcr.io/conductorone/baton-litmos:latest`, `imagePullPolicy:
 *   IfNotPresent`, its whole environment from the Secret (`envFrom`);
 * - namespace `conductorone` (`kubectl -n conductorone apply -f …`), and the verification
 *   `kubectl -n conductorone logs -l app=baton-litmos`.
 */

/** Where and how the connector runs; every field defaults to the document's value. */
export interface SelfHostedSettings {
  /**
   * The baton-litmos container image, with a tag or digest.
   * @default 'ghcr.io/conductorone/baton-litmos:latest'
   */
  readonly image?: string;
  /** @default 'IfNotPresent' */
  readonly imagePullPolicy?: ImagePullPolicy;
  /**
   * Kubernetes namespace.
   * @default 'conductorone'
   */
  readonly namespace?: string;
  /**
   * Name of the Deployment and its container, and the value of the `app` label.
   * @default 'baton-litmos'
   */
  readonly name?: string;
  /**
   * Name of the Secret.
   * @default - `<name>-secrets`, i.e. 'baton-litmos-secrets'
   */
  readonly secretName?: string;
}

export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export const IMAGE_PULL_POLICIES: readonly ImagePullPolicy[] = ['Always', 'IfNotPresent', 'Never'];

export const DEFAULT_IMAGE = 'ghcr.io/conductorone/baton-litmos:latest';
export const DEFAULT_IMAGE_PULL_POLICY: ImagePullPolicy = 'IfNotPresent';
export const DEFAULT_NAMESPACE = 'conductorone';
export const DEFAULT_NAME = 'baton-litmos';

/** The Secret's keys, in the document's order: ConductorOne credentials, then Litmos settings. */
export const SECRET_KEYS = [
  'BATON_CLIENT_ID',
  'BATON_CLIENT_SECRET',
  'BATON_API_KEY',
  'BATON_SOURCE',
  'BATON_LIMITED_COURSES',
] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];

/** Pod-template annotation whose value changes whenever what the Secret holds changes. */
export const CHECKSUM_ANNOTATION = 'checksum/baton-litmos-secrets';

export type ResolvedSelfHostedSettings = Required<SelfHostedSettings>;

export function resolvedSettings(s: SelfHostedSettings): ResolvedSelfHostedSettings {
  const name = s.name ?? DEFAULT_NAME;
  return {
    image: s.image ?? DEFAULT_IMAGE,
    imagePullPolicy: s.imagePullPolicy ?? DEFAULT_IMAGE_PULL_POLICY,
    namespace: s.namespace ?? DEFAULT_NAMESPACE,
    name,
    secretName: s.secretName ?? `${name}-secrets`,
  };
}

/** Labels of the Deployment, and its selector: `app: <name>`. */
export function deploymentLabels(name: string): Record<string, string> {
  return { app: name };
}

/** Labels of the pods: the selector's, plus `baton: "true"` and `baton-app: litmos`. */
export function podLabels(name: string): Record<string, string> {
  return { app: name, baton: 'true', 'baton-app': 'litmos' };
}

/** The document's step 3 and 4 commands for these settings. */
export function deployCommands(
  s: SelfHostedSettings,
  files: { readonly secret: string; readonly deployment: string },
): string[] {
  const r = resolvedSettings(s);
  return [
    `kubectl create namespace ${r.namespace}`,
    `kubectl -n ${r.namespace} apply -f ${files.secret}`,
    `kubectl -n ${r.namespace} apply -f ${files.deployment}`,
    `kubectl -n ${r.namespace} get pods`,
    `kubectl -n ${r.namespace} logs -l ${labelSelector(deploymentLabels(r.name))}`,
  ];
}

/** `a=b,c=d`, as `kubectl -l` takes it. */
export function labelSelector(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Problems with the settings (literal values only; tokens are not checked). */
export function settingsProblems(s: SelfHostedSettings, isToken: (v: string) => boolean): string[] {
  const out: string[] = [];
  const r = resolvedSettings(s);
  if (!isToken(r.image) && r.image.trim() === '') out.push('selfHosted.image must name a container image');
  if (!isToken(r.imagePullPolicy) && !IMAGE_PULL_POLICIES.includes(r.imagePullPolicy)) {
    out.push(
      `selfHosted.imagePullPolicy "${String(r.imagePullPolicy)}" is not one of ${IMAGE_PULL_POLICIES.join(', ')}`,
    );
  }
  // Namespaces and label values are DNS labels; the Deployment name is also a label value here.
  for (const [field, value] of [
    ['namespace', r.namespace],
    ['name', r.name],
  ] as const) {
    if (!isToken(value) && !DNS_LABEL.test(value)) {
      out.push(
        `selfHosted.${field} "${value}" is not a valid Kubernetes name (lower-case letters, digits and "-", at most 63)`,
      );
    }
  }
  if (!isToken(r.secretName) && !DNS_SUBDOMAIN.test(r.secretName)) {
    out.push(
      `selfHosted.secretName "${r.secretName}" is not a valid Kubernetes Secret name (lower-case DNS subdomain)`,
    );
  }
  return out;
}
