import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { Clock } from '../clock';
import { apiError } from '../http-errors';

export interface ClientRateLimitOptions {
  /** Sustained requests per minute per client; 0 turns the limit off. */
  perMinute: number;
  clock: Clock;
  /** Who is asking: the signed-in rep, else the client address. */
  clientKey: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string;
  isExempt: (path: string) => boolean;
  /** Clients remembered at once; the least recently seen are forgotten first. */
  maxClients?: number;
  /** A limit kept elsewhere (Redis, for replicas); this process's buckets when absent. */
  shared?: ClientLimit;
}

/** Counts one request of `key`: null when it may go, else the seconds to wait. */
export type ClientLimit = (key: string) => Promise<number | null>;

/** A page load plus a few quick searches must fit in the burst. */
export const burstFor = (perMinute: number) => Math.max(20, Math.ceil(perMinute / 5));

function tooMany(c: Parameters<MiddlewareHandler<AppEnv>>[0], retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds));
  return apiError(
    c,
    429,
    'rate_limited',
    'Too many requests from this browser. Wait a moment and try again.',
    { retryable: true },
  );
}

/**
 * A token bucket per client in front of `/api`, so one browser tab (or script) cannot use up
 * the org's shared Lightfield budget. Refills `perMinute / 60` tokens a second.
 */
export function clientRateLimit(options: ClientRateLimitOptions): MiddlewareHandler<AppEnv> {
  const { perMinute, clock } = options;
  const burst = burstFor(perMinute);
  const perMs = perMinute / 60_000;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return async (c, next) => {
    if (perMinute <= 0 || options.isExempt(c.req.path)) return next();
    const key = options.clientKey(c);
    if (options.shared) {
      const retryAfter = await options.shared(key);
      return retryAfter === null ? next() : tooMany(c, retryAfter);
    }
    const now = clock.now();
    const previous = buckets.get(key);
    const tokens = previous
      ? Math.min(burst, previous.tokens + (now - previous.at) * perMs)
      : burst;
    // Re-inserting keeps the Map in least-recently-seen order for eviction.
    buckets.delete(key);
    if (tokens < 1) {
      buckets.set(key, { tokens, at: now });
      return tooMany(c, Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)));
    }
    buckets.set(key, { tokens: tokens - 1, at: now });
    if (buckets.size > maxClients) {
      const oldest = buckets.keys().next();
      if (!oldest.done) buckets.delete(oldest.value);
    }
    return next();
  };
}
