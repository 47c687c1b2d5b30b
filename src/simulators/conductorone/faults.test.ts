import { paginate } from './api.js';
import { FaultControls, parseFaultSpec } from './faults.js';

describe('FaultControls', () => {
  it('fires a rule for exactly `count` matching requests, then forgets it', () => {
    const faults = new FaultControls();
    faults.rateLimit({ count: 2, retryAfterSeconds: 4, method: 'GET', pathPrefix: '/api/v1/apps' });
    expect(faults.take('POST', '/api/v1/apps')).toBeUndefined();
    expect(faults.take('GET', '/auth/v1/token')).toBeUndefined();
    expect(faults.take('GET', '/api/v1/apps/x')).toEqual({
      kind: 'status',
      status: 429,
      retryAfterSeconds: 4,
    });
    expect(faults.list()[0]?.remaining).toBe(1);
    expect(faults.take('GET', '/api/v1/apps/y')).toMatchObject({ status: 429 });
    expect(faults.take('GET', '/api/v1/apps/z')).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('applies rules in the order they were added and can remove or clear them', () => {
    const faults = new FaultControls();
    const drop = faults.dropConnection();
    faults.serverError({ status: 502 });
    faults.remove(drop);
    expect(faults.take('GET', '/x')).toEqual({ kind: 'status', status: 502 });
    faults.serverError();
    faults.clear();
    expect(faults.take('GET', '/x')).toBeUndefined();
  });
});

describe('parseFaultSpec', () => {
  it('normalises the method and keeps valid fields', () => {
    expect(parseFaultSpec({ effect: { kind: 'delay', delayMs: 5 }, method: 'get', count: 3 })).toEqual({
      effect: { kind: 'delay', delayMs: 5 },
      method: 'GET',
      count: 3,
    });
  });

  it.each([
    [null, /object/],
    [{ effect: { kind: 'status', status: 200 } }, /effect.status/],
    [{ effect: { kind: 'status', status: 429, retryAfterSeconds: -1 } }, /retryAfterSeconds/],
    [{ effect: { kind: 'drop' }, count: 0 }, /count/],
    [{ effect: { kind: 'drop' }, pathPrefix: 'api' }, /pathPrefix/],
    [{ effect: { kind: 'delay', delayMs: 1e9 } }, /delayMs/],
    [{ effect: { kind: 'melt' } }, /effect.kind/],
  ])('rejects %j naming the field', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 30 }, (_v, i) => i);

  it('defaults to 25 per page and hands out the next offset', () => {
    const first = paginate(items, null, null);
    expect(first.list).toHaveLength(25);
    expect(first.nextPageToken).toBe('25');
    expect(paginate(items, null, first.nextPageToken)).toEqual({
      list: [25, 26, 27, 28, 29],
      nextPageToken: '',
    });
  });

  it('clamps page sizes to 10..100', () => {
    expect(paginate(items, '1', null).list).toHaveLength(10);
    expect(paginate(items, '1000', null).list).toHaveLength(30);
  });

  it('rejects a page token it did not make', () => {
    expect(() => paginate(items, null, 'abc')).toThrow(/page_token/);
  });
});
