/**
 * Drives `createFrameworkServer` like Terraform does, without gRPC: values are msgpack-encoded
 * with the schema's implied type, proposed new states are built with Terraform's rule (computed
 * and unset in config → the prior value, else the config value, nested attributes recursively),
 * and responses are decoded back into values.
 */
import { createFrameworkServer, fromModel, impliedType } from '../../src/framework/index.js';
import type {
  AttributeMap,
  DynamicValue,
  ProviderDefinition,
  ProviderServer,
  WireClientCapabilities,
  WireDiagnostic,
} from '../../src/framework/index.js';
import { decodeMsgpack, encodeMsgpack } from '../../src/tf/msgpack.js';
import type { CtyType } from '../../src/tf/types.js';
import { Unknown, isObjectValue } from '../../src/tf/value.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';

export const errorsOf = (d: WireDiagnostic[]): WireDiagnostic[] => d.filter((x) => x.severity === 'ERROR');
export const summaries = (d: WireDiagnostic[]): string[] => d.map((x) => `${x.severity} ${x.summary}`);
export const pathOf = (d: WireDiagnostic): string =>
  (d.attribute?.steps ?? [])
    .map((s) =>
      'attribute_name' in s
        ? `.${s.attribute_name}`
        : 'element_key_int' in s
          ? `[${s.element_key_int}]`
          : `["${s.element_key_string}"]`,
    )
    .join('');

/** Terraform's ProposedNewState for attributes (objchange.proposedNewAttributes). */
export function proposedNew(
  attributes: AttributeMap,
  prior: ObjectValue | null,
  config: ObjectValue,
): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, spec] of Object.entries(attributes)) {
    const cfg = config[name] ?? null;
    const pri = prior ? (prior[name] ?? null) : null;
    if (spec.computed && cfg === null) {
      out[name] = pri;
      continue;
    }
    if (!spec.nested || cfg === null || cfg instanceof Unknown) {
      out[name] = cfg;
      continue;
    }
    const inner = spec.nested.attributes;
    if (spec.nested.nesting === 'single' && isObjectValue(cfg)) {
      out[name] = proposedNew(inner, pri !== null && isObjectValue(pri) ? pri : null, cfg);
    } else if (spec.nested.nesting === 'list' && Array.isArray(cfg)) {
      const priList = Array.isArray(pri) ? pri : [];
      out[name] = cfg.map((el, i) => {
        const p = priList[i];
        return isObjectValue(el)
          ? proposedNew(inner, p !== undefined && isObjectValue(p) ? p : null, el)
          : el;
      });
    } else {
      out[name] = cfg;
    }
  }
  return out;
}

export interface PlanResult {
  planned: ObjectValue | null;
  requiresReplace: string[];
  private?: Uint8Array;
  identity: Value | undefined;
  diagnostics: WireDiagnostic[];
}

export interface ApplyResult {
  state: ObjectValue | null;
  private?: Uint8Array;
  identity: Value | undefined;
  diagnostics: WireDiagnostic[];
}

export class Driver<P> {
  readonly server: ProviderServer;

  constructor(readonly provider: ProviderDefinition<P>) {
    this.server = createFrameworkServer(provider);
  }

  static async configured<P>(provider: ProviderDefinition<P>): Promise<Driver<P>> {
    const d = new Driver(provider);
    const resp = await d.server.configureProvider({
      terraform_version: '1.11.4',
      config: {
        msgpack: encodeMsgpack(fromModel(provider.schema.attributes, {}), impliedType(provider.schema)),
      },
    });
    expect(errorsOf(resp.diagnostics)).toEqual([]);
    return d;
  }

  attributes(typeName: string): AttributeMap {
    const r = this.provider.resources.find((x) => x.typeName === typeName);
    if (!r) throw new Error(`no resource ${typeName}`);
    return r.schema.attributes;
  }

  type(typeName: string): CtyType {
    return {
      kind: 'object',
      attributes: Object.fromEntries(Object.entries(this.attributes(typeName)).map(([k, a]) => [k, a.type])),
    };
  }

  /** A full object value of the resource from a partial one (missing attributes null). */
  full(typeName: string, partial: ObjectValue): ObjectValue {
    return fromModel(this.attributes(typeName), partial);
  }

