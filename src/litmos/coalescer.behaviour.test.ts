/** The coalescer's smaller rules, and those of the pending-write count and the recent-user window. */
import { Coalescer, type ItemOutcome } from './coalescer.js';
import { PendingWrites } from './pending-writes.js';
import { RecentUsers } from './recent-users.js';
import { UserDirectory } from './user-directory.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function held() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('the coalescer', () => {
  it.each([
    [
      'a window that is not a number',
      { windowMs: Number.NaN, maxBatch: 1 },
      'windowMs must be >= 0, got NaN',
    ],
    ['a fractional batch', { windowMs: 1, maxBatch: 1.5 }, 'maxBatch must be a positive integer, got 1.5'],
  ])('refuses %s', (_name, options, message) => {
    expect(() => new Coalescer({ ...options, flush: () => Promise.resolve([]) })).toThrow(message);
  });

  it('accepts a zero window and a batch of one', async () => {
    const c = new Coalescer<number, number>({
      windowMs: 0,
      maxBatch: 1,
      flush: async (_key, items) => items.map((n) => ({ ok: true, value: n })),
    });
    expect(await Promise.all([c.submit('a', 1), c.submit('a', 2)])).toEqual([1, 2]);
  });

  it('fails an item whose flush returned no outcome for it', async () => {
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 10,
      flush: async (): Promise<ItemOutcome<number>[]> => [{ ok: true, value: 7 }],
    });
    const settled = await Promise.allSettled([c.submit('a', 1), c.submit('a', 2)]);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: 7 });
    expect(settled[1]).toMatchObject({
      status: 'rejected',
      reason: new Error('batch flush returned no outcome for item 1'),
    });
  });

  it('does not hold one key back while a batch of another key is in flight', async () => {
    const gate = held();
    const seen: string[] = [];
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 10,
      flush: async (key, items) => {
        seen.push(key);
        if (key === 'slow') await gate.promise;
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    const slow = c.submit('slow', 1);
    await pause(10);
    expect(await c.submit('fast', 2)).toBe(2);
    expect(seen).toEqual(['slow', 'fast']);
    gate.release();
    expect(await slow).toBe(1);
  });

  it('sends the next batch of a key when its window ends after the earlier batch is done', async () => {
    const seen: number[][] = [];
    const c = new Coalescer<number, number>({
      windowMs: 15,
      maxBatch: 2,
      flush: async (_key, items) => {
        seen.push([...items]);
        return items.map((n) => ({ ok: true, value: n }));
      },
    });
    // A full batch goes at once; the item after it waits for its own window.
    const all = [c.submit('a', 1), c.submit('a', 2), c.submit('a', 3)];
    expect(await Promise.all(all)).toEqual([1, 2, 3]);
    expect(seen).toEqual([[1, 2], [3]]);
    expect(await c.submit('a', 4)).toBe(4);
    expect(seen).toEqual([[1, 2], [3], [4]]);
  });

  it('asks for a turn with the key of the batch', async () => {
    const keys: string[] = [];
    const c = new Coalescer<number, number>({
      windowMs: 1,
      maxBatch: 10,
      turn: async (key) => {
        keys.push(key);
      },
      flush: async (_key, items) => items.map((n) => ({ ok: true, value: n })),
    });
    await Promise.all([c.submit('t1', 1), c.submit('t2', 2)]);
    expect(keys.sort()).toEqual(['t1', 't2']);
  });
});

describe('pending writes', () => {
  it('counts each write of a key until it settles', async () => {
    const pending = new PendingWrites();
    const [a, b] = [held(), held()];
    const first = pending.track('k', () => a.promise);
    const second = pending.track('k', () => b.promise);
    expect(pending.pending('k')).toBe(2);
    a.release();
    await first;
    expect(pending.pending('k')).toBe(1);
    b.release();
    await second;
    expect(pending.pending('k')).toBe(0);
  });

  it('wakes every reader of the key when its last write settles, and keeps others waiting', async () => {
    const pending = new PendingWrites();
    const [a, other] = [held(), held()];
    void pending.track('k', () => a.promise);
    void pending.track('other', () => other.promise);
    const woke: string[] = [];
    const readers = [
      pending.settled('k', 60_000).then(() => woke.push('k1')),
      pending.settled('k', 60_000).then(() => woke.push('k2')),
    ];
    const otherReader = pending.settled('other', 60_000).then(() => woke.push('other'));
    a.release();
    await Promise.all(readers);
    await pause(5);
    expect(woke.sort()).toEqual(['k1', 'k2']);
    other.release();
    await otherReader;
    expect(woke).toContain('other');
  });

  it('a reader that gave up waiting is not woken twice, and later readers still wait', async () => {
    const pending = new PendingWrites();
    const slow = held();
    void pending.track('k', () => slow.promise);
    await pending.settled('k', 1);
    let later = false;
    const waiting = pending.settled('k', 60_000).then(() => (later = true));
    await pause(5);
    expect(later).toBe(false);
    slow.release();
    await waiting;
    expect(later).toBe(true);
  });
});

describe('users seen moments ago', () => {
  it('does not know a user it never saw', () => {
    const recent = new RecentUsers({ ttlMs: 1_000, now: () => 0 });
    expect(recent.isActive('nobody')).toBe(false);
    expect(recent.isActiveLearner('nobody')).toBe(false);
  });

  it('forgets a sighting once it is older than the window, even if the clock turns back', () => {
    let clock = 0;
    const recent = new RecentUsers({ ttlMs: 1_000, now: () => clock });
    recent.saw({ Id: 'u1', Active: true, AccessLevel: 'Learner' });
    clock = 1_001;
    expect(recent.isActiveLearner('u1')).toBe(false);
    clock = 0;
    expect(recent.isActive('u1')).toBe(false);
  });

  it('keeps an earlier write in mind for later reads: a read that starts after it records', () => {
    const recent = new RecentUsers({ ttlMs: 1_000, now: () => 0 });
    recent.forget('u1');
    recent.forget('u1');
    const read = recent.reading('u1');
    read({ Id: 'u1', Active: true, AccessLevel: 'Learner' });
    expect(recent.isActiveLearner('u1')).toBe(true);
  });

  it('uses the real clock by default', () => {
    const recent = new RecentUsers({ ttlMs: 60_000 });
    recent.saw({ Id: 'u1', Active: true, AccessLevel: 'Learner' });
    expect(recent.isActive('u1')).toBe(true);
  });
});

describe('a listing of objects without user names', () => {
  it('finds teams by id only, and lists them in order', async () => {
    const dir = new UserDirectory<{ Id: string; Name: string }>({
      listAll: async () => [
        { Id: 't2', Name: 'B' },
        { Id: 't1', Name: 'A' },
      ],
      ttlMs: 1_000,
    });
    expect((await dir.all()).map((t) => t.Id)).toEqual(['t2', 't1']);
    expect(await dir.findByIdOrUserName('B')).toBeUndefined();
    expect((await dir.findByIdOrUserName('t1'))?.Name).toBe('A');
  });

  it('uses the real clock by default: a fresh listing is warm', async () => {
    const dir = new UserDirectory({ listAll: async () => [{ Id: 'a' }], ttlMs: 60_000 });
    await dir.find('a');
    expect(dir.isWarm()).toBe(true);
  });
});
