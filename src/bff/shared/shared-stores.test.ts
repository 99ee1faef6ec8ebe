// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../app-logger';
import { systemClock } from '../clock';
import { createMemoryLedger } from '../idempotency-ledger';
import { connectRedis, type RedisConnection } from './redis-connection';
import { createRedisLedger } from './redis-ledger';
import { useTestRedis } from '../../testing/use-test-redis';
import { createSharedSwrCache } from './shared-swr-cache';

const testRedis = useTestRedis();

async function replica(org: string): Promise<RedisConnection> {
  const c = connectRedis({
    url: testRedis.server.url,
    orgIdentity: org,
    logger: silentLogger,
    fallbackNote: '',
  });
  testRedis.track(c);
  const deadline = Date.now() + 10_000;
  while (!c.healthy) {
    if (Date.now() > deadline) throw new Error('Redis did not connect');
    await new Promise((r) => setTimeout(r, 20));
  }
  return c;
}

const cacheOn = (connection: RedisConnection, ttlMs = 60_000) =>
  createSharedSwrCache<{ n: number }>({
    connection,
    name: 'members',
    clock: systemClock,
    now: () => Date.now(),
    ttlMs,
  });

describe('shared read cache (a real Redis)', () => {
  it('makes one load for identical reads on several replicas, and serves it to all', async () => {
    const [a, b, c] = [
      cacheOn(await replica('o1')),
      cacheOn(await replica('o1')),
      cacheOn(await replica('o1')),
    ];
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 100));
      return { n: loads };
    };
    const answers = await Promise.all([a, b, c, a, b, c].map((cache) => cache.get('all', load)));
    expect(answers.map((x) => x.n)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(loads).toBe(1);
    // A replica that starts later finds it too.
    expect((await cacheOn(await replica('o1')).get('all', load)).n).toBe(1);
    expect(loads).toBe(1);
  });

  it('forgets a key on every replica when one invalidates it', async () => {
    const a = cacheOn(await replica('o2'));
    const b = cacheOn(await replica('o2'));
    let loads = 0;
    const load = async () => ({ n: ++loads });
    expect((await a.get('k', load)).n).toBe(1);
    expect((await b.get('k', load)).n).toBe(1);
    a.invalidate('k');
    await new Promise((r) => setTimeout(r, 50));
    expect((await b.get('k', load)).n).toBe(2);
  });

  it('shares a value, not a failure: the next replica tries itself', async () => {
    const a = cacheOn(await replica('o3'));
    const b = cacheOn(await replica('o3'));
    await expect(a.get('k', () => Promise.reject(new Error('lightfield 503')))).rejects.toThrow(
      'lightfield 503',
    );
    expect((await b.get('k', async () => ({ n: 7 }))).n).toBe(7);
  });
});

describe('shared idempotency ledger (a real Redis)', () => {
  it('refuses a key reused with another body whichever replica gets it', async () => {
    const ledger = async () =>
      createRedisLedger(await replica('o4'), createMemoryLedger({ now: () => Date.now() }));
    const [a, b] = [await ledger(), await ledger()];
    expect(await a.claim('opportunity', 'KEY-1', 'body-1')).toBe('ok');
    expect(await b.claim('opportunity', 'key-1', 'body-2')).toBe('reused');
    expect(await b.claim('opportunity', 'KEY-1', 'body-1')).toBe('ok');
    await a.settle('opportunity', 'KEY-1', 'written');
    await b.settle('opportunity', 'KEY-1', 'written');
    expect(await b.claim('opportunity', 'KEY-1', 'body-2')).toBe('reused');
  });

  it('frees a key Lightfield refused, as the memory ledger does', async () => {
    const a = createRedisLedger(await replica('o5'), createMemoryLedger({ now: () => Date.now() }));
    const b = createRedisLedger(await replica('o5'), createMemoryLedger({ now: () => Date.now() }));
    expect(await a.claim('opportunity', 'K', 'body-1')).toBe('ok');
    await a.settle('opportunity', 'K', 'refused');
    expect(await b.claim('opportunity', 'K', 'body-2')).toBe('ok');
  });
});
