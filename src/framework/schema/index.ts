export * from './attributes.js';
export * from './schema.js';
export { schemaToWire, attributeToWire } from './wire.js';
export { schemaToJson } from './json-document.js';
export type { JsonSchema, JsonAttribute } from './json-document.js';
