/**
 * The neutral logging entry for every layer: JSON lines on stderr that Terraform understands,
 * with secrets redacted. Register credentials with `registerSecret` as soon as they are read.
 */
export {
  createLogger,
  getLogger,
  setLogger,
  registerSecret,
  redact,
  redactValue,
  levelFromEnv,
  formatTimestamp,
} from './plugin/log.js';
export type { Logger, LogLevel, LogFields, LoggerOptions } from './plugin/log.js';
