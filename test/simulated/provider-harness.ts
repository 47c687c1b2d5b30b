/**
 * Drives the provider's framework server the way Terraform does, without gRPC: values are
 * encoded with the schema's type, plans are computed from a proposed new state built like
 * Terraform's (configuration, with prior values for unset computed attributes), and every
 * response's diagnostics are returned. For resource tests against the simulators.
 *
 * Like Terraform core, every plan is checked for validity against the configuration and prior
 * state, and every applied state against the plan ("Provider produced inconsistent result after
 * apply"): a violation is reported as an error of that call, so `converge` and any test that
 * expects no errors fail exactly where `terraform apply` would.
 */
import type {
  ProviderServer,
  WireDiagnostic,
  WireSchema,
  WireSchemaAttribute,
} from '../../src/framework/index.js';
import { createProviderServer } from '../../src/provider/index.js';
import { decodeMsgpack, encodeMsgpack, typeFromJsonBytes } from '../../src/tf/index.js';
import type { CtyType } from '../../src/tf/types.js';
import { Unknown, isObjectValue } from '../../src/tf/value.js';
import type { ObjectValue, Value } from '../../src/tf/value.js';
import { applyProblems, finalPlanProblems, planProblems } from '../terraform-core-rules.js';
import type { RuleAttribute } from '../terraform-core-rules.js';

export type Attrs = Record<string, Value>;

export interface Outcome<T> {
  readonly value: T;
  readonly diagnostics: WireDiagnostic[];
  readonly errors: string[];
}

const errorsOf = (d: WireDiagnostic[]): string[] =>
  d.filter((x) => x.severity === 'ERROR').map((x) => `${x.summary}: ${x.detail ?? ''}`);

function attributeType(a: WireSchemaAttribute): CtyType {
  if (a.type) return typeFromJsonBytes(a.type);
  const nested = a.nested_type!;
  const obj: CtyType = {
    kind: 'object',
    attributes: Object.fromEntries(nested.attributes.map((x) => [x.name, attributeType(x)])),
  };
  return nested.nesting === 'SINGLE'
    ? obj
    : { kind: nested.nesting === 'LIST' ? 'list' : nested.nesting === 'SET' ? 'set' : 'map', element: obj };
}

const schemaType = (s: WireSchema): CtyType => ({
  kind: 'object',
  attributes: Object.fromEntries(s.block.attributes.map((a) => [a.name, attributeType(a)])),
});

export class ProviderHarness {
  private schemas = new Map<string, WireSchema>();
  private dataSchemas = new Map<string, WireSchema>();
  private ephemeralSchemas = new Map<string, WireSchema>();
  private providerSchema!: WireSchema;

  private constructor(readonly server: ProviderServer) {}

  /**
   * A provider configured for a Litmos simulator, with a budget far above Litmos's 100 requests a
   * minute (tests make more calls than that); fails when configuring reports an error.
   */
  static async againstLitmos(
    sim: { apiKey: string; source: string; baseUrl: string },
    requestsPerMinute = 10_000,
  ): Promise<ProviderHarness> {
    return ProviderHarness.startClean({
      api_key: sim.apiKey,
      litmos_source: sim.source,
      base_url: sim.baseUrl,
      requests_per_minute: requestsPerMinute,
    });
  }

  /** A provider configured for a ConductorOne simulator; fails when configuring reports an error. */
  static async againstConductorOne(sim: {
    serverUrl: string;
    clientId: string;
    clientSecret: string;
  }): Promise<ProviderHarness> {
    return ProviderHarness.startClean({
      conductorone_server_url: sim.serverUrl,
      conductorone_client_id: sim.clientId,
      conductorone_client_secret: sim.clientSecret,
    });
  }

  private static async startClean(config: Attrs): Promise<ProviderHarness> {
    const started = await ProviderHarness.start(config);
    if (started.errors.length > 0)
      throw new Error(`configuring the provider failed: ${started.errors.join('; ')}`);
    return started.harness;
  }

