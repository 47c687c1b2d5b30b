/**
 * Logging for the provider process: JSON lines on stderr in the shape go-plugin's client
 * understands (hclog: `@level`, `@message`, `@module`, `@timestamp` with exactly six fractional
 * digits), so Terraform re-logs them at the right level under `TF_LOG`/`TF_LOG_PROVIDER`.
 *
 * Every line passes through redaction first: strings registered with `registerSecret` become
 * `***` wherever they appear, and values under secret-looking key names (apikey, api_key,
 * client_secret, token, authorization) are replaced as a whole.
 */

import { MIN_SECRET_LENGTH, secretPattern } from '../secret-mask.js';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'off';
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger for a sub-module (`provider.plugin` → `provider.plugin.<name>`), sharing level and sink. */
  child(name: string): Logger;
}

export interface LoggerOptions {
  /** @default 'provider' */
  readonly module?: string;
  /** @default the level named by `TF_LOG_PROVIDER`, else `TF_LOG`, else `warn` */
  readonly level?: LogLevel;
  /** Receives each finished line (without newline). @default a write to process.stderr */
  readonly write?: (line: string) => void;
  /** Epoch time in milliseconds, fractions allowed. @default a microsecond-resolution clock */
  readonly now?: () => number;
}

const SEVERITY: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, off: 5 };
const MASK = '***';
const SECRET_KEY =
  /^(?:x[-_])?(?:api[-_]?key|client[-_]?secret|(?:access[-_]|refresh[-_]|bearer[-_])?token|authorization)$/i;
/** `key=value`, `key: value`, `"key":"value"` inside free text. */
const SECRET_IN_TEXT =
  /(["']?\b(?:api[-_]?key|client[-_]?secret|(?:access[-_]|refresh[-_])?token|authorization)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|(?:bearer\s+)?[^\s,;&"'}]+)/gi;

const secrets = new Set<string>();
/** Every spelling of every registered secret; rebuilt when a secret is registered. */
let pattern: RegExp | undefined;

/**
 * Remembers a secret (API key, client secret, token) so that no log line or message shows it,
 * verbatim, JSON-escaped, URL-encoded or in another letter case.
 */
export function registerSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH || secrets.has(secret)) return;
  secrets.add(secret);
  pattern = secretPattern(secrets);
}

/** Forgets every registered secret. For tests. */
export function clearSecrets(): void {
  secrets.clear();
  pattern = undefined;
}

/** Masks registered secrets and `key=value` pairs with secret-looking keys in free text. */
export function redact(text: string): string {
  const out = pattern === undefined ? text : text.replace(pattern, MASK);
  return out.replace(SECRET_IN_TEXT, (_m, prefix: string, value: string) => {
    const quote = value.startsWith('"') || value.startsWith("'") ? value[0] : '';
    return `${prefix}${quote}${MASK}${quote}`;
  });
}

/** Redacts a structured value: secret-looking keys are masked whole, strings are redacted. */
export function redactValue(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return redact(value.stack ?? value.message);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, seen));
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? MASK : redactValue(v, seen);
  }
  return out;
}

/** Reads the level from `TF_LOG_PROVIDER`, then `TF_LOG` (TRACE, DEBUG, INFO, WARN, ERROR, OFF, JSON). */
export function levelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const raw = (env.TF_LOG_PROVIDER || env.TF_LOG || '').trim().toLowerCase();
  if (raw === '') return 'warn';
  if (raw === 'json') return 'trace';
  if (raw in SEVERITY) return raw as LogLevel;
  // Terraform itself treats an unrecognised level as TRACE.
  return 'trace';
}

/** `2006-01-02T15:04:05.000000Z`: UTC with exactly six fractional digits, as hclog writes it. */
export function formatTimestamp(epochMs: number): string {
  const wholeMs = Math.floor(epochMs);
  const micros = Math.min(999, Math.max(0, Math.round((epochMs - wholeMs) * 1000)));
  const iso = new Date(wholeMs).toISOString(); // 2006-01-02T15:04:05.123Z
  return `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}Z`;
}

const defaultClock = (): number => performance.timeOrigin + performance.now();
const defaultWrite = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

class JsonLineLogger implements Logger {
  constructor(
    private readonly module: string,
    private readonly threshold: number,
    private readonly write: (line: string) => void,
    private readonly now: () => number,
  ) {}

  trace(message: string, fields?: LogFields): void {
    this.emit('trace', message, fields);
  }
  debug(message: string, fields?: LogFields): void {
    this.emit('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.emit('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.emit('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.emit('error', message, fields);
  }

  child(name: string): Logger {
    return new JsonLineLogger(`${this.module}.${name}`, this.threshold, this.write, this.now);
  }

  private emit(level: Exclude<LogLevel, 'off'>, message: string, fields?: LogFields): void {
    if (SEVERITY[level] < this.threshold) return;
    const extra = fields ? (redactValue(fields) as Record<string, unknown>) : {};
    const entry = {
      ...extra,
      '@level': level,
      '@message': redact(message),
      '@module': this.module,
      '@timestamp': formatTimestamp(this.now()),
    };
    this.write(redact(JSON.stringify(entry)));
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? levelFromEnv(process.env);
  return new JsonLineLogger(
    options.module ?? 'provider',
    SEVERITY[level],
    options.write ?? defaultWrite,
    options.now ?? defaultClock,
  );
}

let shared: Logger | undefined;

/** The process-wide logger (created on first use from the environment). */
export function getLogger(): Logger {
  shared ??= createLogger();
  return shared;
}

/** Replaces the process-wide logger (the plugin entry sets it once; tests may too). */
export function setLogger(logger: Logger): void {
  shared = logger;
}
