import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { RateCategory } from '../lightfield/operations';
import { arrivalQueue, type UpstreamRateLimiter } from '../lightfield/upstream-rate-limiter';
import type { RedisConnection } from './redis-connection';

/**
 * A sliding log per category in one sorted set, timed by Redis's own clock so the replicas'
 * clocks do not matter, with slots handed out at least `window / limit` ms apart (KEYS[3] holds
 * the earliest next one) so that freed slots do not go out in one bunch. Returns 0 when the call
 * may go (and records it), else how many ms to wait. Why a script: docs/decisions/0016.
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return paused - now end
local nextAt = tonumber(redis.call('GET', KEYS[3]) or '0')
if nextAt > now then return nextAt - now end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  local gap = math.floor(window / limit)
  if gap > 0 then redis.call('SET', KEYS[3], now + gap, 'PX', gap) end
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`;

/** Lightfield said Retry-After: nobody, on any replica, calls the category for `ms`. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
if untilMs > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], untilMs, 'PX', ARGV[1])
end
return 0
`;

/** Slots Lightfield says are gone (other integrations) count as spent now. */
const FILL = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local free = limit - redis.call('ZCARD', KEYS[1])
for i = tonumber(ARGV[3]), free - 1 do
  redis.call('ZADD', KEYS[1], now, ARGV[4] .. ':' .. i)
end
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

/**
 * A slot comes back 1.2 s after it was taken, not 1 s, and slots go out 48 ms apart: calls reach
 * Lightfield some time after their slot, unevenly on a loaded host (hundreds of ms measured with
 * three replicas on two cores), and that spread must not put 26 calls into one of Lightfield's
 * seconds. It costs a sixth of the budget under a sustained burst (docs/decisions/0016).
 */
const SHARED_WINDOW_MS = 1_200;

export interface SharedUpstreamLimiterOptions {
  connection: RedisConnection;
  /** Calls per category per window, across every replica. */
  perSecond: number;
  /** Used while Redis is away: this process alone, at a conservative rate. */
  fallback: UpstreamRateLimiter;
  clock: Clock;
  maxQueue?: number;
  windowMs?: number;
}

/**
 * The org's budget shared by every replica. Each process queues its own callers (first come,
 * first served, bounded) and only the head of its queue asks Redis for a slot; when Redis does not
 * answer, that call and the next ones take the fallback's slots instead of failing.
 */
export function createSharedUpstreamLimiter(
  options: SharedUpstreamLimiterOptions,
): UpstreamRateLimiter {
  const { connection, perSecond, fallback, clock } = options;
  const { redis, prefix } = connection;
  const inOrder = arrivalQueue(options.maxQueue ?? 500);
  const windowMs = options.windowMs ?? SHARED_WINDOW_MS;
  const member = `${randomUUID()}:`;
  let sequence = 0;
  const logKey = (category: RateCategory) => `${prefix}upstream:${category}`;
  const pauseKey = (category: RateCategory) => `${prefix}upstream:${category}:paused`;
  const spacingKey = (category: RateCategory) => `${prefix}upstream:${category}:next`;

  const take = async (category: RateCategory): Promise<number> =>
    Number(
      await redis.eval(
        TAKE,
        3,
        logKey(category),
        pauseKey(category),
        spacingKey(category),
        perSecond,
        windowMs,
        `${member}${++sequence}`,
      ),
    );

  const bestEffort = (write: () => Promise<unknown>) => {
    if (!connection.healthy) return;
    write().catch((error: unknown) => connection.reportFailure(error));
  };

  return {
    acquire(category, deadlineMs) {
      if (!connection.healthy) return fallback.acquire(category, deadlineMs);
      return inOrder(category, async () => {
        for (;;) {
          if (!connection.healthy) return await fallback.acquire(category, deadlineMs);
          let wait: number;
          try {
            wait = await take(category);
          } catch (error) {
            connection.reportFailure(error);
            return await fallback.acquire(category, deadlineMs);
          }
          if (wait === 0) return true;
          if (clock.now() + wait > deadlineMs) return false;
          await clock.sleep(wait);
        }
      });
    },
    pauseUntil(category, untilMs) {
      fallback.pauseUntil(category, untilMs);
      const ms = Math.ceil(untilMs - clock.now());
      if (ms > 0) bestEffort(() => redis.eval(PAUSE, 1, pauseKey(category), ms));
    },
    observeRemaining(category, remaining) {
      fallback.observeRemaining(category, remaining);
      const from = Math.max(0, Math.floor(remaining));
      if (from >= perSecond) return;
      bestEffort(() =>
        redis.eval(FILL, 1, logKey(category), perSecond, windowMs, from, `${member}f${++sequence}`),
      );
    },
  };
}
