/** GetProviderSchema, GetMetadata, GetResourceIdentitySchemas. */
import { Diagnostics } from '../../tf/diagnostics.js';
import { typeToJsonBytes } from '../../tf/type-json.js';
import { ctyString } from '../../tf/types.js';
import type {
  GetMetadataResponse,
  GetProviderSchemaResponse,
  GetResourceIdentitySchemasResponse,
  WireServerCapabilities,
} from '../protocol.js';
import { schemaProblems } from '../schema/schema.js';
import { schemaToWire } from '../schema/wire.js';
import type { ServerContext } from './context.js';
import { diagnosticsToWire } from './wire-diagnostics.js';

export const serverCapabilities: WireServerCapabilities = {
  plan_destroy: true,
  get_provider_schema_optional: false,
  move_resource_state: false,
  generate_resource_config: false,
};

/** Problems in the provider's own schemas, found before Terraform sees them. */
export function implementationDiagnostics<P>(ctx: ServerContext<P>): Diagnostics {
  const diags = new Diagnostics();
  const { provider } = ctx;
  const problems = [
    ...schemaProblems(`provider ${provider.typeName}`, provider.schema),
    ...provider.resources.flatMap((r) => schemaProblems(r.typeName, r.schema)),
    ...provider.dataSources.flatMap((d) => schemaProblems(d.typeName, d.schema)),
    ...(provider.ephemeralResources ?? []).flatMap((e) => schemaProblems(e.typeName, e.schema)),
    ...(provider.listResources ?? []).flatMap((l) => [
      ...schemaProblems(`list ${l.typeName}`, l.schema),
      ...(provider.resources.some((r) => r.typeName === l.typeName && r.identity)
        ? []
        : [`list resource ${l.typeName} names no resource type with an identity`]),
    ]),
  ];
  const duplicates = (names: string[]): string[] => names.filter((n, i) => names.indexOf(n) !== i);
  for (const d of duplicates(provider.resources.map((r) => r.typeName)))
    problems.push(`duplicate resource type ${d}`);
  for (const d of duplicates(provider.dataSources.map((r) => r.typeName)))
    problems.push(`duplicate data source ${d}`);
  for (const d of duplicates((provider.ephemeralResources ?? []).map((e) => e.typeName)))
    problems.push(`duplicate ephemeral resource ${d}`);
  for (const { typeName } of [
    ...provider.resources,
    ...provider.dataSources,
    ...(provider.ephemeralResources ?? []),
  ]) {
    if (!typeName.startsWith(`${provider.typeName}_`))
      problems.push(`type ${typeName} must start with ${provider.typeName}_`);
  }
  for (const p of problems) {
    diags.error('Invalid Provider Implementation', `${p}. This is a bug in the provider; please report it.`);
  }
  return diags;
}

export function getProviderSchema<P>(ctx: ServerContext<P>): GetProviderSchemaResponse {
  const { provider } = ctx;
  return {
    provider: schemaToWire(provider.schema),
    resource_schemas: Object.fromEntries(provider.resources.map((r) => [r.typeName, schemaToWire(r.schema)])),
    data_source_schemas: Object.fromEntries(
      provider.dataSources.map((d) => [d.typeName, schemaToWire(d.schema)]),
    ),
    ephemeral_resource_schemas: Object.fromEntries(
      (provider.ephemeralResources ?? []).map((e) => [e.typeName, schemaToWire(e.schema)]),
    ),
    list_resource_schemas: Object.fromEntries(
      (provider.listResources ?? []).map((l) => [l.typeName, schemaToWire(l.schema)]),
    ),
    server_capabilities: serverCapabilities,
    diagnostics: diagnosticsToWire(implementationDiagnostics(ctx)),
  };
}

export function getMetadata<P>(ctx: ServerContext<P>): GetMetadataResponse {
  return {
    server_capabilities: serverCapabilities,
    diagnostics: [],
    resources: ctx.provider.resources.map((r) => ({ type_name: r.typeName })),
    data_sources: ctx.provider.dataSources.map((d) => ({ type_name: d.typeName })),
    ephemeral_resources: (ctx.provider.ephemeralResources ?? []).map((e) => ({ type_name: e.typeName })),
    list_resources: (ctx.provider.listResources ?? []).map((l) => ({ type_name: l.typeName })),
  };
}

export function getResourceIdentitySchemas<P>(ctx: ServerContext<P>): GetResourceIdentitySchemasResponse {
  const identity_schemas: GetResourceIdentitySchemasResponse['identity_schemas'] = {};
  for (const r of ctx.provider.resources) {
    if (!r.identity) continue;
    identity_schemas[r.typeName] = {
      version: r.identity.version,
      identity_attributes: Object.entries(r.identity.attributes).map(([name, a]) => ({
        name,
        type: typeToJsonBytes(ctyString),
        required_for_import: a.requiredForImport,
        optional_for_import: !a.requiredForImport,
        description: a.description,
      })),
    };
  }
  return { identity_schemas, diagnostics: [] };
}
