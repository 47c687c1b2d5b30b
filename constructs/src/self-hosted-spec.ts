/**
 * What a self-hosted baton-litmos connector needs in Kubernetes, shared by the Terraform
 * construct (`SelfHostedLitmosConnector`) and the plain manifest writer (`selfHostedManifests`),
 * so both deploy the same Secret and Deployment.
 */

/** Where and how the connector runs. */
export interface SelfHostedSettings {
  /** The baton-litmos container image, with a tag or digest. */
  readonly image: string;
  /**
   * Kubernetes namespace (it must exist).
   * @default 'baton-litmos'
   */
  readonly namespace?: string;
  /**
   * Name of the Secret and the Deployment.
   * @default 'baton-litmos'
   */
  readonly name?: string;
}

export const DEFAULT_NAMESPACE = 'baton-litmos';
export const DEFAULT_NAME = 'baton-litmos';

/** Environment variables the connector reads from the Secret. */
export const SECRET_ENV = ['BATON_CLIENT_ID', 'BATON_CLIENT_SECRET', 'BATON_API_KEY'] as const;
export type SecretEnvName = (typeof SECRET_ENV)[number];

/** Environment variables with plain values. */
export const SOURCE_ENV = 'BATON_SOURCE';
export const COURSES_ENV = 'BATON_LIMITED_COURSES';

export function resolvedSettings(s: SelfHostedSettings): Required<SelfHostedSettings> {
  return { image: s.image, namespace: s.namespace ?? DEFAULT_NAMESPACE, name: s.name ?? DEFAULT_NAME };
}

export function labelsFor(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'conductorone-connector' };
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Problems with the settings (literal values only; tokens are not checked). */
export function settingsProblems(s: SelfHostedSettings, isToken: (v: string) => boolean): string[] {
  const out: string[] = [];
  const r = resolvedSettings(s);
  if (!isToken(r.image) && r.image.trim() === '') out.push('selfHosted.image must name a container image');
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
  return out;
}
