import {
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
