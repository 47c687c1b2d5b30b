/**
 * `@litmos-oss/cdktf-litmos/self-hosted`: the self-hosted (Kubernetes) connector. Importing this
 * entry point loads `@cdktf/provider-kubernetes`, an optional peer dependency; the main entry
 * point never does.
 *
 * @module self-hosted
 */
export * from './self-hosted.js';
export * from './self-hosted-hosting.js';
