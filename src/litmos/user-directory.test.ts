import { UserDirectory } from './user-directory.js';
import type { LitmosUserSummary } from './types.js';

const user = (Id: string, FirstName = 'A'): LitmosUserSummary => ({
  Id,
  UserName: `${Id}@example.com`,
  FirstName,
  LastName: 'L',
  Active: true,
  Email: `${Id}@example.com`,
  AccessLevel: 'Learner',
});

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('UserDirectory', () => {
  it('serves concurrent readers from one listing', async () => {
    let listings = 0;
    const dir = new UserDirectory({
      listAll: async () => {
        listings += 1;
        return [user('a'), user('b')];
      },
      ttlMs: 1000,
    });
    const [a, b, c] = await Promise.all([dir.find('a'), dir.find('b'), dir.find('zzz')]);
    expect([a?.Id, b?.Id, c]).toEqual(['a', 'b', undefined]);
    expect(listings).toBe(1);
  });

  it('reuses the listing inside the window and lists again after it', async () => {
    let clock = 0;
    let listings = 0;
    const dir = new UserDirectory({
      listAll: async () => [user('a', `v${++listings}`)],
      ttlMs: 100,
      now: () => clock,
    });
    expect((await dir.find('a'))?.FirstName).toBe('v1');
    clock = 99;
    expect((await dir.find('a'))?.FirstName).toBe('v1');
    clock = 100;
    expect((await dir.find('a'))?.FirstName).toBe('v2');
  });

  it('lists again after invalidate', async () => {
    let listings = 0;
    const dir = new UserDirectory({ listAll: async () => [user('a', `v${++listings}`)], ttlMs: 60_000 });
    await dir.find('a');
    dir.invalidate();
    expect((await dir.find('a'))?.FirstName).toBe('v2');
  });

  it('does not keep a listing that was in flight during an invalidation', async () => {
    const first = deferred<LitmosUserSummary[]>();
    let listings = 0;
    const dir = new UserDirectory({
      listAll: () => {
        listings += 1;
        return listings === 1 ? first.promise : Promise.resolve([user('a', 'after')]);
      },
      ttlMs: 60_000,
    });
    const early = dir.find('a');
    dir.invalidate();
    const late = dir.find('a');
    first.resolve([user('a', 'before')]);
    expect((await early)?.FirstName).toBe('before');
    expect((await late)?.FirstName).toBe('after');
    expect((await dir.find('a'))?.FirstName).toBe('after');
    expect(listings).toBe(2);
  });

  it('does not cache a failed listing', async () => {
    let listings = 0;
    const dir = new UserDirectory({
      listAll: async () => {
        listings += 1;
        if (listings === 1) throw new Error('boom');
        return [user('a')];
      },
      ttlMs: 60_000,
    });
    await expect(dir.find('a')).rejects.toThrow('boom');
    expect((await dir.find('a'))?.Id).toBe('a');
  });
});

describe('UserDirectory.isWarm', () => {
  it('is cold before the first listing, warm while it runs and inside the window, cold after', async () => {
    let clock = 0;
    const pending = deferred<LitmosUserSummary[]>();
    const dir = new UserDirectory({ listAll: () => pending.promise, ttlMs: 100, now: () => clock });
    expect(dir.isWarm()).toBe(false);
    const found = dir.find('a');
    expect(dir.isWarm()).toBe(true);
    pending.resolve([user('a')]);
    await found;
    clock = 99;
    expect(dir.isWarm()).toBe(true);
    clock = 100;
    expect(dir.isWarm()).toBe(false);
  });

  it('is cold again after invalidate', async () => {
    const dir = new UserDirectory({ listAll: async () => [user('a')], ttlMs: 60_000 });
    await dir.find('a');
    expect(dir.isWarm()).toBe(true);
    dir.invalidate();
    expect(dir.isWarm()).toBe(false);
  });
});

describe('UserDirectory.findByIdOrUserName', () => {
  it('finds by id first, then by user name regardless of case', async () => {
    const directory = new UserDirectory({
      listAll: async () => [
        { Id: 'a1', UserName: 'Ada@Example.com' },
        { Id: 'b2', UserName: 'a1' },
      ],
      ttlMs: 1000,
    });
    expect((await directory.findByIdOrUserName('a1'))?.Id).toBe('a1');
    expect((await directory.findByIdOrUserName('ada@example.com'))?.Id).toBe('a1');
    expect(await directory.findByIdOrUserName('grace@example.com')).toBeUndefined();
  });
});
