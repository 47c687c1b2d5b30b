export type { PlanModifier, PlanModifierRequest, PlanModifierResponse } from './plan-modifier.js';
export { requiresReplace, requiresReplaceIf } from './requires-replace.js';
export { useStateForUnknown } from './use-state-for-unknown.js';
