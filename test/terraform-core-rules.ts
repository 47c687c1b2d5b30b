/**
 * The two checks Terraform core makes on every provider answer, for flat schemas (attributes
 * only, no nested attribute types), so tests that drive a provider without Terraform fail where
 * Terraform would:
 * - plan validity (`AssertPlanValid`, protocol facts §10.3): each planned attribute equals its
 *   configuration value, or keeps a non-null prior value against a non-null configuration, or is
 *   computed (any value when computed-only, or when optional+computed and not configured);
 *   write-only attributes are planned null;
 * - apply consistency (`AssertObjectCompatible`, §10.4, "Provider produced inconsistent result
 *   after apply"): every known planned value survives apply unchanged, and nothing is left
 *   unknown; an unknown planned as not-null does not come back null;
 * - the same compatibility between the plan and the re-plan Terraform makes at apply once the
 *   configuration is known ("Provider produced inconsistent final plan"), where unknowns may stay.
 * Values compare exactly (`valueEquals`, sets as sets); unknown equals only unknown.
 */
import { valueEquals } from '../src/tf/equality.js';
import type { CtyType } from '../src/tf/types.js';
import { Unknown, isWhollyKnown } from '../src/tf/value.js';
import type { ObjectValue, Value } from '../src/tf/value.js';

/** What the rules need to know of an attribute; both framework specs and wire schemas fit. */
export interface RuleAttribute {
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly writeOnly?: boolean;
  readonly sensitive?: boolean;
  readonly type?: CtyType;
}

const show = (v: Value): string =>
  JSON.stringify(v, (_key, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v);

const same = (a: Value, b: Value, type?: CtyType): boolean => {
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  return valueEquals(a, b, type);
};

/** One message per attribute whose planned value Terraform would refuse. */
export function planProblems(
  attributes: Readonly<Record<string, RuleAttribute>>,
  prior: ObjectValue | null,
  config: ObjectValue,
  planned: ObjectValue,
): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(attributes)) {
    const c = config[name] ?? null;
    const p = planned[name] ?? null;
    const pr = prior ? (prior[name] ?? null) : null;
    if (spec.writeOnly) {
      if (p !== null) problems.push(`${name}: write-only attribute planned non-null`);
      continue;
    }
    if (same(p, c, spec.type)) continue;
    if (pr !== null && c !== null && same(p, pr, spec.type)) continue;
    if (spec.computed && !spec.optional) continue;
    if (c === null && spec.computed) continue;
    if (c === null) problems.push(`${name}: planned value for a non-computed attribute`);
    else problems.push(`${name}: planned value does not match config value`);
  }
  return problems;
}

/** One message per attribute whose applied value breaks a promise the plan made. */
export function applyProblems(
  planned: ObjectValue,
  actual: ObjectValue,
  attributes: Readonly<Record<string, RuleAttribute>> = {},
): string[] {
  return compatibilityProblems(planned, actual, attributes, false);
}

/** One message per attribute whose value in the apply-time re-plan breaks the first plan's promise. */
export function finalPlanProblems(
  planned: ObjectValue,
  replanned: ObjectValue,
  attributes: Readonly<Record<string, RuleAttribute>> = {},
): string[] {
  return compatibilityProblems(planned, replanned, attributes, true);
}

function compatibilityProblems(
  planned: ObjectValue,
  actual: ObjectValue,
  attributes: Readonly<Record<string, RuleAttribute>>,
  unknownAllowed: boolean,
): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(planned)) {
    const p = planned[name] ?? null;
    const a = actual[name] ?? null;
    if (!unknownAllowed && !isWhollyKnown(a)) problems.push(`${name}: still unknown after apply`);
    else if (p instanceof Unknown) {
      if (p.refinements.notNull && a === null) problems.push(`${name}: planned not null, but now null`);
    } else if (!isWhollyKnown(p)) {
      // A collection with unknown members: its known members are not compared one by one here.
      if (a === null) problems.push(`${name}: planned a value, but now null`);
    } else if (!same(p, a, attributes[name]?.type)) {
      const detail = attributes[name]?.sensitive ? '(sensitive value)' : `was ${show(p)}, but now ${show(a)}`;
      problems.push(`${name}: ${detail}`);
    }
  }
  return problems;
}
