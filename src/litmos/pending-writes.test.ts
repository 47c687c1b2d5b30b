import { PendingWrites } from './pending-writes.js';

const tick = () => new Promise((r) => setImmediate(r));

function held(): { promise: Promise<void>; finish: () => void } {
  let finish: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (finish = resolve));
  return { promise, finish };
}

describe('PendingWrites', () => {
  it('settles at once for a key with nothing pending', async () => {
    await new PendingWrites().settled('team', 60_000);
  });

  it('settles when the last pending write of the key finishes, not before, and not for other keys', async () => {
    const pending = new PendingWrites();
    const [w1, w2, other] = [held(), held(), held()];
    void pending.track('team', () => w1.promise);
    void pending.track('team', () => w2.promise);
    void pending.track('other', () => other.promise);
    let settled = false;
    const wait = pending.settled('team', 60_000).then(() => (settled = true));
    w1.finish();
    await tick();
    expect(settled).toBe(false);
    expect(pending.pending('team')).toBe(1);
    w2.finish();
    await wait;
    expect(pending.pending('team')).toBe(0);
    expect(pending.pending('other')).toBe(1);
  });

  it('counts a failed write as finished, and passes its outcome through', async () => {
    const pending = new PendingWrites();
    await expect(pending.track('team', () => Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    );
    await expect(pending.track('team', () => Promise.resolve(7))).resolves.toBe(7);
    expect(pending.pending('team')).toBe(0);
  });

  it('stops waiting after the cap even while a write is still pending', async () => {
    const pending = new PendingWrites();
    const slow = held();
    void pending.track('team', () => slow.promise);
    await pending.settled('team', 5);
    expect(pending.pending('team')).toBe(1);
    slow.finish();
  });
});
