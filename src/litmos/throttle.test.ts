import {
  cooldownMs,
  KeyGate,
  keyFingerprint,
  queuedRequests,
  requestGateFor,
  resetRequestGates,
  throttleSettingsFor,
} from './throttle.js';

afterEach(() => resetRequestGates());

describe('request gates', () => {
  it('gives the same gate to every caller with the same key', () => {
    const a = requestGateFor('key-one', { requestsPerInterval: 5, intervalMs: 1000 });
    const b = requestGateFor('key-one', { requestsPerInterval: 50, intervalMs: 1000 });
    expect(b).toBe(a);
    expect(throttleSettingsFor('key-one')?.requestsPerInterval).toBe(5);
    expect(requestGateFor('key-two')).not.toBe(a);
  });

  it('never keys the registry by the key itself', () => {
    expect(keyFingerprint('key-one')).not.toContain('key-one');
    expect(keyFingerprint('key-one')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('queues calls beyond the budget, for all holders of the key', async () => {
    const gate = requestGateFor('key-q', { requestsPerInterval: 2, intervalMs: 60_000 });
    const again = requestGateFor('key-q');
    await gate();
    await again();
    const third = again();
    expect(queuedRequests('key-q')).toBe(1);
    resetRequestGates();
    await expect(third).rejects.toThrow('reset');
  });
});

describe('cooldownMs', () => {
  const minute = { requestsPerInterval: 100, intervalMs: 60_000 };

  it('doubles from an eighth of the interval up to the whole interval', () => {
    expect([1, 2, 3, 4, 5, 6].map((k) => cooldownMs(k, minute))).toEqual([
      7_500, 15_000, 30_000, 60_000, 60_000, 60_000,
    ]);
    expect(cooldownMs(0, minute)).toBe(0);
  });

  it('never exceeds maxCooldownMs', () => {
    expect(cooldownMs(1, { ...minute, maxCooldownMs: 4 })).toBe(4);
    expect(cooldownMs(9, { ...minute, maxCooldownMs: 20_000 })).toBe(20_000);
  });
});

/** A gate on a fake clock: short sleeps advance the clock at once; the probe timeout waits. */
function fakeGate(settings = { requestsPerInterval: 100, intervalMs: 60_000 }) {
  let clock = 1_000;
  const sleeps: number[] = [];
  const held: (() => void)[] = [];
  const controller = new AbortController();
  const gate = new KeyGate(settings, {
    now: () => clock,
    sleep: (ms, signal) => {
      sleeps.push(ms);
      if (ms < settings.intervalMs) {
        clock += ms;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        held.push(resolve);
        signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      });
    },
    budget: async () => undefined,
    signal: controller.signal,
  });
  return {
    gate,
    sleeps,
    now: () => clock,
    advance: (ms: number) => (clock += ms),
    /** Ends the held (probe-timeout) sleeps. */
    expireHeld: () => held.splice(0).forEach((resolve) => resolve()),
    abort: () => controller.abort(new Error('test over')),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function tracked(p: Promise<void>): { done: () => boolean; promise: Promise<void> } {
  let done = false;
  const promise = p.then(() => {
    done = true;
  });
  return { done: () => done, promise };
}

describe('KeyGate cool-down after a 503', () => {
  it('lets requests through at once while no 503 was seen', async () => {
    const f = fakeGate();
    await f.gate.acquire();
    await f.gate.acquire();
    expect(f.sleeps).toEqual([]);
  });

  it('pauses every request of the key after a 503, and ignores 503s to requests sent before', async () => {
    const f = fakeGate();
    const sentBefore = f.now();
    f.advance(10);
    f.gate.limited(f.now());
    expect(f.gate.pausedForMs).toBe(7_500);
    f.gate.limited(sentBefore); // stale: sent before the pause began
    expect(f.gate.pausedForMs).toBe(7_500);
    await f.gate.acquire();
    expect(f.sleeps).toEqual([7_500]);
  });

  it('sends one probe after the pause and holds the others until it is answered', async () => {
    const f = fakeGate();
    f.gate.limited(f.now());
    await f.gate.acquire(); // the probe
    const sentAt = f.now();
    const second = tracked(f.gate.acquire());
    await settle();
    expect(second.done()).toBe(false);
    expect(f.gate.waiting).toBe(1);
    f.gate.answered(sentAt);
    await second.promise;
    expect(second.done()).toBe(true);
    // A success ends the streak: the next 503 pauses for the first step again.
    f.gate.limited(f.now());
    expect(f.gate.pausedForMs).toBe(7_500);
    f.abort();
  });

  it('doubles the pause when the probe is answered 503 too', async () => {
    const f = fakeGate();
    f.gate.limited(f.now());
    await f.gate.acquire();
    const probeSentAt = f.now();
    const waiter = tracked(f.gate.acquire());
    await settle();
    f.gate.limited(probeSentAt);
    await waiter.promise;
    expect(f.sleeps.filter((ms) => ms < 60_000)).toEqual([7_500, 15_000]);
  });

  it('releases the others when the probe fails without an answer', async () => {
    const f = fakeGate();
    f.gate.limited(f.now());
    await f.gate.acquire();
    const waiter = tracked(f.gate.acquire());
    await settle();
    expect(waiter.done()).toBe(false);
    f.gate.released();
    await waiter.promise;
    expect(waiter.done()).toBe(true);
  });

  it('gives up on a probe that never reports after one interval', async () => {
    const f = fakeGate();
    f.gate.limited(f.now());
    await f.gate.acquire();
    const waiter = tracked(f.gate.acquire());
    await settle();
    expect(waiter.done()).toBe(false);
    f.expireHeld();
    await waiter.promise;
    expect(f.sleeps).toContain(60_000);
  });

  it('rejects waiters when the gate is reset', async () => {
    const f = fakeGate();
    f.gate.limited(f.now());
    await f.gate.acquire();
    const waiter = f.gate.acquire();
    await settle();
    f.abort();
    await expect(waiter).rejects.toThrow('test over');
  });
});
