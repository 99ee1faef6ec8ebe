// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../app-logger';
import { systemClock } from '../clock';
import {
  createUpstreamRateLimiter,
  type UpstreamRateLimiter,
} from '../lightfield/upstream-rate-limiter';
import { connectRedis } from './redis-connection';
import { busiestSecond } from '../../testing/replica-burst';
import { useTestRedis } from '../../testing/use-test-redis';
import { createSharedUpstreamLimiter } from './shared-upstream-limiter';

const testRedis = useTestRedis();

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function connection(orgIdentity: string, url = testRedis.server.url) {
  const c = connectRedis({ url, orgIdentity, logger: silentLogger, fallbackNote: '' });
  testRedis.track(c);
  return c;
}

async function sharedLimiter(org: string, perSecond: number, fallbackPerSecond = perSecond) {
  const c = await connection(org);
  await until(() => c.healthy);
  const fallback = createUpstreamRateLimiter({ perSecond: fallbackPerSecond, clock: systemClock });
  return createSharedUpstreamLimiter({ connection: c, perSecond, fallback, clock: systemClock });
}

/** Each limiter asks for `each` slots at once; returns when each was granted. */
async function burst(limiters: UpstreamRateLimiter[], each: number) {
  const granted: number[] = [];
  const deadline = Date.now() + 20_000;
  await Promise.all(
    limiters.flatMap((limiter) =>
      Array.from({ length: each }, async () => {
        expect(await limiter.acquire('search', deadline)).toBe(true);
        granted.push(Date.now());
      }),
    ),
  );
  return granted;
}

describe('shared upstream limiter (a real Redis)', () => {
  it('keeps two limiters on one Redis within the limit in every one-second span', async () => {
    const a = await sharedLimiter('window', 10);
    const b = await sharedLimiter('window', 10);
    const granted = await burst([a, b], 15);
    expect(granted).toHaveLength(30);
    expect(busiestSecond(granted)).toBeLessThanOrEqual(10);
    // It still uses the budget: 30 slots at 10 per 1.2 s window take under three windows.
    expect(Math.max(...granted) - Math.min(...granted)).toBeLessThan(4_500);
  });

  it('(control) two in-memory limiters together go over the limit', async () => {
    const own = () => createUpstreamRateLimiter({ perSecond: 10, clock: systemClock });
    const granted = await burst([own(), own()], 15);
    expect(busiestSecond(granted)).toBeGreaterThan(10);
  });

  it('keeps other orgs apart: their windows do not count against each other', async () => {
    const a = await sharedLimiter('org-a', 10);
    const b = await sharedLimiter('org-b', 10);
    const granted = await burst([a, b], 10);
    // Each org's ten slots go out 120 ms apart at once; one shared budget would need 2.3 s.
    expect(Math.max(...granted) - Math.min(...granted)).toBeLessThan(1_800);
  });

  it("pauses the category on every replica after one replica's Retry-After", async () => {
    const a = await sharedLimiter('pause', 10);
    const b = await sharedLimiter('pause', 10);
    const started = Date.now();
    a.pauseUntil('write', started + 600);
    expect(await b.acquire('write', started + 5_000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    // Other categories are not paused.
    const read = Date.now();
    expect(await b.acquire('read', read + 5_000)).toBe(true);
    expect(Date.now() - read).toBeLessThan(300);
  });

  it('serves from its fallback while Redis is unreachable, and shares again once it is back', async () => {
    const c = await connection('outage');
    await until(() => c.healthy);
    const fallback = createUpstreamRateLimiter({ perSecond: 5, clock: systemClock });
    const limiter = createSharedUpstreamLimiter({
      connection: c,
      perSecond: 10,
      fallback,
      clock: systemClock,
    });
    await testRedis.server.kill();
    const down = await burst([limiter], 8);
    // Nothing failed, at the fallback's conservative rate.
    expect(down).toHaveLength(8);
    // 5 slots a second: the last 3 wait for the first ones to come back (10/s would not wait).
    expect(Math.max(...down) - Math.min(...down)).toBeGreaterThanOrEqual(900);
    expect(c.healthy).toBe(false);
    await testRedis.server.restart();
    await until(() => c.healthy);
    const other = await sharedLimiter('outage', 10);
    const again = await burst([limiter, other], 8);
    expect(busiestSecond(again)).toBeLessThanOrEqual(10);
  });
});
