export {
  createProviderServer,
  litmosProvider,
  schemaDocument,
  PROVIDER_ADDRESS,
  PROVIDER_NAMESPACE,
  PROVIDER_TYPE,
} from './provider.js';
export { ProviderData } from './provider-data.js';
export { providerSchema, environmentVariables } from './config-schema.js';
