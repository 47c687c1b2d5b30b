/** The whole `terraform providers schema -json` document of a provider. */
import type { ProviderDefinition } from './provider.js';
import { schemaToJson } from './schema/json-document.js';
import type { JsonSchema } from './schema/json-document.js';

export interface ProviderSchemaDocument {
  format_version: '1.0';
  provider_schemas: Record<
    string,
    {
      provider: JsonSchema;
      resource_schemas?: Record<string, JsonSchema>;
      data_source_schemas?: Record<string, JsonSchema>;
      ephemeral_resource_schemas?: Record<string, JsonSchema>;
      resource_identity_schemas?: Record<string, unknown>;
    }
  >;
}

export function providerSchemaDocument<P>(
  provider: ProviderDefinition<P>,
  address: string,
): ProviderSchemaDocument {
  const byName = <T extends { typeName: string }>(xs: readonly T[], f: (x: T) => JsonSchema) =>
    Object.fromEntries(
      [...xs].sort((a, b) => a.typeName.localeCompare(b.typeName)).map((x) => [x.typeName, f(x)]),
    );
  const identities = Object.fromEntries(
    provider.resources
      .filter((r) => r.identity)
      .map((r) => [
        r.typeName,
        {
          version: r.identity!.version,
          attributes: Object.fromEntries(
            Object.entries(r.identity!.attributes).map(([n, a]) => [
              n,
              {
                type: 'string',
                description: a.description,
                ...(a.requiredForImport ? { required_for_import: true } : { optional_for_import: true }),
              },
            ]),
          ),
        },
      ]),
  );
  return {
    format_version: '1.0',
    provider_schemas: {
      [address]: {
        provider: schemaToJson(provider.schema),
        ...(provider.resources.length
          ? { resource_schemas: byName(provider.resources, (r) => schemaToJson(r.schema)) }
          : {}),
        ...(provider.dataSources.length
          ? { data_source_schemas: byName(provider.dataSources, (d) => schemaToJson(d.schema)) }
          : {}),
        ...(provider.ephemeralResources?.length
          ? {
              ephemeral_resource_schemas: byName(provider.ephemeralResources, (e) => schemaToJson(e.schema)),
            }
          : {}),
        ...(Object.keys(identities).length ? { resource_identity_schemas: identities } : {}),
      },
    },
  };
}
