import { Coalescer, type ItemOutcome } from './coalescer.js';

const flushed: { key: string; items: number[] }[] = [];

function coalescer(maxBatch = 10, failOdd = false) {
  return new Coalescer<number, number>({
    windowMs: 5,
    maxBatch,
    flush: async (key, items) => {
      flushed.push({ key, items: [...items] });
      return items.map((n): ItemOutcome<number> =>
        failOdd && n % 2 === 1
          ? { ok: false, error: new Error(`item ${n} refused`) }
          : { ok: true, value: n * 10 },
      );
    },
  });
}

beforeEach(() => {
  flushed.length = 0;
});

test('items submitted together under one key go out as one batch, each caller gets its own value', async () => {
  const c = coalescer();
  const results = await Promise.all([c.submit('a', 1), c.submit('a', 2), c.submit('b', 3)]);
  expect(results).toEqual([10, 20, 30]);
  expect(flushed).toEqual([
    { key: 'a', items: [1, 2] },
    { key: 'b', items: [3] },
  ]);
});

test('a refused item fails only its own caller', async () => {
  const c = coalescer(10, true);
  const settled = await Promise.allSettled([c.submit('a', 1), c.submit('a', 2)]);
  expect(settled[0]).toMatchObject({ status: 'rejected', reason: new Error('item 1 refused') });
  expect(settled[1]).toEqual({ status: 'fulfilled', value: 20 });
  expect(flushed).toHaveLength(1);
});

test('a full batch goes out at once and the next item opens a new one', async () => {
  const c = coalescer(2);
  await Promise.all([c.submit('a', 1), c.submit('a', 2), c.submit('a', 3)]);
  expect(flushed.map((f) => f.items)).toEqual([[1, 2], [3]]);
});

test('a flush that throws fails every item of its batch with that error', async () => {
  const c = new Coalescer<number, number>({
    windowMs: 1,
    maxBatch: 5,
    flush: () => Promise.reject(new Error('team gone')),
  });
  const settled = await Promise.allSettled([c.submit('a', 1), c.submit('a', 2)]);
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
});

test('bad options are refused by name', () => {
  const flush = () => Promise.resolve([]);
  expect(() => new Coalescer({ windowMs: -1, maxBatch: 1, flush })).toThrow(/windowMs/);
  expect(() => new Coalescer({ windowMs: 1, maxBatch: 0, flush })).toThrow(/maxBatch/);
});

test('while a batch of a key is in flight, the next one keeps collecting and goes when it is done', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const seen: number[][] = [];
  const c = new Coalescer<number, number>({
    windowMs: 1,
    maxBatch: 10,
    flush: async (_key, items) => {
      seen.push([...items]);
      if (seen.length === 1) await gate;
      return items.map((n) => ({ ok: true, value: n }));
    },
  });
  const first = c.submit('a', 1);
  await new Promise((r) => setTimeout(r, 10));
  const later = [c.submit('a', 2), c.submit('a', 3)];
  await new Promise((r) => setTimeout(r, 10));
  const more = c.submit('a', 4);
  await new Promise((r) => setTimeout(r, 10));
  expect(seen).toEqual([[1]]);
  release();
  expect(await Promise.all([first, ...later, more])).toEqual([1, 2, 3, 4]);
  expect(seen).toEqual([[1], [2, 3, 4]]);
});

describe('with a turn (the request budget)', () => {
  function heldTurn() {
    const turns: (() => void)[] = [];
    let refuse: ((e: Error) => void) | undefined;
    const turn = () =>
      new Promise<void>((resolve, reject) => {
        turns.push(resolve);
        refuse = reject;
      });
    return {
      turn,
      grant: () => turns.shift()?.(),
      refuse: (e: Error) => refuse?.(e),
      asked: () => turns.length,
    };
  }
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('a due batch stays open until its turn: what arrives meanwhile goes in the same flush', async () => {
    const t = heldTurn();
    const seen: number[][] = [];
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 10,
      turn: t.turn,
      flush: async (_key, items) => {
        seen.push([...items]);
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const first = c.submit('a', 1);
    await pause(10);
    expect(t.asked()).toBe(1);
    const later = [c.submit('a', 2), c.submit('a', 3)];
    await pause(10);
    expect(seen).toEqual([]);
    t.grant();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3]);
    expect(seen).toEqual([[1, 2, 3]]);
  });

  test('a batch that fills while waiting closes; the next item opens another', async () => {
    const t = heldTurn();
    const seen: number[][] = [];
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 2,
      turn: t.turn,
      flush: async (_key, items) => {
        seen.push([...items]);
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const all = [c.submit('a', 1)];
    await pause(10);
    all.push(c.submit('a', 2), c.submit('a', 3));
    t.grant();
    await pause(10);
    t.grant();
    expect(await Promise.all(all)).toEqual([1, 2, 3]);
    expect(seen).toEqual([[1, 2], [3]]);
  });

  test('a turn that fails fails every item of the batch', async () => {
    const t = heldTurn();
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 10,
      turn: t.turn,
      flush: async (_key, items) => items.map((n) => ({ ok: true, value: n })),
    });
    const items = [c.submit('a', 1), c.submit('a', 2)];
    await pause(10);
    t.refuse(new Error('gate reset'));
    const settled = await Promise.allSettled(items);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });
});
