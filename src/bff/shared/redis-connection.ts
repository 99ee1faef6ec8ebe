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

/**
 * After a command times out on a live connection, Redis counts as away for this long: a Redis
 * that hangs (or a network that drops packets) would otherwise cost every call its full timeout,
 * one after another. When it ends, the next call finds out whether Redis answers again.
 */
const SLOW_SUSPEND_MS = 5_000;

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
  let suspendedUntil = 0;

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
      return redis.status === 'ready' && Date.now() >= suspendedUntil;
    },
    prefix: `dealform:${hash}:`,
    reportFailure(error) {
      if (redis.status !== 'ready') return markDown(error);
      if (error instanceof Error && error.message === 'Command timed out') {
        // Connected but not answering: away for a while, as if the connection were down.
        suspendedUntil = Date.now() + SLOW_SUSPEND_MS;
        return markDown(error);
      }
      // Any other failed call on a live connection (a script error, say) is that call's alone.
      logger.debug({ error: String(error) }, 'Redis call failed');
    },
    async close() {
      closing = true;
      redis.disconnect(false);
    },
  };
}
