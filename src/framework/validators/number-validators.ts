/** Validators for number attributes. */
import type { Validator } from './validator.js';

/** A whole number within [min, max]. */
export function intBetween(min: number, max: number): Validator {
  return {
    description: `must be a whole number between ${min} and ${max}`,
    validate(value, path, diags) {
      const n = typeof value === 'bigint' || typeof value === 'number' ? Number(value) : Number.NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return;
      diags.error(
        'Invalid Attribute Value',
        `Attribute ${path.toString()} must be a whole number between ${min} and ${max}; got ${String(value)}.`,
        path,
      );
    },
  };
}
