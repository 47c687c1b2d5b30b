/** Validators for list and set attributes. */
import type { Validator } from './validator.js';

/** Applies `inner` to every string element (null and unknown elements are skipped). */
export function eachElement(inner: Validator): Validator {
  return {
    description: `each element ${inner.description}`,
    validate(value, path, diags) {
      if (!Array.isArray(value)) return;
      value.forEach((element, i) => {
        if (typeof element !== 'string') return;
        inner.validate(element, path.index(i), diags);
      });
    },
  };
}

/** No two known elements may be equal (for lists that behave as sets). */
export function uniqueElements(): Validator {
  return {
    description: 'must not contain duplicates',
    validate(value, path, diags) {
      if (!Array.isArray(value)) return;
      const seen = new Set<string>();
      value.forEach((element, i) => {
        if (typeof element !== 'string') return;
        if (seen.has(element)) {
          diags.error(
            'Duplicate Element',
            `Attribute ${path.toString()} lists ${JSON.stringify(element)} more than once.`,
            path.index(i),
          );
        }
        seen.add(element);
      });
    },
  };
}
