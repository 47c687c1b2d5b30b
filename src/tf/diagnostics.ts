/**
 * Diagnostics are data: a severity, a Title-Case summary, a detail that says what to do next, and
 * an optional attribute path. User mistakes are reported this way, never thrown.
 */
import type { AttrPath } from './path.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail: string;
  readonly path?: AttrPath;
}

export class Diagnostics implements Iterable<Diagnostic> {
  private readonly items: Diagnostic[] = [];

  add(diag: Diagnostic): this {
    const key = diagKey(diag);
    if (!this.items.some((d) => diagKey(d) === key)) this.items.push(diag);
    return this;
  }

  error(summary: string, detail: string, path?: AttrPath): this {
    return this.add({ severity: 'error', summary, detail, path });
  }

  warning(summary: string, detail: string, path?: AttrPath): this {
    return this.add({ severity: 'warning', summary, detail, path });
  }

  hasError(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get length(): number {
    return this.items.length;
  }

  toArray(): Diagnostic[] {
    return [...this.items];
  }

  [Symbol.iterator](): Iterator<Diagnostic> {
    return this.items[Symbol.iterator]();
  }
}

function diagKey(d: Diagnostic): string {
  return `${d.severity}\u0000${d.summary}\u0000${d.detail}\u0000${d.path?.toString() ?? ''}`;
}
