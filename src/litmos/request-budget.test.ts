import { MemoryLedger, type BudgetLedger } from './budget-ledger.js';
import { BUSY_RETRY_MS, budgetMarginMs, RequestBudget } from './request-budget.js';

/** A budget on a fake clock: every sleep advances the clock on the next turn of the event loop. */
function fakeBudget(ledger: BudgetLedger = new MemoryLedger()) {
  let clock = 0;
  const sleeps: number[] = [];
  const controller = new AbortController();
  const budget = new RequestBudget(
    { requestsPerInterval: 2, intervalMs: 1_000 },
    {
      ledger,
      now: () => clock,
      sleep: (ms, signal) => {
        signal.throwIfAborted();
        sleeps.push(ms);
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            clock += ms;
            resolve();
          }),
        );
      },
      signal: controller.signal,
    },
  );
  return { budget, sleeps, now: () => clock, abort: () => controller.abort(new Error('test over')) };
}

describe('budgetMarginMs', () => {
  it('is a twentieth of the interval, at most a second', () => {
    expect(budgetMarginMs(60_000)).toBe(1_000);
    expect(budgetMarginMs(1_000)).toBe(50);
  });
});

describe('RequestBudget', () => {
  it('grants the limit at once, then the next only when a span of interval plus margin has passed', async () => {
    const f = fakeBudget();
    const grantedAt: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map(() => f.budget.acquire().then(() => grantedAt.push(f.now()))));
    expect(grantedAt).toEqual([0, 0, 1_050, 1_050, 2_100]);
  });

  it('asks again shortly while another process holds the ledger', async () => {
    const memory = new MemoryLedger();
    let busy = 2;
    const f = fakeBudget({ take: (r) => (busy-- > 0 ? undefined : memory.take(r)) });
    await f.budget.acquire();
    expect(f.sleeps).toEqual([BUSY_RETRY_MS, BUSY_RETRY_MS]);
  });

  it('rejects the waiting requests when aborted', async () => {
    const f = fakeBudget();
    await f.budget.acquire();
    await f.budget.acquire();
    f.abort();
    await expect(f.budget.acquire()).rejects.toThrow('test over');
  });
});
