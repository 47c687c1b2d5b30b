/** Plan modifiers that force replacement of the resource when a value changes. */
import { valueEquals } from '../../tf/equality.js';
import type { PlanModifier, PlanModifierRequest } from './plan-modifier.js';

/**
 * Replace the resource when the value changes and `when` agrees. Does nothing on create, on
 * destroy, or when the planned value equals the prior one.
 */
export function requiresReplaceIf(
  when: (req: PlanModifierRequest) => boolean,
  description: string,
): PlanModifier {
  return {
    description,
    modify(req, resp) {
      if (req.prior === undefined) return;
      if (valueEquals(req.prior, resp.plan, req.type)) return;
      if (when(req)) resp.requiresReplace = true;
    },
  };
}

/** Replace the resource whenever the value changes. */
export const requiresReplace = (): PlanModifier =>
  requiresReplaceIf(() => true, 'Changing this value replaces the resource.');
