import { blankToNull } from './user-fields.js';

describe('blankToNull', () => {
  test.each([
    ['an empty field', ''],
    ['a null field', null],
    ['a field the answer left out', undefined],
  ])('reads %s as unset (null)', (_name, value) => {
    expect(blankToNull(value)).toBeNull();
  });

  it('keeps any other text as it is, blanks included', () => {
    expect(blankToNull('Analyst')).toBe('Analyst');
    expect(blankToNull(' ')).toBe(' ');
  });
});
