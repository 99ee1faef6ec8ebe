import { randomUUID } from 'node:crypto';
import { createSwrCache, type SwrCache, type SwrCacheOptions } from '../cache/swr-cache';
import type { Clock } from '../clock';
import type { RedisConnection } from './redis-connection';

export interface SharedSwrCacheOptions extends SwrCacheOptions {
  connection: RedisConnection;
  /** Names the cache in Redis keys (`members`, `definitions`, …). */
  name: string;
  clock: Clock;
  /** How long one replica may hold the right to load a key; then another one may. */
  loadLockMs?: number;
  /** How often a replica waiting for another one's load looks for the value. */
  pollMs?: number;
}

interface Stored<V> {
  at: number;
  value: V;
}

export const LOAD_LOCK_MS = 25_000;
export const POLL_MS = 25;

/** Deletes the lock only if this replica still holds it (it may have expired and moved on). */
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * The swr cache with its values and in-flight loads shared by every replica through Redis: the
 * first replica to miss takes a short lock and loads; the others wait for its value instead of
 * asking Lightfield too. Failures are not shared (the next replica tries itself). While Redis is
 * away it is this process's own swr cache, as without Redis.
 */
export function createSharedSwrCache<V>(options: SharedSwrCacheOptions): SwrCache<V> {
  const { connection, clock, ttlMs } = options;
  const { redis, prefix } = connection;
  const staleMs = options.staleMs ?? 0;
  const lockMs = options.loadLockMs ?? LOAD_LOCK_MS;
  const pollMs = options.pollMs ?? POLL_MS;
  const maxDecoded = options.maxEntries ?? 1_000;
  const local = createSwrCache<V>(options);
  const pending = new Map<string, Promise<V>>();
  // The last text read per key and its value: an unchanged entry keeps its identity (and its
  // derived data, e.g. the definitions' gzip) without being parsed again.
  const decoded = new Map<string, { raw: string; stored: Stored<V> }>();
  let generation = 0;
  const valueKey = (key: string) => `${prefix}cache:${options.name}:${key}`;
  const lockKey = (key: string) => `${prefix}cache:${options.name}:${key}:loading`;

  const decode = (key: string, raw: string): Stored<V> => {
    const known = decoded.get(key);
    if (known && known.raw === raw) return known.stored;
    const stored = JSON.parse(raw) as Stored<V>;
    decoded.delete(key);
    decoded.set(key, { raw, stored });
    if (decoded.size > maxDecoded) decoded.delete(decoded.keys().next().value as string);
    return stored;
  };

  const read = async (key: string): Promise<Stored<V> | null> => {
    const raw = await viaRedis(redis.get(valueKey(key)));
    return raw === null ? null : decode(key, raw);
  };

  /** Loads under the lock, or returns null when another replica holds it. */
  const loadIfFirst = async (key: string, loader: () => Promise<V>): Promise<V | null> => {
    const token = randomUUID();
    const locked = await viaRedis(redis.set(lockKey(key), token, 'PX', lockMs, 'NX'));
    if (locked !== 'OK') return null;
    const started = generation;
    try {
      const value = await loader();
      if (started === generation) {
        const text = JSON.stringify({ at: clock.now(), value } satisfies Stored<V>);
        // Too late to share it: this caller still gets its value.
        await redis
          .set(valueKey(key), text, 'PX', ttlMs + staleMs)
          .catch((error: unknown) => connection.reportFailure(error));
      }
      return value;
    } finally {
      await redis.eval(UNLOCK, 1, lockKey(key), token).catch(() => {});
    }
  };

  const lookup = async (key: string, loader: () => Promise<V>): Promise<V> => {
    const deadline = clock.now() + lockMs;
    for (;;) {
      const found = await read(key);
      const age = found ? clock.now() - found.at : Infinity;
      if (found && age < ttlMs) return found.value;
      if (found && age < ttlMs + staleMs) {
        loadIfFirst(key, loader).catch((error: unknown) => options.onRefreshError?.(key, error));
        return found.value;
      }
      const loaded = clock.now() < deadline ? await loadIfFirst(key, loader) : await loader();
      if (loaded !== null) return loaded;
      await clock.sleep(pollMs);
    }
  };

  return {
    get(key, loader) {
      if (!connection.healthy) return local.get(key, loader);
      const running = pending.get(key);
      if (running) return running;
      const promise = lookup(key, loader)
        .catch((error: unknown) => {
          // Lightfield's own failure goes to the caller; a Redis failure falls back to memory.
          if (!(error instanceof RedisUnavailable)) throw error;
          connection.reportFailure(error.cause);
          return local.get(key, loader);
        })
        .finally(() => {
          if (pending.get(key) === promise) pending.delete(key);
        });
      pending.set(key, promise);
      return promise;
    },
    peek: (key) => decoded.get(key)?.stored.value ?? local.peek(key),
    invalidate(key) {
      generation++;
      local.invalidate(key);
      if (key === undefined) {
        decoded.clear();
        pending.clear();
        return;
      }
      decoded.delete(key);
      pending.delete(key);
      if (connection.healthy) {
        redis.del(valueKey(key)).catch((error: unknown) => connection.reportFailure(error));
      }
    },
    get size() {
      return decoded.size + local.size;
    },
  };
}

/** A Redis call failed (as opposed to the loader, i.e. Lightfield). */
class RedisUnavailable extends Error {
  override name = 'RedisUnavailable';
}

const viaRedis = <T>(call: Promise<T>): Promise<T> =>
  call.catch((error: unknown) => {
    throw new RedisUnavailable(String(error), { cause: error });
  });
