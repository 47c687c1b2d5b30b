/** The litmos provider: its configuration, and every resource, data source and ephemeral resource it serves. */
import { createFrameworkServer, providerSchemaDocument } from '../framework/index.js';
import type { ProviderDefinition, ProviderSchemaDocument, ProviderServer } from '../framework/index.js';
import { resources } from '../resources/index.js';
import { userListResource } from '../resources/user-list.js';
import { dataSources } from '../datasources/index.js';
import { ephemeralResources } from '../ephemeral/index.js';
import { providerSchema, type ProviderSchema } from './config-schema.js';
import { configureProvider } from './configure.js';
import type { ProviderData } from './provider-data.js';

/** The registry namespace users write in `required_providers`. */
export const PROVIDER_NAMESPACE = 'litmos-oss';
export const PROVIDER_TYPE = 'litmos';
export const PROVIDER_ADDRESS = `registry.terraform.io/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;

export function litmosProvider(
  env: NodeJS.ProcessEnv = process.env,
): ProviderDefinition<ProviderData, ProviderSchema> {
  return {
    typeName: PROVIDER_TYPE,
    schema: providerSchema,
    configure: (config, ctx) => configureProvider(config, ctx.diagnostics, env),
    resources,
    dataSources,
    ephemeralResources,
    listResources: [userListResource],
  };
}

export function createProviderServer(env: NodeJS.ProcessEnv = process.env): ProviderServer {
  return createFrameworkServer(litmosProvider(env));
}

/** The `terraform providers schema -json` document, without running terraform. */
export function schemaDocument(address: string = PROVIDER_ADDRESS): ProviderSchemaDocument {
  return providerSchemaDocument(litmosProvider(), address);
}
