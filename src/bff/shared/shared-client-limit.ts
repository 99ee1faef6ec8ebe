import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { burstFor, type ClientLimit } from '../middleware/client-rate-limit';
import type { RedisConnection } from './redis-connection';

/**
 * RATE_LIMIT_PER_MINUTE across every replica: a client's requests count wherever the load
 * balancer sends them. rate-limiter-flexible's fixed window of `burst` requests per
 * `burst / perMinute` minutes keeps the in-memory limit's burst and sustained rate; while Redis
 * is away its insurance limiter (this process's memory, same numbers) decides instead.
 */
export function sharedClientLimit(connection: RedisConnection, perMinute: number): ClientLimit {
  const points = burstFor(perMinute);
  const duration = Math.max(1, Math.round((points * 60) / perMinute));
  const insurance = new RateLimiterMemory({ points, duration });
  const limiter = new RateLimiterRedis({
    storeClient: connection.redis,
    keyPrefix: `${connection.prefix}client`,
    points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  });
  return async (key) => {
    try {
      // While Redis counts as away (down, or not answering in time) no call waits for it.
      await (connection.healthy ? limiter : insurance).consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
      // Neither store answered: let the request through rather than fail it.
      connection.reportFailure(rejection);
      return null;
    }
  };
}
