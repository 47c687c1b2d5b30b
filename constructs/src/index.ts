/**
 * CDKTF bindings for the `litmos-oss/litmos` provider (generated into `.gen/`, never edited) and
 * the hand-written constructs on top of them.
 */
export * from './.gen/providers/litmos/index.js';
export { SCHEMA_SHA256 } from './.gen/schema-fingerprint.js';
export * from './vocabulary.js';
export * from './errors.js';
export * from './secret.js';
export * from './team.js';
export * from './course.js';
export * from './connector.js';
export * from './self-hosted-spec.js';
export * from './self-hosted.js';
export * from './manifests.js';
export * from './integration.js';
