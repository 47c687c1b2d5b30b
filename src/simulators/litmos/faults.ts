/**
 * Fault injection, switchable at run time: "the next N requests matching METHOD /path" answer
 * with a status (a 5xx gets the WCF HTML error page), are delayed, or lose their connection,
 * either before the request is processed or after (so the change happened but the client never
 * heard back, or heard back late).
 */

export type FaultAction =
  /** Answer this status instead of (`before`) or after (`after`) processing. */
  | { readonly kind: 'status'; readonly status: number; readonly when?: 'before' | 'after' }
  /** Destroy the socket without an answer, before or after processing. */
  | { readonly kind: 'drop'; readonly when?: 'before' | 'after' }
  /**
   * Wait, then process normally (`before`, the default); or process, then wait before answering
   * (`after`: the change is made while the client still waits, as when it is killed meanwhile).
   */
  | { readonly kind: 'delay'; readonly ms: number; readonly when?: 'before' | 'after' };

export interface FaultRule {
  /** `GET`, `POST`, …; any method when absent. */
  readonly method?: string;
  /**
   * A route pattern as in the stats (`/users/{id}`) or a literal path below `/v1.svc`
   * (`/users/abc1`); any path when absent.
   */
  readonly path?: string;
  /** How many matching requests the fault applies to. @default 1 */
  readonly times?: number;
  readonly action: FaultAction;
}

export interface ActiveFault extends FaultRule {
  readonly id: number;
  readonly remaining: number;
}

export interface FaultRequest {
  readonly method: string;
  readonly path: string;
  readonly pattern: string;
}

export class FaultController {
  #nextId = 1;
  #rules: { id: number; rule: FaultRule; remaining: number }[] = [];

  /** Adds a rule; returns its id. */
  add(rule: FaultRule): number {
    checkRule(rule);
    const id = this.#nextId++;
    this.#rules.push({ id, rule, remaining: rule.times ?? 1 });
    return id;
  }

  /** Shorthand: `failNext(2, 'POST /users', { kind: 'drop', when: 'after' })`. */
  failNext(times: number, route: string, action: FaultAction): number {
    const [method, ...rest] = route.trim().split(/\s+/);
    const path = rest.join(' ');
    return this.add({
      method: method === '*' ? undefined : method,
      path: path === '' ? undefined : path,
      times,
      action,
    });
  }

  remove(id: number): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((r) => r.id !== id);
    return this.#rules.length < before;
  }

  clear(): void {
    this.#rules = [];
  }

  list(): ActiveFault[] {
    return this.#rules.map(({ id, rule, remaining }) => ({ ...rule, id, remaining }));
  }

  /** The action for this request, consuming one use of the first matching rule. */
  take(request: FaultRequest): FaultAction | undefined {
    const entry = this.#rules.find(({ rule }) => matches(rule, request));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#rules = this.#rules.filter((r) => r !== entry);
    return entry.rule.action;
  }
}

function matches(rule: FaultRule, request: FaultRequest): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
  if (rule.path === undefined) return true;
  const path = rule.path.replace(/^\/v1\.svc/i, '').replace(/\/+$/, '');
  return path === request.pattern || path === request.path;
}

/** Rejects malformed rules with a TypeError naming the problem. */
export function checkRule(rule: FaultRule): void {
  const times = rule.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new TypeError('fault times must be a positive integer');
  const action: unknown = rule.action;
  if (typeof action !== 'object' || action === null || !('kind' in action)) {
    throw new TypeError('fault action must be an object with a kind');
  }
  const a = rule.action;
  if (a.kind === 'status' && !(Number.isInteger(a.status) && a.status >= 100 && a.status <= 599)) {
    throw new TypeError('status fault needs a status from 100 to 599');
  }
  if (a.kind === 'delay' && !(a.ms >= 0)) throw new TypeError('delay fault needs ms >= 0');
  if (!['status', 'drop', 'delay'].includes(a.kind))
    throw new TypeError(`unknown fault kind ${String(a.kind)}`);
}
