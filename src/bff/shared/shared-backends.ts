import type { AppLogger } from '../app-logger';
import type { CacheFactory, SwrCacheOptions } from '../cache/swr-cache';
import type { Clock } from '../clock';
import type { IdempotencyLedger } from '../idempotency-ledger';
import {
  createUpstreamRateLimiter,
  type UpstreamRateLimiter,
} from '../lightfield/upstream-rate-limiter';
import type { ClientLimit } from '../middleware/client-rate-limit';
import { connectRedis } from './redis-connection';
import { createRedisLedger } from './redis-ledger';
import { sharedClientLimit } from './shared-client-limit';
import { createSharedSwrCache } from './shared-swr-cache';
import { createSharedUpstreamLimiter } from './shared-upstream-limiter';

/**
 * What replicas share (REDIS_URL): the org's Lightfield budget, the read caches, the per-client
 * limit and the idempotency record. Each piece falls back to this process's memory while Redis
 * is away; `degraded()` says so for `/api/ready`.
 */
export interface SharedBackends {
  upstreamLimiter(options: { perSecond: number; clock: Clock }): UpstreamRateLimiter;
  caches(clock: Clock): CacheFactory;
  clientLimit(perMinute: number): ClientLimit;
  ledger(fallback: IdempotencyLedger): IdempotencyLedger;
  degraded(): 'redis' | null;
  close(): Promise<void>;
}

export interface RedisBackendsOptions {
  url: string;
  /** The Lightfield URL and key: replicas of one deployment share, other orgs do not. */
  orgIdentity: string;
  /** While Redis is away each replica takes 1/replicasHint of the budget. */
  replicasHint: number;
  logger: AppLogger;
}

/** Calls per second one replica makes on its own while Redis is away. */
export const fallbackRate = (perSecond: number, replicasHint: number) =>
  Math.max(1, Math.floor(perSecond / Math.max(1, replicasHint)));

export function redisBackends(options: RedisBackendsOptions): SharedBackends {
  const connection = connectRedis({
    url: options.url,
    orgIdentity: options.orgIdentity,
    logger: options.logger,
    fallbackNote: `each replica limits itself to 1/${options.replicasHint} of the Lightfield budget (REPLICAS_HINT) and keeps its own caches`,
  });
  return {
    upstreamLimiter: ({ perSecond, clock }) =>
      createSharedUpstreamLimiter({
        connection,
        perSecond,
        clock,
        fallback: createUpstreamRateLimiter({
          perSecond: fallbackRate(perSecond, options.replicasHint),
          clock,
        }),
      }),
    caches:
      (clock) =>
      <V>(name: string, cacheOptions: SwrCacheOptions) =>
        createSharedSwrCache<V>({ ...cacheOptions, connection, name, clock }),
    clientLimit: (perMinute) => sharedClientLimit(connection, perMinute),
    ledger: (fallback) => createRedisLedger(connection, fallback),
    degraded: () => (connection.healthy ? null : 'redis'),
    close: () => connection.close(),
  };
}
