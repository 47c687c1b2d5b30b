/** The Terraform value model: cty types, values, paths, diagnostics and the value codecs. */
export * from './codec-error.js';
export * from './decimal.js';
export * from './diagnostics.js';
export * from './equality.js';
export * from './json.js';
export * from './json-text.js';
export * from './msgpack.js';
export * from './msgpack-unknown.js';
export * from './number-wire.js';
export * from './path.js';
export * from './type-json.js';
export * from './types.js';
export * from './value.js';