  /** A configured provider. `config` holds provider-block attributes; missing ones are null. */
  static async start(
    config: Attrs,
    env: NodeJS.ProcessEnv = {},
  ): Promise<{ harness: ProviderHarness; errors: string[]; diagnostics: WireDiagnostic[] }> {
    const harness = new ProviderHarness(createProviderServer(env));
    const schema = await harness.server.getProviderSchema();
    harness.providerSchema = schema.provider;
    for (const [k, v] of Object.entries(schema.resource_schemas)) harness.schemas.set(k, v);
    for (const [k, v] of Object.entries(schema.data_source_schemas)) harness.dataSchemas.set(k, v);
    for (const [k, v] of Object.entries(schema.ephemeral_resource_schemas))
      harness.ephemeralSchemas.set(k, v);
    const type = schemaType(schema.provider);
    const full = harness.complete(type, config);
    const resp = await harness.server.configureProvider({
      terraform_version: '1.11.4',
      config: { msgpack: encodeMsgpack(full, type) },
    });
    return { harness, errors: errorsOf(resp.diagnostics), diagnostics: resp.diagnostics };
  }

  private complete(type: CtyType, attrs: Attrs): ObjectValue {
    if (type.kind !== 'object') throw new Error('not an object type');
    return Object.fromEntries(Object.keys(type.attributes).map((n) => [n, attrs[n] ?? null]));
  }

  typeOf(typeName: string): CtyType {
    const s = this.schemas.get(typeName) ?? this.dataSchemas.get(typeName);
    if (!s) throw new Error(`no schema for ${typeName}`);
    return schemaType(s);
  }

  /** The type of a data source (which may share its name with a resource). */
  dataTypeOf(typeName: string): CtyType {
    const s = this.dataSchemas.get(typeName);
    if (!s) throw new Error(`no data source schema for ${typeName}`);
    return schemaType(s);
  }

  /** The attributes of a resource as Terraform core's plan and apply checks see them. */
  private ruleAttributes(typeName: string): Record<string, RuleAttribute> {
    const s = this.schemas.get(typeName)!;
    return Object.fromEntries(
      s.block.attributes.map((a) => [
        a.name,
        {
          optional: a.optional,
          computed: a.computed,
          writeOnly: a.write_only,
          sensitive: a.sensitive,
          type: attributeType(a),
        },
      ]),
    );
  }

  private computedNames(typeName: string): Set<string> {
    const s = this.schemas.get(typeName)!;
    return new Set(s.block.attributes.filter((a) => a.computed).map((a) => a.name));
  }

  private proposed(typeName: string, config: ObjectValue, prior: ObjectValue | null): ObjectValue {
    const computed = this.computedNames(typeName);
    const out: ObjectValue = { ...config };
    for (const name of Object.keys(out)) {
      if (computed.has(name) && config[name] === null) out[name] = prior ? prior[name] : null;
    }
    return out;
  }

  async validate(typeName: string, config: Attrs): Promise<Outcome<null>> {
    const type = this.typeOf(typeName);
    const resp = await this.server.validateResourceConfig({
      type_name: typeName,
      config: { msgpack: encodeMsgpack(this.complete(type, config), type) },
      client_capabilities: { write_only_attributes_allowed: true },
    });
    return { value: null, diagnostics: resp.diagnostics, errors: errorsOf(resp.diagnostics) };
  }

