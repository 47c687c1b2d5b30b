import { Diagnostics } from '../../tf/diagnostics.js';
import { AttrPath } from '../../tf/path.js';
import { unknown } from '../../tf/value.js';
import { eachElement, intBetween, lengthBetween, matches, oneOf, uniqueElements } from './index.js';
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

  it.each([0, 11, 2.5, 11n, 'five', '5', true])('refuses %p, saying what it got', (value) => {
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

  it('hands the inner validator only the string elements, skipping null, unknown and other values', () => {
    const seen: unknown[] = [];
    const recording: Validator = { description: 'is seen', validate: (v) => void seen.push(v) };
    run(eachElement(recording), ['a', null, unknown, 3, 'b']);
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('string validators', () => {
  it('describe themselves as the docs show them', () => {
    expect(oneOf('Learner', 'Administrator').description).toBe('must be one of "Learner", "Administrator"');
    expect(matches(/@/, 'an e-mail address').description).toBe('must be an e-mail address');
    expect(lengthBetween(1, 5).description).toBe('must be between 1 and 5 characters long');
    expect(intBetween(1, 10).description).toBe('must be a whole number between 1 and 10');
    expect(uniqueElements().description).toBe('must not contain duplicates');
  });

  it('oneOf refuses another value and hints at a case-only difference', () => {
    const validator = oneOf('Learner', 'Administrator');
    expect(run(validator, 'learner')).toEqual([
      {
        summary: 'Invalid Attribute Value',
        detail:
          'Attribute a value "learner" is not allowed: it must be one of "Learner", "Administrator". Did you mean "Learner"? Values are case-sensitive.',
        path: 'a',
      },
    ]);
    expect(run(validator, 'Guest')[0]?.detail).toBe(
      'Attribute a value "Guest" is not allowed: it must be one of "Learner", "Administrator".',
    );
    expect(run(validator, 'Learner')).toEqual([]);
    expect(run(validator, 3)).toEqual([]);
  });

  it('matches and lengthBetween name the attribute, the rule and what was given', () => {
    expect(run(matches(/^[a-z]+$/, 'lower-case letters'), 'A1')).toEqual([
      {
        summary: 'Invalid Attribute Value',
        detail: 'Attribute a must be lower-case letters; got "A1".',
        path: 'a',
      },
    ]);
    expect(run(matches(/^[a-z]+$/, 'lower-case letters'), 7)).toEqual([]);
    expect(run(lengthBetween(2, 3), 'a')).toEqual([
      {
        summary: 'Invalid Attribute Value Length',
        detail: 'Attribute a must be between 2 and 3 characters long; it has 1.',
        path: 'a',
      },
    ]);
  });
});
