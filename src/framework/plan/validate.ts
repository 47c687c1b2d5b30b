/**
 * Runs attribute validators over a configuration: every known, non-null value at every depth gets
 * the validators of its attribute, each reporting with the attribute's path.
 */
import { Diagnostics } from '../../tf/diagnostics.js';
import { AttrPath } from '../../tf/path.js';
import { Unknown } from '../../tf/value.js';
import type { ObjectValue } from '../../tf/value.js';
import type { AttributeMap } from '../schema/attributes.js';
import { walkObject } from './walk.js';

export interface ValidateOptions {
  /** False when the client cannot handle write-only attributes (Terraform < 1.11). */
  readonly writeOnlyAllowed: boolean;
}

export function validateObject(
  attributes: AttributeMap,
  config: ObjectValue,
  diags: Diagnostics,
  opts: ValidateOptions = { writeOnlyAllowed: true },
): void {
  walkObject(attributes, null, config, config, AttrPath.empty, (v) => {
    if (v.config === null || v.config instanceof Unknown) return v.plan;
    if (v.spec.writeOnly && !opts.writeOnlyAllowed) {
      diags.error(
        'Write-Only Attribute Not Supported',
        `Attribute ${v.path.toString()} is write-only, which needs Terraform 1.11 or later. ` +
          'Upgrade Terraform, or use the attribute that stores the value in state instead.',
        v.path,
      );
    }
    if (v.spec.deprecated !== undefined) {
      diags.warning('Attribute Deprecated', `${v.path.toString()}: ${v.spec.deprecated}`, v.path);
    }
    const validators = v.spec.validators ?? [];
    if (v.spec.sensitive === true || v.spec.writeOnly === true) {
      const found = new Diagnostics();
      for (const validator of validators) validator.validate(v.config, v.path, found);
      for (const d of found) diags.add({ ...d, detail: withoutValue(d.detail, v.config) });
    } else {
      for (const validator of validators) validator.validate(v.config, v.path, diags);
    }
    return v.plan;
  });
}

/** A validator's message with a sensitive value taken out (quoted or bare), however it was shown. */
function withoutValue(detail: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return detail;
  return detail.split(JSON.stringify(value)).join('(sensitive value)').split(value).join('(sensitive value)');
}