  async plan(
    typeName: string,
    config: Attrs | null,
    prior: ObjectValue | null,
    priorPrivate?: Uint8Array,
  ): Promise<Outcome<{ planned: ObjectValue | null; requiresReplace: string[]; private?: Uint8Array }>> {
    const type = this.typeOf(typeName);
    const cfg = config ? this.complete(type, config) : null;
    const resp = await this.server.planResourceChange({
      type_name: typeName,
      prior_state: { msgpack: encodeMsgpack(prior, type) },
      proposed_new_state: { msgpack: encodeMsgpack(cfg ? this.proposed(typeName, cfg, prior) : null, type) },
      config: { msgpack: encodeMsgpack(cfg, type) },
      prior_private: priorPrivate,
    });
    const planned = resp.planned_state?.msgpack ? decodeMsgpack(resp.planned_state.msgpack, type) : null;
    const errors = errorsOf(resp.diagnostics);
    if (errors.length === 0 && cfg !== null) {
      if (!planned || !isObjectValue(planned))
        errors.push('Provider produced invalid plan: no planned object');
      else {
        for (const problem of planProblems(this.ruleAttributes(typeName), prior, cfg, planned)) {
          errors.push(`Provider produced invalid plan: ${problem}`);
        }
      }
    }
    if (errors.length === 0 && cfg === null && planned !== null) {
      errors.push('Provider produced invalid plan: a destroy must plan a null object');
    }
    return {
      value: {
        planned: planned && isObjectValue(planned) ? planned : null,
        requiresReplace: resp.requires_replace.map((p) =>
          p.steps.map((s) => ('attribute_name' in s ? s.attribute_name : '?')).join('.'),
        ),
        private: resp.planned_private,
      },
      diagnostics: resp.diagnostics,
      errors,
    };
  }

  async apply(
    typeName: string,
    config: Attrs | null,
    prior: ObjectValue | null,
    planned: ObjectValue | null,
    plannedPrivate?: Uint8Array,
  ): Promise<Outcome<{ state: ObjectValue | null; private?: Uint8Array }>> {
    const type = this.typeOf(typeName);
    const resp = await this.server.applyResourceChange({
      type_name: typeName,
      prior_state: { msgpack: encodeMsgpack(prior, type) },
      planned_state: { msgpack: encodeMsgpack(planned, type) },
      config: { msgpack: encodeMsgpack(config ? this.complete(type, config) : null, type) },
      planned_private: plannedPrivate,
    });
    const state = resp.new_state?.msgpack ? decodeMsgpack(resp.new_state.msgpack, type) : null;
    const errors = errorsOf(resp.diagnostics);
    // Terraform checks consistency only for a successful apply; a failed one may return any
    // state it has (the partial-failure rule), and a destroy must return null.
    if (errors.length === 0) {
      if (planned === null && state !== null) {
        errors.push('Provider produced inconsistent result after apply: a destroy returned an object');
      } else if (planned !== null) {
        if (!state || !isObjectValue(state)) {
          errors.push('Provider produced inconsistent result after apply: no object returned');
        } else {
          for (const problem of applyProblems(planned, state, this.ruleAttributes(typeName))) {
            errors.push(`Provider produced inconsistent result after apply: ${problem}`);
          }
        }
      }
    }
    return {
      value: { state: state && isObjectValue(state) ? state : null, private: resp.private },
      diagnostics: resp.diagnostics,
      errors,
    };
  }

  /**
   * The plan Terraform makes again at apply, once configuration values that were unknown are
   * known: besides the usual checks, every value the first plan knew must be planned the same
   * ("Provider produced inconsistent final plan").
   */
  async replan(
    typeName: string,
    config: Attrs,
    prior: ObjectValue | null,
    firstPlanned: ObjectValue,
  ): Promise<Outcome<{ planned: ObjectValue | null; requiresReplace: string[]; private?: Uint8Array }>> {
    const second = await this.plan(typeName, config, prior);
    if (second.errors.length > 0 || !second.value.planned) return second;
    const problems = finalPlanProblems(firstPlanned, second.value.planned, this.ruleAttributes(typeName));
    return {
      ...second,
      errors: problems.map((problem) => `Provider produced inconsistent final plan: ${problem}`),
    };
  }

