import { checkPageSize, collectPages, pages } from './paging.js';

function source(total: number, extraOnFullPage = 0) {
  const calls: [number, number][] = [];
  const fetch = async (start: number, limit: number): Promise<number[]> => {
    calls.push([start, limit]);
    const size = Math.max(0, Math.min(limit, total - start));
    const extra = size === limit ? extraOnFullPage : 0;
    return Array.from({ length: Math.min(size + extra, total - start) }, (_, i) => start + i);
  };
  return { calls, fetch };
}

describe('pages', () => {
  it('reads until a short page', async () => {
    const s = source(7);
    expect(await collectPages(s.fetch, 3)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(s.calls).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
    ]);
  });

  it('asks for one empty page when the total is a multiple of the page size', async () => {
    const s = source(6);
    expect(await collectPages(s.fetch, 3)).toHaveLength(6);
    expect(s.calls.map(([start]) => start)).toEqual([0, 3, 6]);
  });

  it('yields nothing for an empty list', async () => {
    const s = source(0);
    const seen: unknown[] = [];
    for await (const page of pages(s.fetch, 5)) seen.push(page);
    expect(seen).toEqual([]);
    expect(s.calls).toHaveLength(1);
  });

  it('advances by what arrived when a page is longer than asked', async () => {
    const s = source(10, 1);
    expect(await collectPages(s.fetch, 3)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.calls.map(([start]) => start)).toEqual([0, 4, 8]);
  });
});

describe('checkPageSize', () => {
  it.each([0, 1001, 2.5])('rejects %p', (n) => {
    expect(() => checkPageSize(n)).toThrow(TypeError);
  });
});

describe('page cap', () => {
  it('a listing that keeps returning full pages fails after maxPages', async () => {
    let calls = 0;
    const endless = async (start: number, limit: number): Promise<number[]> => {
      calls += 1;
      return Array.from({ length: limit }, (_, i) => start + i);
    };
    await expect(collectPages(endless, 2, 4)).rejects.toMatchObject({
      code: 'INVALID_RESPONSE',
      message: 'a Litmos listing did not end within 4 pages',
    });
    expect(calls).toBe(4);
  });
});
