import { afterEach, describe, expect, test, vi } from 'vitest';
import { whenIdle } from './when-idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  test('waits for the delay, then for the browser to be idle', () => {
    vi.useFakeTimers();
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const callback = vi.fn();

    whenIdle(callback, 1000);
    vi.advanceTimersByTime(999);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(callback).not.toHaveBeenCalled();

    idle[0]?.({ didTimeout: false, timeRemaining: () => 50 });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  test('cancelling before the delay ends means it never runs', () => {
    vi.useFakeTimers();
    const requestIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdle);
    const callback = vi.fn();

    const cancel = whenIdle(callback, 1000);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(requestIdle).not.toHaveBeenCalled();
    expect(callback).not.toHaveBeenCalled();
  });

  test('cancelling a pending idle callback cancels it', () => {
    vi.stubGlobal('requestIdleCallback', () => 7);
    const cancelIdle = vi.fn();
    vi.stubGlobal('cancelIdleCallback', cancelIdle);

    whenIdle(vi.fn())();
    expect(cancelIdle).toHaveBeenCalledWith(7);
  });

  test('without requestIdleCallback (Safari) it falls back to a short timeout', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const callback = vi.fn();

    whenIdle(callback);
    vi.advanceTimersByTime(199);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
