/** The provider framework: schema DSL, validators, plan modifiers, resource and provider definitions. */
export * from './schema/index.js';
export * from './validators/index.js';
export * from './planmodifiers/index.js';
export * from './resource.js';
export * from './datasource.js';
export * from './list-resource.js';
export * from './provider.js';
export * from './model.js';
export { PrivateState } from './private-state.js';
export { createFrameworkServer } from './server/framework-server.js';
export { providerSchemaDocument, type ProviderSchemaDocument } from './schema-document.js';
export type * from './protocol.js';
