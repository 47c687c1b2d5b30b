/**
 * The request budget's smaller rules: the ledger's arithmetic and files, the budget's queue, and
 * the key gate's cool-down bookkeeping, on fake clocks (no real waiting).
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultLedgerDir,
  FileLedger,
  MemoryLedger,
  removeStaleFiles,
  takeFrom,
  unsafeLedgerDir,
} from './budget-ledger.js';
import { budgetMarginMs, RequestBudget } from './request-budget.js';
import {
  cooldownMs,
  KeyGate,
  keyFingerprint,
  localBudgetFor,
  queuedRequests,
  requestGateFor,
  resetRequestGates,
  setBudgetLedgerDir,
  throttleSettingsFor,
} from './throttle.js';

afterEach(() => resetRequestGates());

describe('the ledger rule', () => {
  const rule = { spanMs: 1_000, limit: 3 };

  it('counts a send exactly one span ahead, and not one exactly one span old', () => {
    expect(takeFrom([0, 2_000], { ...rule, now: 1_000, wanted: 3 }).result.granted).toBe(2);
  });

  it('finds the send that blocks among unsorted times', () => {
    const { result } = takeFrom([300, 100, 200], { ...rule, now: 400, wanted: 1 });
    expect(result).toEqual({ granted: 0, retryAt: 1_100 });
  });

  it('grants nothing to a caller that wants nothing', () => {
    expect(takeFrom([], { ...rule, now: 0, wanted: 0 }).result).toEqual({ granted: 0, retryAt: 0 });
  });

  it('grants at most the limit to a caller that wants more, and names when the next frees', () => {
    expect(new MemoryLedger().take({ ...rule, now: 5, wanted: 9 })).toEqual({ granted: 3, retryAt: 1_005 });
  });
});

describe('the ledger files', () => {
  let root: string;
  let dir: string;
  const fingerprint = keyFingerprint('behaviour-ledger-key');
  const rule = { spanMs: 1_000, limit: 5 };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-behaviour-'));
    dir = join(root, 'budget');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps only the send times of a file, and reads a file of another shape as empty', () => {
    const ledger = new FileLedger({ dir, fingerprint });
    ledger.take({ ...rule, now: 0, wanted: 1 });
    const file = join(dir, `${fingerprint}.json`);
    writeFileSync(file, JSON.stringify([10, 'x', null, 20]));
    expect(ledger.take({ ...rule, now: 30, wanted: 5 })?.granted).toBe(3);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([10, 20, 30, 30, 30]);
    writeFileSync(file, JSON.stringify({ sends: [1, 2, 3, 4, 5] }));
    expect(ledger.take({ ...rule, now: 40, wanted: 5 })?.granted).toBe(5);
  });

  it('releases its lock after every take, and writes nothing when it grants nothing', () => {
    const ledger = new FileLedger({ dir, fingerprint });
    ledger.take({ ...rule, now: 0, wanted: 5 });
    expect(existsSync(join(dir, `${fingerprint}.lock`))).toBe(false);
    const file = join(dir, `${fingerprint}.json`);
    writeFileSync(file, JSON.stringify([0, 0, 0, 0, 0]));
    expect(ledger.take({ ...rule, now: 1, wanted: 1 })?.granted).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('[0,0,0,0,0]');
    expect(readdirSync(dir)).toEqual([`${fingerprint}.json`]);
  });

  it('uses a directory that exists already', () => {
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 1 });
    const again = new FileLedger({ dir, fingerprint });
    expect(again.take({ ...rule, now: 1, wanted: 1 })?.granted).toBe(1);
    expect(again.failed).toBe(false);
  });

  it('refuses a path that is not a directory, and then budgets its own sends only', () => {
    writeFileSync(dir, 'not a directory');
    expect(unsafeLedgerDir(dir)).toBe('it is not a directory');
    const ledger = new FileLedger({ dir, fingerprint });
    expect(ledger.take({ ...rule, now: 0, wanted: 2 })?.granted).toBe(2);
    expect(ledger.failed).toBe(true);
    expect(ledger.take({ ...rule, now: 1, wanted: 5 })?.granted).toBe(3);
  });

  it('accepts a directory of this user only', () => {
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 1 });
    expect(unsafeLedgerDir(dir)).toBeUndefined();
  });

  it('removes only files changed before the moment given', () => {
    new FileLedger({ dir, fingerprint }).take({ ...rule, now: 0, wanted: 1 });
    writeFileSync(join(dir, 'other.json'), '[]');
    removeStaleFiles(dir, Date.now() - 60_000);
    expect(readdirSync(dir).sort()).toEqual([`${fingerprint}.json`, 'other.json'].sort());
    removeStaleFiles(dir, Date.now() + 60_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lives in the temp directory, per user', () => {
    const expected = process.getuid
      ? `terraform-provider-litmos-${process.getuid()}`
      : 'terraform-provider-litmos';
    expect(defaultLedgerDir()).toBe(join(tmpdir(), expected));
  });
});

describe('the request budget', () => {
  it('adds a twentieth of the interval as margin, rounded up', () => {
    expect(budgetMarginMs(30)).toBe(2);
    expect(budgetMarginMs(19_999)).toBe(1_000);
    expect(budgetMarginMs(20_020)).toBe(1_000);
  });

  it('grants waiting requests in order, sleeping until the ledger frees a unit', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const controller = new AbortController();
    const budget = new RequestBudget(
      { requestsPerInterval: 1, intervalMs: 100 },
      {
        ledger: new MemoryLedger(),
        now: () => clock,
        sleep: async (ms) => {
          sleeps.push(ms);
          clock += ms;
        },
        signal: controller.signal,
      },
    );
    const order: number[] = [];
    const all = [1, 2, 3].map((n) => budget.acquire().then(() => order.push(n)));
    // The first is granted at once; the others wait.
    expect(budget.waiting).toBe(2);
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3]);
    // Each unit frees one interval plus its margin (5 ms) after the previous one.
    expect(sleeps).toEqual([105, 105]);
    expect(budget.waiting).toBe(0);
  });

  it('rejects every waiting request, and later ones, once aborted', async () => {
    const controller = new AbortController();
    const budget = new RequestBudget(
      { requestsPerInterval: 1, intervalMs: 100 },
      {
        ledger: new MemoryLedger(),
        now: () => 0,
        sleep: (_ms, signal) =>
          new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
        signal: controller.signal,
      },
    );
    await budget.acquire();
    const waiting = [budget.acquire(), budget.acquire()];
    controller.abort(new Error('stopped'));
    await expect(Promise.all(waiting)).rejects.toThrow('stopped');
    expect(budget.waiting).toBe(0);
    await expect(budget.acquire()).rejects.toThrow('stopped');
  });
});

describe('the key gate', () => {
  function gate(settings = { requestsPerInterval: 100, intervalMs: 8_000 }) {
    let clock = 1_000;
    const sleeps: number[] = [];
    const controller = new AbortController();
    const g = new KeyGate(settings, {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      budget: async () => undefined,
      signal: controller.signal,
    });
    return {
      g,
      sleeps,
      now: () => clock,
      advance: (ms: number) => (clock += ms),
      abort: () => controller.abort(),
    };
  }

  it('pauses at least a millisecond, however short the interval', () => {
    expect(cooldownMs(1, { requestsPerInterval: 1, intervalMs: 3 })).toBe(1);
    expect(cooldownMs(2, { requestsPerInterval: 1, intervalMs: 100 })).toBe(25);
    expect(cooldownMs(1, { requestsPerInterval: 1, intervalMs: 100, maxCooldownMs: 500 })).toBe(13);
  });

  it('is not paused before any 503, nor after its pause is over', () => {
    const f = gate();
    expect(f.g.pausedForMs).toBe(0);
    f.g.limited(f.now());
    expect(f.g.pausedForMs).toBe(1_000);
    f.advance(400);
    expect(f.g.pausedForMs).toBe(600);
    f.advance(5_000);
    expect(f.g.pausedForMs).toBe(0);
  });

  it('ignores an answer to a request sent before the pause began, so the streak goes on', () => {
    const f = gate();
    const before = f.now();
    f.advance(1);
    f.g.limited(f.now());
    f.g.answered(before);
    f.g.limited(f.now());
    expect(f.g.pausedForMs).toBe(2_000);
  });

  it('counts a report without a send time as current', () => {
    const f = gate();
    f.g.limited(f.now());
    f.g.answered(undefined);
    f.g.limited(undefined);
    expect(f.g.pausedForMs).toBe(1_000);
  });

  it('counts requests waiting for the pause, and none once they are through', async () => {
    const f = gate();
    f.g.limited(f.now());
    const through = f.g.acquire();
    expect(f.g.waiting).toBe(1);
    await through;
    expect(f.g.waiting).toBe(0);
    expect(f.sleeps).toEqual([1_000]);
  });

  it('lets the next request go at once once the probe was answered', async () => {
    const f = gate();
    f.g.limited(f.now());
    await f.g.acquire();
    f.g.answered(f.now());
    await f.g.acquire();
    await f.g.acquire();
    expect(f.sleeps).toEqual([1_000]);
  });

  it('stops waiting requests when aborted', async () => {
    const f = gate();
    f.abort();
    await expect(f.g.acquire()).rejects.toBeDefined();
    expect(f.g.waiting).toBe(0);
  });
});

describe('the gates of the process', () => {
  it('knows nothing of a key without a gate', () => {
    expect(queuedRequests('never-used-key')).toBe(0);
    expect(throttleSettingsFor('never-used-key')).toBeUndefined();
  });

  it("gives a key Litmos's documented budget by default", () => {
    requestGateFor('default-settings-key');
    expect(throttleSettingsFor('default-settings-key')).toEqual({
      requestsPerInterval: 100,
      intervalMs: 60_000,
    });
  });

  it("shares the key's budget without the cool-down", async () => {
    const settings = { requestsPerInterval: 1, intervalMs: 60_000 };
    const local = localBudgetFor('local-budget-key', settings);
    await local();
    const second = local();
    expect(queuedRequests('local-budget-key')).toBe(0);
    resetRequestGates();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('where the gates keep their ledger', () => {
  it('in the directory set for gates made from then on', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-dir-'));
    const dir = join(root, 'ledgers');
    try {
      setBudgetLedgerDir(dir);
      await requestGateFor('ledger-dir-key', { requestsPerInterval: 5, intervalMs: 60_000 })();
      expect(readdirSync(dir)).toEqual([`${keyFingerprint('ledger-dir-key')}.json`]);
    } finally {
      setBudgetLedgerDir(undefined);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
