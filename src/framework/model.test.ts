import { BigDecimal, DynamicValue, Unknown, unknown } from '../tf/value.js';
import { ctyString } from '../tf/types.js';
import { fromModel, known, stateFromModel, toModel } from './model.js';
import { nested, num, str, strList } from './schema/attributes.js';
import { schema } from './schema/schema.js';

const s = schema('M.', {
  name: str({ description: 'n', optional: true }),
  count: num({ description: 'c', optional: true }),
  secret: str({ description: 's', optional: true, writeOnly: true }),
  tags: strList({ description: 't', optional: true }),
  one: nested(
    'single',
    { a: str({ description: 'a', optional: true }), b: num({ description: 'b', optional: true }) },
    { description: 'o', optional: true },
  ),
  many: nested(
    'list',
    { a: str({ description: 'a', optional: true }), b: num({ description: 'b', optional: true }) },
    { description: 'm', optional: true },
  ),
  byKey: nested(
    'map',
    { a: str({ description: 'a', optional: true }), b: num({ description: 'b', optional: true }) },
    { description: 'k', optional: true },
  ),
});

describe('toModel', () => {
  it('turns exact numbers of every form into JS numbers, deep inside lists and objects', () => {
    const model = toModel(s, {
      name: 'x',
      count: 12n,
      tags: ['a'],
      one: { a: 'p', b: new BigDecimal('2.5') },
      many: [{ a: null, b: 7n }],
      byKey: { k: { a: 'q', b: 1 } },
    });
    expect(model).toEqual({
      name: 'x',
      count: 12,
      tags: ['a'],
      one: { a: 'p', b: 2.5 },
      many: [{ a: null, b: 7 }],
      byKey: { k: { a: 'q', b: 1 } },
    });
  });

  it('keeps null and unknown as they are, and unwraps a dynamic value', () => {
    const u = new Unknown({ notNull: true });
    const model = toModel(s, {
      name: null,
      count: u,
      tags: [unknown],
      one: new DynamicValue(ctyString, 'dyn'),
    });
    expect(model.name).toBeNull();
    expect(model.count).toBe(u);
    expect(model.tags).toEqual([unknown]);
    expect(model.one).toBe('dyn');
  });
});

describe('fromModel', () => {
  it('gives exactly the schema attributes, missing and undefined ones null, extra ones dropped', () => {
    const v = fromModel(s.attributes, { name: 'x', count: undefined, extra: 'dropped' });
    expect(v).toEqual({
      name: 'x',
      count: null,
      secret: null,
      tags: null,
      one: null,
      many: null,
      byKey: null,
    });
  });

  it('completes nested objects in single, list and map nesting with their missing attributes', () => {
    const v = fromModel(s.attributes, {
      one: { a: 'p' },
      many: [{ b: 2 }, { a: 'z' }],
      byKey: { k: { a: 'q' } },
    });
    expect(v.one).toEqual({ a: 'p', b: null });
    expect(v.many).toEqual([
      { a: null, b: 2 },
      { a: 'z', b: null },
    ]);
    expect(v.byKey).toEqual({ k: { a: 'q', b: null } });
  });

  it('keeps unknown values, also for nested attributes and their elements', () => {
    const v = fromModel(s.attributes, { name: unknown, one: unknown, many: [unknown], byKey: unknown });
    expect(v.name).toBe(unknown);
    expect(v.one).toBe(unknown);
    expect(v.many).toEqual([unknown]);
    expect(v.byKey).toBe(unknown);
  });

  it('keeps strings, booleans, numbers and bigints', () => {
    const v = fromModel({ a: str({ description: 'a', optional: true }) }, { a: 'x' });
    expect(v.a).toBe('x');
    expect(fromModel(s.attributes, { count: 5n }).count).toBe(5n);
    expect(fromModel(s.attributes, { name: true }).name).toBe(true);
    expect(fromModel(s.attributes, { count: 0 }).count).toBe(0);
  });

  it('refuses a value that has no Terraform form, naming its JS type', () => {
    expect(() => fromModel(s.attributes, { name: () => 1 })).toThrow(
      new TypeError('cannot convert a function into a Terraform value'),
    );
    expect(() => fromModel(s.attributes, { name: Symbol('x') })).toThrow(/cannot convert a symbol/);
  });
});

describe('stateFromModel', () => {
  it('nulls every write-only attribute whatever the model holds, and keeps the rest', () => {
    expect(stateFromModel(s.attributes, { name: 'x', secret: 'hunter2' })).toMatchObject({
      name: 'x',
      secret: null,
    });
  });
});

describe('known', () => {
  it('is the value when known and set, else undefined', () => {
    expect(known('x')).toBe('x');
    expect(known(0)).toBe(0);
    expect(known(false)).toBe(false);
    expect(known(null)).toBeUndefined();
    expect(known(unknown)).toBeUndefined();
  });
});
