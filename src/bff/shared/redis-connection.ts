import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { AppLogger } from '../app-logger';

/**
 * The replicas' one Redis connection, and whether it can be used right now. Every shared piece
 * asks `healthy` first and falls back to this process's memory when it is false, so a Redis
 * outage costs sharing, never a request.
 */
export interface RedisConnection {
  readonly redis: Redis;
  /** Connected and answering; false from start until the first `ready`, and during outages. */
  readonly healthy: boolean;
  /** Prefix of every key: one per Lightfield org, so two deployments can share one Redis. */
  readonly prefix: string;
  /** A command failed (timeout, reset): that call fell back; an outage is logged once. */
  reportFailure(error: unknown): void;
  close(): Promise<void>;
}

export interface RedisConnectionOptions {
  url: string;
  /** Identifies the org's budget: the Lightfield URL and key (hashed, never stored). */
  orgIdentity: string;
  logger: AppLogger;
  /** What the process does while Redis is away, for the one log line that says so. */
  fallbackNote: string;
  /** A command that takes longer counts as a failure (a hung Redis must not hang requests). */
  commandTimeoutMs?: number;
}

/** Reconnection backoff: quick at first, then every two seconds for as long as it takes. */
const reconnectDelayMs = (attempt: number) => Math.min(100 * attempt, 2_000);

export function connectRedis(options: RedisConnectionOptions): RedisConnection {
  const { logger } = options;
  const redis = new Redis(options.url, {
    // Commands fail at once while disconnected instead of queueing: the caller falls back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    connectTimeout: 2_000,
    retryStrategy: reconnectDelayMs,
  });
  let outageLogged = false;
  let closing = false;

  const markDown = (error: unknown) => {
    if (outageLogged || closing) return;
    outageLogged = true;
    logger.warn(
      { error: String(error) },
      `Redis is unreachable; ${options.fallbackNote} until it is back (reconnecting by itself)`,
    );
  };

  redis.on('ready', () => {
    if (outageLogged) logger.info({}, 'Redis is back; replicas share limits and caches again');
    outageLogged = false;
  });
  redis.on('error', markDown);
  redis.on('close', () => markDown('connection closed'));

  const hash = createHash('sha256').update(options.orgIdentity).digest('base64url').slice(0, 12);
  return {
    redis,
    get healthy() {
      return redis.status === 'ready';
    },
    prefix: `dealform:${hash}:`,
    reportFailure(error) {
      // A slow answer on a live connection is one call's fallback, not an outage.
      if (redis.status === 'ready') logger.debug({ error: String(error) }, 'Redis call failed');
      else markDown(error);
    },
    async close() {
      closing = true;
      redis.disconnect(false);
    },
  };
}
