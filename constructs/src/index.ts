/**
 * CDKTF bindings for the `litmos-oss/litmos` provider (generated into `.gen/`, never edited) and
 * the hand-written constructs on top of them. The Kubernetes (self-hosted) connector lives in
 * `@litmos-oss/cdktf-litmos/self-hosted`, so that this entry point does not need
 * `@cdktf/provider-kubernetes`.
 *
 * @module @litmos-oss/cdktf-litmos
 */
export * from './.gen/providers/litmos/index.js';
export { SCHEMA_SHA256 } from './.gen/schema-fingerprint.js';
export * from './vocabulary.js';
export * from './errors.js';
export * from './secret.js';
export * from './user.js';
export * from './team.js';
export * from './course.js';
export * from './connector.js';
export * from './hosting.js';
export * from './self-hosted-spec.js';
export * from './manifests.js';
export * from './integration.js';