  enc(typeName: string, v: ObjectValue | null): DynamicValue {
    return { msgpack: encodeMsgpack(v === null ? null : this.full(typeName, v), this.type(typeName)) };
  }

  dec(typeName: string, dv: DynamicValue | undefined): ObjectValue | null {
    if (!dv?.msgpack) throw new Error('no value in the response');
    const v = decodeMsgpack(dv.msgpack, this.type(typeName));
    if (v !== null && !isObjectValue(v)) throw new Error('not an object');
    return v;
  }

  /** The identity type of a resource (string attributes), `{id}` when none is named. */
  identityType(typeName?: string): CtyType {
    const identity = this.provider.resources.find((x) => x.typeName === typeName)?.identity;
    const names = identity ? Object.keys(identity.attributes) : ['id'];
    return {
      kind: 'object',
      attributes: Object.fromEntries(names.map((n) => [n, { kind: 'string' } as CtyType])),
    };
  }

  decIdentity(data: { identity_data?: DynamicValue } | undefined, typeName?: string): Value | undefined {
    if (!data?.identity_data?.msgpack) return undefined;
    return decodeMsgpack(data.identity_data.msgpack, this.identityType(typeName));
  }

  async validate(
    typeName: string,
    config: ObjectValue,
    caps: WireClientCapabilities = { write_only_attributes_allowed: true },
  ): Promise<WireDiagnostic[]> {
    const resp = await this.server.validateResourceConfig({
      type_name: typeName,
      config: this.enc(typeName, config),
      client_capabilities: caps,
    });
    return resp.diagnostics;
  }

  /** Plans with a proposed new state built the way Terraform builds it (or destroy when config is null). */
  async plan(
    typeName: string,
    prior: ObjectValue | null,
    config: ObjectValue | null,
    priorPrivate?: Uint8Array,
  ): Promise<PlanResult> {
    const attrs = this.attributes(typeName);
    const cfg = config === null ? null : this.full(typeName, config);
    const proposed = cfg === null ? null : proposedNew(attrs, prior && this.full(typeName, prior), cfg);
    const resp = await this.server.planResourceChange({
      type_name: typeName,
      prior_state: this.enc(typeName, prior),
      proposed_new_state: this.enc(typeName, proposed),
      config: this.enc(typeName, cfg),
      prior_private: priorPrivate,
    });
    return {
      planned: resp.planned_state ? this.dec(typeName, resp.planned_state) : null,
      requiresReplace: resp.requires_replace.map((p) =>
        pathOf({ severity: 'ERROR', summary: '', attribute: p }),
      ),
      private: resp.planned_private,
      identity: this.decIdentity(resp.planned_identity, typeName),
      diagnostics: resp.diagnostics,
    };
  }

  async apply(
    typeName: string,
    prior: ObjectValue | null,
    planned: ObjectValue | null,
    config: ObjectValue | null,
    plannedPrivate?: Uint8Array,
  ): Promise<ApplyResult> {
    const resp = await this.server.applyResourceChange({
      type_name: typeName,
      prior_state: this.enc(typeName, prior),
      planned_state: this.enc(typeName, planned),
      config: this.enc(typeName, config),
      planned_private: plannedPrivate,
    });
    return {
      state: resp.new_state ? this.dec(typeName, resp.new_state) : null,
      private: resp.private,
      identity: this.decIdentity(resp.new_identity, typeName),
      diagnostics: resp.diagnostics,
    };
  }

  /** Plan + apply of a create; fails the test on any error. */
  async create(typeName: string, config: ObjectValue): Promise<ApplyResult> {
    const plan = await this.plan(typeName, null, config);
    expect(errorsOf(plan.diagnostics)).toEqual([]);
    const applied = await this.apply(typeName, null, plan.planned, config, plan.private);
    expect(errorsOf(applied.diagnostics)).toEqual([]);
    return applied;
  }
}

export const privateJson = (bytes: Uint8Array | undefined): unknown =>
  bytes && bytes.length > 0 ? JSON.parse(Buffer.from(bytes).toString('utf8')) : undefined;
