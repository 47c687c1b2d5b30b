/**
 * A plan modifier adjusts the planned value of one attribute, or marks it as forcing
 * replacement. It runs after the engine has filled defaults and marked computed values unknown.
 */
import type { Diagnostics } from '../../tf/diagnostics.js';
import type { AttrPath } from '../../tf/path.js';
import type { CtyType } from '../../tf/types.js';
import type { Value } from '../../tf/value.js';

export interface PlanModifierRequest {
  readonly path: AttrPath;
  /** The attribute's type (sets compare as sets). */
  readonly type: CtyType;
  /** The configuration value (may be null or unknown). */
  readonly config: Value;
  /** The prior state's value; `undefined` on create. */
  readonly prior: Value | undefined;
  /** The value planned so far. */
  readonly plan: Value;
}

export interface PlanModifierResponse {
  plan: Value;
  requiresReplace: boolean;
}

export interface PlanModifier {
  /** Plain-language behaviour for generated docs. */
  readonly description: string;
  modify(req: PlanModifierRequest, resp: PlanModifierResponse, diags: Diagnostics): void;
}
