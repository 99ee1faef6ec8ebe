import { createHash } from 'node:crypto';
import { LEDGER_TTL_MS, type IdempotencyLedger } from '../idempotency-ledger';
import type { RedisConnection } from './redis-connection';

/** Binds the key to the fingerprint unless it is bound to another one (then 0). */
const CLAIM = `
local fp = redis.call('HGET', KEYS[1], 'fp')
if fp and fp ~= ARGV[1] then return 0 end
if not fp then
  redis.call('HSET', KEYS[1], 'fp', ARGV[1], 'inflight', 0, 'kept', 0)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
redis.call('HINCRBY', KEYS[1], 'inflight', 1)
return 1
`;

/** As the memory ledger: a refused create frees the key unless an earlier one may have written. */
const SETTLE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local n = redis.call('HINCRBY', KEYS[1], 'inflight', -1)
if n < 0 then
  redis.call('HSET', KEYS[1], 'inflight', 0)
  n = 0
end
if ARGV[1] ~= 'refused' then
  redis.call('HSET', KEYS[1], 'kept', 1)
elseif redis.call('HGET', KEYS[1], 'kept') == '0' and n == 0 then
  redis.call('DEL', KEYS[1])
end
return 1
`;

/**
 * The Idempotency-Key → body record shared by every replica, so a key reused with another body
 * is refused whichever replica each request reaches. While Redis is away, `fallback` (this
 * process's memory) answers: a create is never refused because Redis is down.
 */
export function createRedisLedger(
  connection: RedisConnection,
  fallback: IdempotencyLedger,
  ttlMs = LEDGER_TTL_MS,
): IdempotencyLedger {
  const { redis, prefix } = connection;
  const id = (scope: string, key: string) =>
    `${prefix}idempotency:${createHash('sha256')
      .update(`${scope}\u0000${key.toLowerCase()}`)
      .digest('base64url')}`;

  return {
    async claim(scope, key, fingerprint) {
      if (connection.healthy) {
        try {
          const bound = await redis.eval(CLAIM, 1, id(scope, key), fingerprint, ttlMs);
          return Number(bound) === 1 ? 'ok' : 'reused';
        } catch (error) {
          connection.reportFailure(error);
        }
      }
      return fallback.claim(scope, key, fingerprint);
    },
    async settle(scope, key, outcome) {
      await fallback.settle(scope, key, outcome);
      if (!connection.healthy) return;
      await redis
        .eval(SETTLE, 1, id(scope, key), outcome)
        .catch((error: unknown) => connection.reportFailure(error));
    },
  };
}
