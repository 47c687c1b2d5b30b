import { ctyString, listOf } from './types.js';
import { BigDecimal, DynamicValue, isObjectValue, isWhollyKnown, unknown, Unknown } from './value.js';

describe('isWhollyKnown', () => {
  it.each([
    { name: 'a string', value: 'a', known: true },
    { name: 'null', value: null, known: true },
    { name: 'an unknown', value: unknown, known: false },
    { name: 'a refined unknown', value: new Unknown({ notNull: true }), known: false },
    { name: 'a list with an unknown element', value: ['a', unknown], known: false },
    { name: 'a known list', value: ['a', 'b'], known: true },
    { name: 'an object with an unknown deep inside', value: { a: { b: [unknown] } }, known: false },
    {
      name: 'a dynamic value holding an unknown',
      value: new DynamicValue(listOf(ctyString), [unknown]),
      known: false,
    },
    { name: 'a known dynamic value', value: new DynamicValue(listOf(ctyString), ['a']), known: true },
    { name: 'a big decimal', value: new BigDecimal('0.1'), known: true },
  ])('$name: $known', ({ value, known }) => {
    expect(isWhollyKnown(value)).toBe(known);
  });
});

describe('BigDecimal', () => {
  it('prints its exact decimal text', () => {
    expect(`${new BigDecimal('0.10000000000000000001')}`).toBe('0.10000000000000000001');
  });
});

describe('isObjectValue', () => {
  it('is true only for plain objects', () => {
    expect(isObjectValue({ a: 'b' })).toBe(true);
    for (const v of [null, 'a', ['a'], unknown, new BigDecimal('1'), new DynamicValue(ctyString, 'a')]) {
      expect(isObjectValue(v)).toBe(false);
    }
  });
});
