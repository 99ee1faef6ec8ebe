import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../testing/fake-clock';
import { createUpstreamRateLimiter } from './upstream-rate-limiter';

describe('upstream rate limiter', () => {
  it('lets at most perSecond calls through in any one-second span, queueing the rest in order', async () => {
    const clock = fakeClock(0);
    const limiter = createUpstreamRateLimiter({ perSecond: 5, clock });
    const granted: Array<{ i: number; at: number }> = [];
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        expect(await limiter.acquire('search', Infinity)).toBe(true);
        granted.push({ i, at: clock.now() });
      }),
    );
    expect(granted.map((g) => g.i)).toEqual([...Array(12).keys()]);
    for (const g of granted) {
      const inWindow = granted.filter((o) => o.at > g.at - 1_000 && o.at <= g.at);
      expect(inWindow.length).toBeLessThanOrEqual(5);
    }
    expect(granted[11]?.at).toBeGreaterThanOrEqual(2_000);
  });

  it('keeps the categories apart', async () => {
    const clock = fakeClock(0);
    const limiter = createUpstreamRateLimiter({ perSecond: 2, clock });
    for (let i = 0; i < 2; i++) await limiter.acquire('search', Infinity);
    await limiter.acquire('write', Infinity);
    expect(clock.now()).toBe(0);
  });

  it('pauses a category after a 429 and follows X-RateLimit-Remaining', async () => {
    const clock = fakeClock(0);
    const limiter = createUpstreamRateLimiter({ perSecond: 25, clock });
    limiter.pauseUntil('write', 3_000);
    await limiter.acquire('write', Infinity);
    expect(clock.now()).toBe(3_000);
    // Other clients of the org used the bucket up: wait for the window instead of a 429.
    limiter.observeRemaining('read', 0);
    await limiter.acquire('read', Infinity);
    expect(clock.now()).toBe(4_000);
  });

  it('refuses at once when the wait would pass the deadline or the queue is full', async () => {
    const clock = fakeClock(0);
    const limiter = createUpstreamRateLimiter({ perSecond: 1, clock, maxQueue: 2 });
    expect(await limiter.acquire('read', 0)).toBe(true);
    expect(await limiter.acquire('read', 500)).toBe(false);
    expect(clock.now()).toBe(0);
    const waits = [limiter.acquire('read', Infinity), limiter.acquire('read', Infinity)];
    expect(await limiter.acquire('read', Infinity)).toBe(false);
    expect(await Promise.all(waits)).toEqual([true, true]);
  });
});
