import { AttrPath } from '../../tf/path.js';
import { unknown } from '../../tf/value.js';
import type { ObjectValue, Value } from '../../tf/value.js';
import { nested, str } from '../schema/attributes.js';
import { walkObject } from './walk.js';
import type { AttributeVisit } from './walk.js';

const inner = { title: str({ description: 't', optional: true }) };
const attributes = {
  name: str({ description: 'n', optional: true }),
  single: nested('single', inner, { description: 's', optional: true }),
  list: nested('list', inner, { description: 'l', optional: true }),
  map: nested('map', inner, { description: 'm', optional: true }),
  set: nested('set', inner, { description: 'e', optional: true }),
};

/** Every visit as `path: config / prior`, and the plan with each title upper-cased. */
function walk(prior: ObjectValue | null, config: ObjectValue) {
  const visits: string[] = [];
  const show = (v: Value | undefined): string => (v === undefined ? '-' : JSON.stringify(v));
  const visitor = (v: AttributeVisit): Value => {
    visits.push(`${v.path.toString()}: ${show(v.config)} / ${show(v.prior)}`);
    return v.name === 'title' && typeof v.plan === 'string' ? v.plan.toUpperCase() : v.plan;
  };
  const plan = walkObject(attributes, prior, config, config, AttrPath.empty, visitor);
  return { visits, plan };
}

describe('walkObject', () => {
  it('visits a nested single object, list elements by index and map elements by key, with their prior values', () => {
    const config = {
      name: 'n',
      single: { title: 'a' },
      list: [{ title: 'b' }, { title: 'c' }],
      map: { k: { title: 'd' } },
      set: [{ title: 'e' }],
    };
    const prior = {
      name: 'n',
      single: { title: 'A0' },
      list: [{ title: 'B0' }],
      map: { k: { title: 'D0' }, gone: { title: 'X' } },
      set: [{ title: 'E0' }],
    };
    const { visits, plan } = walk(prior, config);
    expect(visits).toEqual([
      'name: "n" / "n"',
      'single: {"title":"a"} / {"title":"A0"}',
      'single.title: "a" / "A0"',
      'list: [{"title":"b"},{"title":"c"}] / [{"title":"B0"}]',
      'list[0].title: "b" / "B0"',
      'list[1].title: "c" / -',
      'map: {"k":{"title":"d"}} / {"k":{"title":"D0"},"gone":{"title":"X"}}',
      'map["k"].title: "d" / "D0"',
      'set: [{"title":"e"}] / [{"title":"E0"}]',
    ]);
    expect(plan).toEqual({
      name: 'n',
      single: { title: 'A' },
      list: [{ title: 'B' }, { title: 'C' }],
      map: { k: { title: 'D' } },
      set: [{ title: 'e' }],
    });
  });

  it('on create there is no prior at any depth', () => {
    const { visits } = walk(null, {
      name: null,
      single: { title: 'a' },
      list: [{ title: 'b' }],
      map: null,
      set: null,
    });
    expect(visits).toContain('single.title: "a" / -');
    expect(visits).toContain('list[0].title: "b" / -');
    expect(visits).toContain('name: null / -');
  });

  it('does not enter null or unknown nested values', () => {
    const { visits, plan } = walk(null, { name: null, single: unknown, list: null, map: unknown, set: null });
    expect(visits).toHaveLength(5);
    expect(plan).toEqual({ name: null, single: unknown, list: null, map: unknown, set: null });
  });

  it('visits nested attributes whose prior is not an object as having no prior', () => {
    const { visits } = walk(
      { name: null, single: null, list: null, map: null, set: null },
      { name: null, single: { title: 'a' }, list: [{ title: 'b' }], map: { k: { title: 'c' } }, set: null },
    );
    expect(visits).toContain('single.title: "a" / -');
    expect(visits).toContain('list[0].title: "b" / -');
    expect(visits).toContain('map["k"].title: "c" / -');
  });

  it('visits a nested value the configuration leaves null (kept from the prior state) with null config at every depth', () => {
    const prior = {
      name: null,
      single: { title: 'A0' },
      list: [{ title: 'B0' }],
      map: { k: { title: 'C0' } },
      set: null,
    };
    const visits: string[] = [];
    const plan = walkObject(
      attributes,
      prior,
      { name: null, single: null, list: null, map: null, set: null },
      prior,
      AttrPath.empty,
      (v) => {
        visits.push(`${v.path.toString()}: ${JSON.stringify(v.config)} / ${JSON.stringify(v.prior)}`);
        return v.plan;
      },
    );
    expect(visits).toContain('single.title: null / "A0"');
    expect(visits).toContain('list[0].title: null / "B0"');
    expect(visits).toContain('map["k"].title: null / "C0"');
    expect(plan).toEqual(prior);
  });
});
