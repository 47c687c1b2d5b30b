import { Diagnostics } from '../../tf/diagnostics.js';
import { AttrPath } from '../../tf/path.js';
import { eachElement, intBetween, lengthBetween, uniqueElements } from './index.js';
import type { Validator } from './index.js';

const run = (validator: Validator, value: unknown, path = AttrPath.root('a')) => {
  const diags = new Diagnostics();
  validator.validate(value as never, path, diags);
  return diags.toArray().map((d) => ({ summary: d.summary, detail: d.detail, path: d.path?.toString() }));
};

describe('intBetween', () => {
  it.each([1, 5, 10, 7n])('accepts %p within [1, 10], bounds included', (value) => {
    expect(run(intBetween(1, 10), value)).toEqual([]);
  });

  it.each([0, 11, 2.5, 11n, 'five'])('refuses %p, saying what it got', (value) => {
    expect(run(intBetween(1, 10), value)).toEqual([
      {
        summary: 'Invalid Attribute Value',
        detail: `Attribute a must be a whole number between 1 and 10; got ${String(value)}.`,
        path: 'a',
      },
    ]);
  });
});

describe('uniqueElements', () => {
  it('reports each repeated element at its index', () => {
    expect(run(uniqueElements(), ['u1', 'u2', 'u1', 'u2', 'u3'], AttrPath.root('user_ids'))).toEqual([
      {
        summary: 'Duplicate Element',
        detail: 'Attribute user_ids lists "u1" more than once.',
        path: 'user_ids[2]',
      },
      {
        summary: 'Duplicate Element',
        detail: 'Attribute user_ids lists "u2" more than once.',
        path: 'user_ids[3]',
      },
    ]);
  });

  it('accepts distinct elements, and ignores elements that are not known strings', () => {
    expect(run(uniqueElements(), ['u1', 'u2'])).toEqual([]);
    expect(run(uniqueElements(), [null, null, 'u1'])).toEqual([]);
    expect(run(uniqueElements(), 'u1')).toEqual([]);
  });
});

describe('eachElement', () => {
  it('applies the inner validator to every string element, at its index', () => {
    const validator = eachElement(lengthBetween(2, 3));
    expect(validator.description).toBe('each element must be between 2 and 3 characters long');
    expect(run(validator, ['ab', 'x', null, 'abcd'], AttrPath.root('codes')).map((d) => d.path)).toEqual([
      'codes[1]',
      'codes[3]',
    ]);
    expect(run(validator, 'x')).toEqual([]);
  });
});
