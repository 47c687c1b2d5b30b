/**
 * Injected faults: each rule matches requests by method and path prefix and fires for the next
 * `count` matching requests. Switchable at run time in-process or over `/_sim/faults`.
 */

export type FaultEffect =
  /** Answer with this status and a `{code, message}` body; `retryAfterSeconds` sets `Retry-After`. */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterSeconds?: number }
  /** Destroy the socket without answering. */
  | { readonly kind: 'drop' }
  /** Wait, then handle the request normally. */
  | { readonly kind: 'delay'; readonly delayMs: number };

export interface FaultSpec {
  readonly effect: FaultEffect;
  /** How many matching requests the fault applies to. @default 1 */
  readonly count?: number;
  /** Upper-case method to match. @default - any method */
  readonly method?: string;
  /** Path prefix to match, e.g. `/auth/v1/token`. @default - any path */
  readonly pathPrefix?: string;
}

export interface ActiveFault {
  readonly id: number;
  readonly effect: FaultEffect;
  readonly method?: string;
  readonly pathPrefix?: string;
  /** Matching requests still to be hit. */
  readonly remaining: number;
}

export class FaultControls {
  private rules: { id: number; spec: FaultSpec; remaining: number }[] = [];
  private nextId = 1;

  /** Adds a fault rule; returns its id. */
  inject(spec: FaultSpec): number {
    const parsed = parseFaultSpec(spec);
    const id = this.nextId++;
    this.rules.push({ id, spec: parsed, remaining: parsed.count ?? 1 });
    return id;
  }

  /** `count` 429 answers with `Retry-After: retryAfterSeconds`. */
  rateLimit(
    options: { count?: number; retryAfterSeconds?: number; method?: string; pathPrefix?: string } = {},
  ): number {
    const { retryAfterSeconds, ...match } = options;
    return this.inject({
      ...match,
      effect: { kind: 'status', status: 429, retryAfterSeconds: retryAfterSeconds ?? 0 },
    });
  }

  /** `count` answers with a 5xx status (default 503). */
  serverError(
    options: { count?: number; status?: number; method?: string; pathPrefix?: string } = {},
  ): number {
    const { status, ...match } = options;
    return this.inject({ ...match, effect: { kind: 'status', status: status ?? 503 } });
  }

  /** `count` requests whose connection is dropped without an answer. */
  dropConnection(options: { count?: number; method?: string; pathPrefix?: string } = {}): number {
    return this.inject({ ...options, effect: { kind: 'drop' } });
  }

  remove(id: number): void {
    this.rules = this.rules.filter((rule) => rule.id !== id);
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((rule) => ({
      id: rule.id,
      effect: rule.spec.effect,
      method: rule.spec.method,
      pathPrefix: rule.spec.pathPrefix,
      remaining: rule.remaining,
    }));
  }

  /** The effect for this request, if a rule matches; uses up one of that rule's hits. */
  take(method: string, path: string): FaultEffect | undefined {
    const rule = this.rules.find(
      (r) =>
        (r.spec.method === undefined || r.spec.method === method) &&
        (r.spec.pathPrefix === undefined || path.startsWith(r.spec.pathPrefix)),
    );
    if (rule === undefined) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.remove(rule.id);
    return rule.spec.effect;
  }
}

/** Checks an untrusted fault spec (e.g. from `POST /_sim/faults`); throws `TypeError` naming the field. */
export function parseFaultSpec(value: unknown): FaultSpec {
  if (!isRecord(value)) throw new TypeError('a fault must be an object');
  const { effect, count, method, pathPrefix } = value;
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1)) {
    throw new TypeError('fault "count" must be a positive integer');
  }
  if (method !== undefined && typeof method !== 'string')
    throw new TypeError('fault "method" must be a string');
  if (pathPrefix !== undefined && (typeof pathPrefix !== 'string' || !pathPrefix.startsWith('/'))) {
    throw new TypeError('fault "pathPrefix" must be a string starting with "/"');
  }
  return {
    effect: parseEffect(effect),
    ...(count === undefined ? {} : { count }),
    ...(method === undefined ? {} : { method: method.toUpperCase() }),
    ...(pathPrefix === undefined ? {} : { pathPrefix }),
  };
}

function parseEffect(value: unknown): FaultEffect {
  if (!isRecord(value)) throw new TypeError('fault "effect" must be an object');
  switch (value.kind) {
    case 'status': {
      const { status, retryAfterSeconds } = value;
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) {
        throw new TypeError('fault "effect.status" must be an HTTP error status (400-599)');
      }
      if (
        retryAfterSeconds !== undefined &&
        (typeof retryAfterSeconds !== 'number' ||
          !Number.isInteger(retryAfterSeconds) ||
          retryAfterSeconds < 0)
      ) {
        throw new TypeError('fault "effect.retryAfterSeconds" must be a non-negative integer');
      }
      return retryAfterSeconds === undefined
        ? { kind: 'status', status }
        : { kind: 'status', status, retryAfterSeconds };
    }
    case 'drop':
      return { kind: 'drop' };
    case 'delay': {
      const { delayMs } = value;
      if (typeof delayMs !== 'number' || !Number.isFinite(delayMs) || delayMs < 0 || delayMs > 60_000) {
        throw new TypeError('fault "effect.delayMs" must be between 0 and 60000');
      }
      return { kind: 'delay', delayMs };
    }
    default:
      throw new TypeError('fault "effect.kind" must be "status", "drop" or "delay"');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
