import { z } from 'zod/mini';
import type { AppMode } from '../model/api-contract';
import type { DemoFaults } from './demo-faults';
import type { LogFormat } from './logger';
import { redisUrl } from './shared/redis-url';
import {
  apiUrl,
  frameAncestors,
  hostList,
  isHostName,
  originList,
  trustedUserHeader,
} from './config-security';
import { flag, integer, oneOf } from './config-values';

export interface Config {
  host: string;
  port: number;
  mode: AppMode;
  /** Only set in live mode. Never logged, never sent to the browser. */
  apiKey: string | null;
  apiUrl: string;
  upstreamTimeoutMs: number;
  /** Origins besides the app's own that may send state-changing requests. */
  allowedOrigins: string[];
  /** CSP `frame-ancestors` source list. */
  frameAncestors: string;
  /** Header an auth proxy sets to the signed-in rep's email; null = no access gate. */
  trustedUserHeader: string | null;
  /** Trust `X-Forwarded-For/-Proto/-Host` from the proxy in front. */
  trustProxy: boolean;
  /** Requests per minute per client on `/api`; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Lightfield calls per second per rate-limit category, from this server. */
  upstreamRatePerSecond: number;
  /** Total time the BFF spends retrying one Lightfield call; 0 = no retries. */
  upstreamRetryBudgetMs: number;
  /** Demo mode only: `chaos` makes the in-process fake fail at random (README). */
  demoFaults: DemoFaults;
  logLevel: string;
  logFormat: LogFormat;
  /** How long SIGTERM waits for in-flight requests before exiting anyway (drain included). */
  shutdownTimeoutMs: number;
  /** After SIGTERM, how long `/api/ready` says 503 while connections are still accepted. */
  shutdownDrainMs: number;
  /** Host names the server answers for (besides localhost and IP addresses); lower case. */
  allowedHosts: string[];
  /** Replicas share limits and caches through this Redis; null = this process's memory. */
  redisUrl: string | null;
  /** Replicas expected; while Redis is away each takes 1/N of the Lightfield budget. */
  replicasHint: number;
}

const envSchema = z.object({
  HOST: z._default(z.string().check(z.minLength(1, 'HOST must not be empty')), '127.0.0.1'),
  PORT: integer('PORT', 0, 65535, 3000),
  LIGHTFIELD_API_KEY: z.optional(
    z
      .string()
      .check(
        z.refine(
          (s) => s.trim() !== '',
          'LIGHTFIELD_API_KEY is only whitespace: set the key, or leave the variable empty for demo mode',
        ),
      ),
  ),
  LIGHTFIELD_API_URL: apiUrl,
  DEMO: flag('DEMO'),
  NODE_ENV: z.optional(z.string()),
  UPSTREAM_TIMEOUT_MS: integer('UPSTREAM_TIMEOUT_MS', 100, 120_000, 10_000),
  ALLOWED_ORIGINS: originList,
  FRAME_ANCESTORS: frameAncestors,
  TRUSTED_USER_HEADER: trustedUserHeader,
  TRUST_PROXY: flag('TRUST_PROXY'),
  ALLOWED_HOSTS: hostList,
  RATE_LIMIT_PER_MINUTE: integer('RATE_LIMIT_PER_MINUTE', 0, 10_000_000, 300),
  UPSTREAM_RATE_LIMIT_PER_SECOND: integer('UPSTREAM_RATE_LIMIT_PER_SECOND', 1, 1_000, 25),
  UPSTREAM_RETRY_BUDGET_MS: integer('UPSTREAM_RETRY_BUDGET_MS', 0, 120_000, 20_000),
  DEMO_FAULTS: oneOf('DEMO_FAULTS', ['off', 'chaos'] as const, 'off'),
  LOG_LEVEL: oneOf(
    'LOG_LEVEL',
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'],
    'info',
  ),
  LOG_FORMAT: oneOf('LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
  SHUTDOWN_TIMEOUT_MS: integer('SHUTDOWN_TIMEOUT_MS', 0, 600_000, 25_000),
  SHUTDOWN_DRAIN_MS: integer('SHUTDOWN_DRAIN_MS', 0, 120_000, 5_000),
  REDIS_URL: redisUrl,
  REPLICAS_HINT: integer('REPLICAS_HINT', 1, 100, 2),
});

const isOn = (value: string) => value === 'true' || value === '1';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once, at start-up. */
export function readConfig(
  env: Record<string, string | undefined> = process.env,
  defaults: { logFormat?: LogFormat } = {},
): Config {
  // An empty variable means "unset" (e.g. `LIGHTFIELD_API_KEY=` in a compose file).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  if (defaults.logFormat && present.LOG_FORMAT === undefined) {
    present.LOG_FORMAT = defaults.logFormat;
  }
  const result = envSchema.safeParse(present);
  if (!result.success) {
    // Messages name the variable; only settings that cannot hold a secret quote their value.
    const lines = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const apiKey = e.LIGHTFIELD_API_KEY?.trim() || null;
  const demo = isOn(e.DEMO);
  const problems: string[] = [];
  // The image runs with NODE_ENV=production: a lost secret there must not quietly become a demo
  // that answers every probe with "ready". Elsewhere (npm start) no key still means demo mode.
  if (!apiKey && !demo && e.NODE_ENV === 'production') {
    problems.push(
      '- LIGHTFIELD_API_KEY is not set (NODE_ENV=production): set the key, or DEMO=1 to serve the demo on purpose',
    );
  }
  if (apiKey && demo) {
    problems.push('- DEMO: DEMO=1 and LIGHTFIELD_API_KEY are both set; choose one');
  }
  // The drain window is part of the shutdown timeout: unset, it shrinks to fit a short one.
  const drainGiven = present.SHUTDOWN_DRAIN_MS !== undefined;
  const shutdownDrainMs = drainGiven
    ? e.SHUTDOWN_DRAIN_MS
    : Math.min(e.SHUTDOWN_DRAIN_MS, e.SHUTDOWN_TIMEOUT_MS);
  if (shutdownDrainMs > e.SHUTDOWN_TIMEOUT_MS) {
    problems.push(
      '- SHUTDOWN_DRAIN_MS: the drain window is part of SHUTDOWN_TIMEOUT_MS and cannot be longer',
    );
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const host = e.HOST.trim();
  return {
    host,
    port: e.PORT,
    mode: apiKey ? 'live' : 'demo',
    apiKey,
    apiUrl: e.LIGHTFIELD_API_URL,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    allowedOrigins: e.ALLOWED_ORIGINS,
    frameAncestors: e.FRAME_ANCESTORS,
    trustedUserHeader: e.TRUSTED_USER_HEADER ?? null,
    trustProxy: isOn(e.TRUST_PROXY),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    upstreamRatePerSecond: e.UPSTREAM_RATE_LIMIT_PER_SECOND,
    upstreamRetryBudgetMs: e.UPSTREAM_RETRY_BUDGET_MS,
    demoFaults: e.DEMO_FAULTS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainMs,
    allowedHosts: [
      ...new Set([...(isHostName(host) ? [host.toLowerCase()] : []), ...e.ALLOWED_HOSTS]),
    ],
    redisUrl: e.REDIS_URL ?? null,
    replicasHint: e.REPLICAS_HINT,
  };
}
