/**
 * Kubernetes checks for the self-hosted connector's objects, as far as this machine allows (no
 * API server): each object is validated against the official Kubernetes OpenAPI schemas through
 * the `kubernetes-models` classes, and the document's verification selector is matched against
 * the pod labels. Objects synthesized for the `hashicorp/kubernetes` Terraform provider are first
 * turned into the API objects that provider would send; a field the conversion does not know is
 * an error, so nothing slips past validation unconverted.
 *
 * `kubernetes-models` checks types, required fields and formats; like `kubectl apply` without
 * `--validate=strict` it does not reject unknown fields.
 */
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';

export type KubernetesObject = Record<string, unknown>;

/** Throws with the schema's message when `object` is not a valid Secret, Deployment or Namespace. */
export function validateKubernetesObject(object: KubernetesObject): void {
  const kind = `${String(object.apiVersion)}/${String(object.kind)}`;
  // The constructors take the typed interfaces; validation is what checks the data.
  const data = object as never;
  if (kind === 'v1/Secret') new Secret(data).validate();
  else if (kind === 'apps/v1/Deployment') new Deployment(data).validate();
  else if (kind === 'v1/Namespace') new Namespace(data).validate();
  else throw new Error(`no schema check for ${kind}`);
}

/** True when every `key=value` of a `kubectl -l` selector matches `labels`. */
export function selectorMatches(selector: string, labels: Readonly<Record<string, string>>): boolean {
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return key !== undefined && value !== undefined && labels[key.trim()] === value.trim();
  });
}

/** Blocks that stay lists in the API; every other single-element list is a nested object. */
const LIST_BLOCKS = new Set(['container', 'env', 'env_from', 'port', 'volume', 'volume_mount']);
const RENAMES: Readonly<Record<string, string>> = {
  container: 'containers',
  port: 'ports',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
};
/** Maps whose keys are data, never re-cased. */
const VERBATIM_MAPS = new Set(['labels', 'annotations', 'match_labels']);
/** Arguments of the Terraform resources that are not part of the Kubernetes object. */
const TERRAFORM_ONLY = new Set([
  'provider',
  'depends_on',
  'lifecycle',
  'count',
  'for_each',
  'timeouts',
  'wait_for_rollout',
  'data_wo_revision',
  'binary_data_wo_revision',
  'wait_for_default_service_account',
]);
/** The fields each converted object may carry, by path; anything else is refused. */
const KNOWN_FIELDS = new Set([
  'metadata',
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'type',
  'immutable',
  'spec',
  'spec.replicas',
  'spec.selector',
  'spec.selector.matchLabels',
  'spec.template',
  'spec.template.metadata',
  'spec.template.metadata.labels',
  'spec.template.metadata.annotations',
  'spec.template.spec',
  'spec.template.spec.containers',
  'spec.template.spec.containers.name',
  'spec.template.spec.containers.image',
  'spec.template.spec.containers.imagePullPolicy',
  'spec.template.spec.containers.envFrom',
  'spec.template.spec.containers.envFrom.secretRef',
  'spec.template.spec.containers.envFrom.secretRef.name',
  'spec.template.spec.containers.env',
  'spec.template.spec.containers.env.name',
  'spec.template.spec.containers.env.value',
]);

const KINDS: Readonly<Record<string, { apiVersion: string; kind: string }>> = {
  kubernetes_secret_v1: { apiVersion: 'v1', kind: 'Secret' },
  kubernetes_deployment_v1: { apiVersion: 'apps/v1', kind: 'Deployment' },
  kubernetes_namespace_v1: { apiVersion: 'v1', kind: 'Namespace' },
};

/**
 * The Kubernetes object a `kubernetes_*_v1` resource block (synthesized JSON, or the resource's
 * values in state) stands for. The Secret's `data`/`data_wo` hold plain text: `stringData`.
 */
export function fromTerraform(resourceType: string, block: Record<string, unknown>): KubernetesObject {
  const head = KINDS[resourceType];
  if (head === undefined) throw new Error(`no conversion for ${resourceType}`);
  const out: KubernetesObject = { ...head };
  for (const [key, value] of Object.entries(block)) {
    if (TERRAFORM_ONLY.has(key) || value === null || value === undefined) continue;
    if (head.kind === 'Secret' && (key === 'data' || key === 'data_wo')) {
      out.stringData = { ...(out.stringData as object), ...(value as object) };
      continue;
    }
    const name = camel(key);
    out[name] = convert(key, value, name);
  }
  return out;
}

function convert(key: string, value: unknown, path: string): unknown {
  if (!KNOWN_FIELDS.has(path)) throw new Error(`unexpected field ${path} (from ${key})`);
  if (VERBATIM_MAPS.has(key)) return value;
  if (path === 'spec.replicas') return Number(value);
  if (Array.isArray(value)) {
    if (LIST_BLOCKS.has(key)) return value.map((item) => convert(key, item, path));
    if (value.length !== 1) throw new Error(`expected one ${key} block at ${path}, got ${value.length}`);
    return convert(key, value[0], path);
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const name = camel(k);
      out[name] = convert(k, v, `${path}.${name}`);
    }
    return out;
  }
  return value;
}

function camel(key: string): string {
  return RENAMES[key] ?? key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}
