import {
  ctyBool,
  ctyDynamic,
  ctyNumber,
  ctyString,
  listOf,
  mapOf,
  objectOf,
  setOf,
  tupleOf,
  typeEquals,
} from './types.js';
import type { CtyType } from './types.js';

describe('typeEquals', () => {
  const same: { name: string; a: CtyType; b: CtyType }[] = [
    { name: 'primitives', a: ctyString, b: { kind: 'string' } },
    { name: 'dynamic', a: ctyDynamic, b: ctyDynamic },
    { name: 'lists of one element type', a: listOf(ctyNumber), b: listOf(ctyNumber) },
    {
      name: 'objects in any attribute order',
      a: objectOf({ a: ctyString, b: ctyBool }),
      b: objectOf({ b: ctyBool, a: ctyString }),
    },
    { name: 'tuples element by element', a: tupleOf([ctyString, ctyBool]), b: tupleOf([ctyString, ctyBool]) },
  ];
  it.each(same)('equal: $name', ({ a, b }) => {
    expect(typeEquals(a, b)).toBe(true);
    expect(typeEquals(b, a)).toBe(true);
  });

  const different: { name: string; a: CtyType; b: CtyType }[] = [
    { name: 'string and number', a: ctyString, b: ctyNumber },
    { name: 'list and set of one element type', a: listOf(ctyString), b: setOf(ctyString) },
    { name: 'lists of different elements', a: listOf(ctyString), b: listOf(ctyBool) },
    { name: 'sets of different elements', a: setOf(ctyString), b: setOf(ctyNumber) },
    { name: 'maps of different elements', a: mapOf(ctyString), b: mapOf(ctyBool) },
    {
      name: 'objects with an extra attribute',
      a: objectOf({ a: ctyString }),
      b: objectOf({ a: ctyString, b: ctyString }),
    },
    {
      name: 'objects with other attribute names',
      a: objectOf({ a: ctyString }),
      b: objectOf({ b: ctyString }),
    },
    {
      name: 'objects with an attribute of another type',
      a: objectOf({ a: ctyString }),
      b: objectOf({ a: ctyBool }),
    },
    { name: 'tuples of different lengths', a: tupleOf([ctyString]), b: tupleOf([ctyString, ctyString]) },
    {
      name: 'tuples differing in one element',
      a: tupleOf([ctyString, ctyBool]),
      b: tupleOf([ctyString, ctyNumber]),
    },
    {
      name: 'tuples differing in the first element',
      a: tupleOf([ctyBool, ctyString]),
      b: tupleOf([ctyNumber, ctyString]),
    },
  ];
  it.each(different)('different: $name', ({ a, b }) => {
    expect(typeEquals(a, b)).toBe(false);
    expect(typeEquals(b, a)).toBe(false);
  });
});

describe('objectOf', () => {
  it('lists optional attributes only when there are some', () => {
    expect(objectOf({ a: ctyString })).toStrictEqual({ kind: 'object', attributes: { a: ctyString } });
    expect(objectOf({ a: ctyString }, [])).toStrictEqual({ kind: 'object', attributes: { a: ctyString } });
    expect(objectOf({ a: ctyString }, ['a'])).toStrictEqual({
      kind: 'object',
      attributes: { a: ctyString },
      optional: ['a'],
    });
  });
});
