/** The plugin process layer: everything that knows about gRPC, protobuf and go-plugin. */
export { serve } from './serve.js';
export type { ServeOptions, ServingPlugin } from './serve.js';
export { DEFAULT_PROVIDER_ADDRESS, DEBUG_FLAG, reattachConfig } from './debug.js';
export { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, formatHandshakeLine } from './handshake.js';
export { createLogger, getLogger, setLogger, registerSecret, redact } from './log.js';
export type { Logger, LogLevel, LogFields } from './log.js';
export { lazyProviderServer } from './lazy-server.js';
export type { LazyProviderServer } from './lazy-server.js';
