/**
 * Errors of the hand-written constructs. Every problem found in one construct's props is
 * collected and thrown once, prefixed with the construct path, so a stack with three mistakes
 * shows three lines instead of one at a time.
 */
import type { IConstruct } from 'constructs';
import { Token } from 'cdktf';

export class LitmosConstructError extends Error {
  override readonly name = 'LitmosConstructError';

  constructor(
    readonly constructPath: string,
    readonly problems: readonly string[],
  ) {
    super(
      `[${constructPath}] ${problems.length} problem(s) in the props:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}

/** Collects problems for one construct and throws them together. */
export class Problems {
  private readonly list: string[] = [];

  add(problem: string): void {
    this.list.push(problem);
  }

  get count(): number {
    return this.list.length;
  }

  throwIfAny(scope: IConstruct): void {
    if (this.list.length > 0) throw new LitmosConstructError(scope.node.path, this.list);
  }
}

/** Problems when `value` is not a string or is a blank literal (tokens pass). */
export function nonEmpty(field: string, value: unknown): Problems {
  const problems = new Problems();
  if (typeof value !== 'string') problems.add(`${field} must be a string, got ${typeof value}`);
  else if (!Token.isUnresolved(value) && value.trim() === '') problems.add(`${field} must not be empty`);
  return problems;
}
