import { describe, expect, it } from 'vitest';
import { createSwrCache } from './swr-cache';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('swr cache', () => {
  it('shares one load among concurrent callers and serves it until the TTL', async () => {
    let now = 0;
    let loads = 0;
    const cache = createSwrCache<number>({ ttlMs: 100, now: () => now });
    const load = async () => ++loads;
    expect(
      await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]),
    ).toEqual([1, 1, 1]);
    now = 99;
    expect(await cache.get('k', load)).toBe(1);
    now = 100;
    expect(await cache.get('k', load)).toBe(2);
  });

  it('serves the stale value while one refresh runs, and keeps it if the refresh fails', async () => {
    let now = 0;
    const errors: unknown[] = [];
    const cache = createSwrCache<string>({
      ttlMs: 10,
      staleMs: 100,
      now: () => now,
      onRefreshError: (_k, e) => errors.push(e),
    });
    await cache.get('k', async () => 'v1');
    now = 50;
    const refresh = deferred<string>();
    let refreshes = 0;
    const load = () => {
      refreshes++;
      return refresh.promise;
    };
    expect(await cache.get('k', load)).toBe('v1');
    expect(await cache.get('k', load)).toBe('v1');
    expect(refreshes).toBe(1);
    refresh.reject(new Error('down'));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
    expect(cache.peek('k')).toBe('v1');
    now = 200;
    await expect(
      cache.get('k', async () => Promise.reject(new Error('still down'))),
    ).rejects.toThrow('still down');
  });

  it('never caches a failure, and forgets on invalidate (a load already running is not kept)', async () => {
    const cache = createSwrCache<number>({ ttlMs: 1_000, now: () => 0 });
    await expect(cache.get('k', async () => Promise.reject(new Error('x')))).rejects.toThrow();
    expect(await cache.get('k', async () => 1)).toBe(1);
    const slow = deferred<number>();
    cache.invalidate('k');
    const pending = cache.get('k', () => slow.promise);
    cache.invalidate('k');
    slow.resolve(2);
    expect(await pending).toBe(2);
    expect(cache.peek('k')).toBeUndefined();
  });

  it('drops the oldest entries beyond maxEntries', async () => {
    const cache = createSwrCache<number>({ ttlMs: 1_000, maxEntries: 2, now: () => 0 });
    for (const [i, key] of ['a', 'b', 'c'].entries()) await cache.get(key, async () => i);
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('c')).toBe(2);
  });
});