  /** Plan then apply, as `terraform apply` does; throws on any error. Returns the new state. */
  async converge(
    typeName: string,
    config: Attrs | null,
    prior: ObjectValue | null,
  ): Promise<ObjectValue | null> {
    const p = await this.plan(typeName, config, prior);
    if (p.errors.length) throw new Error(`plan failed: ${p.errors.join('; ')}`);
    const a = await this.apply(typeName, config, prior, p.value.planned, p.value.private);
    if (a.errors.length) throw new Error(`apply failed: ${a.errors.join('; ')}`);
    return a.value.state;
  }

  async read(typeName: string, state: ObjectValue): Promise<Outcome<ObjectValue | null>> {
    const type = this.typeOf(typeName);
    const resp = await this.server.readResource({
      type_name: typeName,
      current_state: { msgpack: encodeMsgpack(state, type) },
    });
    const v = resp.new_state?.msgpack ? decodeMsgpack(resp.new_state.msgpack, type) : null;
    return {
      value: v && isObjectValue(v) ? v : null,
      diagnostics: resp.diagnostics,
      errors: errorsOf(resp.diagnostics),
    };
  }

  async importState(typeName: string, id: string): Promise<Outcome<ObjectValue | null>> {
    const type = this.typeOf(typeName);
    const resp = await this.server.importResourceState({ type_name: typeName, id });
    const first = resp.imported_resources[0];
    const v = first?.state?.msgpack ? decodeMsgpack(first.state.msgpack, type) : null;
    return {
      value: v && isObjectValue(v) ? v : null,
      diagnostics: resp.diagnostics,
      errors: errorsOf(resp.diagnostics),
    };
  }

  /** ValidateDataResourceConfig, as Terraform calls it before reading a data source. */
  async validateData(typeName: string, config: Attrs): Promise<Outcome<null>> {
    const type = this.dataTypeOf(typeName);
    const resp = await this.server.validateDataResourceConfig({
      type_name: typeName,
      config: { msgpack: encodeMsgpack(this.complete(type, config), type) },
    });
    return { value: null, diagnostics: resp.diagnostics, errors: errorsOf(resp.diagnostics) };
  }

  /** ValidateEphemeralResourceConfig then OpenEphemeralResource, as Terraform calls them. */
  async openEphemeral(typeName: string, config: Attrs): Promise<Outcome<ObjectValue | null>> {
    const s = this.ephemeralSchemas.get(typeName);
    if (!s) throw new Error(`no ephemeral resource schema for ${typeName}`);
    const type = schemaType(s);
    const wire = { msgpack: encodeMsgpack(this.complete(type, config), type) };
    const validated = await this.server.validateEphemeralResourceConfig({
      type_name: typeName,
      config: wire,
    });
    if (errorsOf(validated.diagnostics).length > 0) {
      return { value: null, diagnostics: validated.diagnostics, errors: errorsOf(validated.diagnostics) };
    }
    const resp = await this.server.openEphemeralResource({ type_name: typeName, config: wire });
    const v = resp.result?.msgpack ? decodeMsgpack(resp.result.msgpack, type) : null;
    return {
      value: v && isObjectValue(v) ? v : null,
      diagnostics: resp.diagnostics,
      errors: errorsOf(resp.diagnostics),
    };
  }

  async readData(typeName: string, config: Attrs): Promise<Outcome<ObjectValue | null>> {
    const type = this.dataTypeOf(typeName);
    const resp = await this.server.readDataSource({
      type_name: typeName,
      config: { msgpack: encodeMsgpack(this.complete(type, config), type) },
    });
    const v = resp.state?.msgpack ? decodeMsgpack(resp.state.msgpack, type) : null;
    return {
      value: v && isObjectValue(v) ? v : null,
      diagnostics: resp.diagnostics,
      errors: errorsOf(resp.diagnostics),
    };
  }
}

/** True when the planned state has no changes against the prior one (known and equal). */
export function hasUnknown(v: ObjectValue): boolean {
  return Object.values(v).some((x) => x instanceof Unknown);
}
