/**
 * The plan engine: from prior state, proposed new state and configuration, computes the planned
 * state and the paths that force replacement. Steps, in order:
 *   1. start from Terraform's proposed new state (always a valid baseline);
 *   2. write-only attributes are planned null; defaults fill computed attributes the
 *      configuration leaves null; on create, other computed-and-unset values become unknown;
 *   3. on update, if anything changed, computed-only values become unknown (the resource may
 *      recompute them). An optional+computed value the configuration leaves unset keeps its prior
 *      value (it is not managed), unless its attribute is `recomputedOnUpdate`; so an update of
 *      one attribute plans a change of that attribute only;
 *   4. attribute plan modifiers run (use-state-for-unknown, requires-replace, …).
 * The resource's own `modifyPlan` runs after this, in the server.
 */
import type { Diagnostics } from '../../tf/diagnostics.js';
import { valueEquals } from '../../tf/equality.js';
import { AttrPath } from '../../tf/path.js';
import { Unknown, unknown } from '../../tf/value.js';
import type { ObjectValue, Value } from '../../tf/value.js';
import type { PlanModifierResponse } from '../planmodifiers/plan-modifier.js';
import type { AttributeMap, AttributeSpec } from '../schema/attributes.js';
import { objectTypeOf } from '../schema/schema.js';
import { walkObject } from './walk.js';

export interface PlanInput {
  readonly attributes: AttributeMap;
  /** null on create. */
  readonly prior: ObjectValue | null;
  readonly proposed: ObjectValue;
  readonly config: ObjectValue;
}

export interface PlanOutput {
  readonly planned: ObjectValue;
  readonly requiresReplace: AttrPath[];
}

const unsetComputed = (spec: { computed?: boolean }, config: Value): boolean =>
  spec.computed === true && config === null;

/** An unset computed value that an update elsewhere makes unknown (see step 3). */
const recomputedOnUpdate = (spec: AttributeSpec, config: Value): boolean =>
  unsetComputed(spec, config) &&
  spec.default === undefined &&
  (spec.optional !== true || spec.recomputedOnUpdate === true);

export function planObject(input: PlanInput, diags: Diagnostics): PlanOutput {
  const { attributes, prior, proposed, config } = input;
  const isCreate = prior === null;

  // Step 2: write-only, defaults, unknowns on create.
  let planned = walkObject(attributes, prior, config, proposed, AttrPath.empty, (v) => {
    if (v.spec.writeOnly) return null;
    if (!unsetComputed(v.spec, v.config)) return v.plan;
    if (v.spec.default !== undefined) return v.spec.default as Value;
    return v.prior === undefined ? unknown : v.plan;
  });

  // Step 3: on update, a change anywhere makes computed-only values unknown; unset optional+computed
  // values keep the prior value Terraform proposed, unless the attribute says it is recomputed.
  if (!isCreate && !valueEquals(planned, prior, objectTypeOf(attributes))) {
    planned = walkObject(attributes, prior, config, planned, AttrPath.empty, (v) =>
      recomputedOnUpdate(v.spec, v.config) && !(v.plan instanceof Unknown) ? unknown : v.plan,
    );
  }

  // Step 4: attribute plan modifiers.
  const requiresReplace: AttrPath[] = [];
  planned = walkObject(attributes, prior, config, planned, AttrPath.empty, (v) => {
    const modifiers = v.spec.planModifiers ?? [];
    if (modifiers.length === 0) return v.plan;
    const resp: PlanModifierResponse = { plan: v.plan, requiresReplace: false };
    for (const m of modifiers) {
      m.modify(
        { path: v.path, type: v.spec.type, config: v.config, prior: v.prior, plan: resp.plan },
        resp,
        diags,
      );
    }
    if (resp.requiresReplace) requiresReplace.push(v.path);
    return resp.plan;
  });

  return { planned, requiresReplace };
}
