/**
 * A validator checks one known, non-null attribute value and reports problems as diagnostics with
 * the attribute's path. Null and unknown values are never passed to it.
 */
import type { Diagnostics } from '../../tf/diagnostics.js';
import type { AttrPath } from '../../tf/path.js';
import type { Value } from '../../tf/value.js';

export interface Validator {
  /** Plain-language rule, used in generated docs ("must be one of …"). */
  readonly description: string;
  validate(value: Value, path: AttrPath, diags: Diagnostics): void;
}
