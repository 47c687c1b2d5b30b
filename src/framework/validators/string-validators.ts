/** Validators for string attributes. */
import type { Validator } from './validator.js';

const quoted = (xs: readonly string[]): string => xs.map((x) => JSON.stringify(x)).join(', ');

/** The value must be exactly one of `allowed` (case-sensitive). */
export function oneOf(...allowed: string[]): Validator {
  const description = `must be one of ${quoted(allowed)}`;
  return {
    description,
    validate(value, path, diags) {
      if (typeof value !== 'string' || allowed.includes(value)) return;
      const near = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
      const hint = near ? ` Did you mean ${JSON.stringify(near)}? Values are case-sensitive.` : '';
      diags.error(
        'Invalid Attribute Value',
        `Attribute ${path.toString()} value ${JSON.stringify(value)} is not allowed: it ${description}.${hint}`,
        path,
      );
    },
  };
}

/** The value must match `pattern`; `what` names the expected form in the message. */
export function matches(pattern: RegExp, what: string): Validator {
  return {
    description: `must be ${what}`,
    validate(value, path, diags) {
      if (typeof value !== 'string' || pattern.test(value)) return;
      diags.error(
        'Invalid Attribute Value',
        `Attribute ${path.toString()} must be ${what}; got ${JSON.stringify(value)}.`,
        path,
      );
    },
  };
}

/** The string length (in characters) must lie within [min, max]. */
export function lengthBetween(min: number, max: number): Validator {
  return {
    description: `must be between ${min} and ${max} characters long`,
    validate(value, path, diags) {
      if (typeof value !== 'string') return;
      const length = [...value].length;
      if (length >= min && length <= max) return;
      diags.error(
        'Invalid Attribute Value Length',
        `Attribute ${path.toString()} must be between ${min} and ${max} characters long; it has ${length}.`,
        path,
      );
    },
  };
}
