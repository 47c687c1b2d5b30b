import { jest } from '@jest/globals';
import { watchParent } from './parent-watch.js';

describe('watchParent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reports once when the parent pid changes, and not before', () => {
    let ppid = 4242;
    const gone: { was: number; now: number }[] = [];
    watchParent({
      intervalMs: 100,
      parentPid: () => ppid,
      isAlive: () => true,
      onParentGone: (d) => gone.push(d),
    });
    jest.advanceTimersByTime(1_000);
    expect(gone).toEqual([]);
    ppid = 1;
    jest.advanceTimersByTime(100);
    ppid = 7;
    jest.advanceTimersByTime(1_000);
    expect(gone).toEqual([{ was: 4242, now: 1 }]);
  });

  it('stops watching when asked', () => {
    let ppid = 10;
    const onParentGone = jest.fn();
    const stop = watchParent({ intervalMs: 50, parentPid: () => ppid, isAlive: () => true, onParentGone });
    stop();
    ppid = 1;
    jest.advanceTimersByTime(500);
    expect(onParentGone).not.toHaveBeenCalled();
  });

  it('reports a parent that no longer exists though its id is unchanged (Windows does not reparent)', () => {
    let alive = true;
    const gone: { was: number; now: number }[] = [];
    watchParent({
      intervalMs: 100,
      parentPid: () => 500,
      isAlive: () => alive,
      onParentGone: (d) => gone.push(d),
    });
    jest.advanceTimersByTime(500);
    expect(gone).toEqual([]);
    alive = false;
    jest.advanceTimersByTime(100);
    expect(gone).toEqual([{ was: 500, now: 500 }]);
  });

  it('by default takes its own live parent for alive', () => {
    const onParentGone = jest.fn();
    const stop = watchParent({ intervalMs: 10, onParentGone });
    jest.advanceTimersByTime(100);
    stop();
    expect(onParentGone).not.toHaveBeenCalled();
  });
});
