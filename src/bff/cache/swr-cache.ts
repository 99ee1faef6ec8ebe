export interface SwrCacheOptions {
  /** How long a value is served without asking Lightfield. */
  ttlMs: number;
  /** After the TTL, how long the old value is still served while one refresh runs. */
  staleMs?: number;
  /** Oldest entries go first beyond this. */
  maxEntries?: number;
  now: () => number;
  /** A failed background refresh keeps the old value; this hears about it. */
  onRefreshError?: (key: string, error: unknown) => void;
}

export interface SwrCache<V> {
  /** The cached value, or `load()`'s; identical concurrent loads share one call. */
  get(key: string, load: () => Promise<V>): Promise<V>;
  peek(key: string): V | undefined;
  /** Forgets one key, or everything; a load already running is not stored. */
  invalidate(key?: string): void;
  readonly size: number;
}

/**
 * A small in-memory cache with stale-while-revalidate and in-flight coalescing: every rep's
 * browser shares the org's 25 requests/second, so the same question is asked once. Failures
 * are never cached, only shared by the callers that were waiting for them.
 */
export function createSwrCache<V>(options: SwrCacheOptions): SwrCache<V> {
  const { ttlMs, now } = options;
  const staleMs = options.staleMs ?? 0;
  const maxEntries = options.maxEntries ?? Infinity;
  const entries = new Map<string, { value: V; at: number }>();
  const pending = new Map<string, Promise<V>>();
  let generation = 0;

  const store = (key: string, value: V) => {
    entries.delete(key);
    entries.set(key, { value, at: now() });
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  };

  const load = (key: string, loader: () => Promise<V>): Promise<V> => {
    const running = pending.get(key);
    if (running) return running;
    const started = generation;
    const promise = loader()
      .then((value) => {
        if (started === generation) store(key, value);
        return value;
      })
      .finally(() => {
        if (pending.get(key) === promise) pending.delete(key);
      });
    pending.set(key, promise);
    return promise;
  };

  return {
    get(key, loader) {
      const entry = entries.get(key);
      const age = entry ? now() - entry.at : Infinity;
      if (entry && age < ttlMs) return Promise.resolve(entry.value);
      if (entry && age < ttlMs + staleMs) {
        if (!pending.has(key)) {
          load(key, loader).catch((error: unknown) => options.onRefreshError?.(key, error));
        }
        return Promise.resolve(entry.value);
      }
      return load(key, loader);
    },
    peek: (key) => entries.get(key)?.value,
    invalidate(key) {
      generation++;
      if (key === undefined) {
        entries.clear();
        pending.clear();
      } else {
        entries.delete(key);
        pending.delete(key);
      }
    },
    get size() {
      return entries.size;
    },
  };
}

/** Makes each named cache: this process's memory, or one shared by the replicas (Redis). */
export type CacheFactory = <V>(name: string, options: SwrCacheOptions) => SwrCache<V>;

export const memoryCaches: CacheFactory = (_name, options) => createSwrCache(options);
