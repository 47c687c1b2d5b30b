/** Keep a computed value from the prior state instead of planning it as unknown. */
import { Unknown } from '../../tf/value.js';
import type { PlanModifier } from './plan-modifier.js';

/**
 * For computed values that never change once set (ids, creation dates): on update, plan the prior
 * value rather than "known after apply". Does nothing on create, when the prior value is null, or
 * when the configuration sets the value.
 */
export function useStateForUnknown(): PlanModifier {
  return {
    description: 'Once set, the value is kept on updates.',
    modify(req, resp) {
      if (req.prior === undefined || req.prior === null) return;
      if (!(resp.plan instanceof Unknown)) return;
      if (req.config !== null) return;
      resp.plan = req.prior;
    },
  };
}
