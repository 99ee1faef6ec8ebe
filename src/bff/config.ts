import { z } from 'zod/mini';
import type { AppMode } from '../model/api-contract';
import type { DemoFaults } from './demo-faults';
import type { LogFormat } from './logger';

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
  /** How long SIGTERM waits for in-flight requests before exiting anyway. */
  shutdownTimeoutMs: number;
}

const integer = (name: string, min: number, max: number, fallback: number) =>
  z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const n = Number(s.trim());
        if (!/^\s*\d+\s*$/.test(s) || !Number.isSafeInteger(n) || n < min || n > max) {
          ctx.issues.push({
            code: 'custom',
            message: `${name} must be a whole number from ${min} to ${max}`,
            input: s,
          });
          return z.NEVER;
        }
        return n;
      }),
    ),
    String(fallback),
  );

const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T) =>
  z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const v = s.trim().toLowerCase() as T;
        if (!values.includes(v)) {
          ctx.issues.push({
            code: 'custom',
            message: `${name} must be one of ${values.join(', ')}`,
            input: s,
          });
          return z.NEVER;
        }
        return v;
      }),
    ),
    fallback,
  );

/** `https://portal.example.com` exactly: scheme, host and port, nothing else. */
function parseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === raw.replace(/\/$/, '').toLowerCase() ? url.origin : null;
  } catch {
    return null;
  }
}

const originList = z.prefault(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const items = s.split(/[\s,]+/).filter(Boolean);
      const origins: string[] = [];
      for (const item of items) {
        const origin = parseOrigin(item);
        if (!origin) {
          ctx.issues.push({
            code: 'custom',
            message: `ALLOWED_ORIGINS: “${item}” is not an origin like https://portal.example.com (no path, no wildcard)`,
            input: s,
          });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
  ),
  '',
);

// A CSP source expression: a keyword, a scheme, or a host with optional scheme, wildcard and port.
const CSP_SOURCE =
  /^(?:'self'|'none'|https?:|(?:https?:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)$/i;

const frameAncestors = z._default(
  z.string().check(
    z.refine((s) => {
      const sources = s.trim().split(/\s+/);
      if (sources.includes("'none'") && sources.length > 1) return false;
      return sources.every((src) => CSP_SOURCE.test(src));
    }, "FRAME_ANCESTORS must be CSP sources separated by spaces, e.g. 'self' https://portal.example.com"),
  ),
  "'self'",
);

const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
// Headers a browser or a client sets at will: trusting one of them would let anyone sign in.
const UNTRUSTABLE_HEADERS = new Set([
  'authorization',
  'cookie',
  'host',
  'origin',
  'referer',
  'user-agent',
  'content-type',
  'accept',
]);

const trustedUserHeader = z.optional(
  z
    .string()
    .check(
      z.refine(
        (s) => HEADER_NAME.test(s.trim()) && !UNTRUSTABLE_HEADERS.has(s.trim().toLowerCase()),
        'TRUSTED_USER_HEADER must be a header name your auth proxy sets, e.g. X-Forwarded-Email',
      ),
    ),
);

const envSchema = z.object({
  HOST: z._default(z.string().check(z.minLength(1, 'HOST must not be empty')), '127.0.0.1'),
  PORT: integer('PORT', 0, 65535, 3000),
  LIGHTFIELD_API_KEY: z.optional(z.string()),
  LIGHTFIELD_API_URL: z._default(
    z
      .string()
      .check(
        z.refine((s) => /^https?:\/\/[^/]+/.test(s), 'LIGHTFIELD_API_URL must be an http(s) URL'),
      ),
    'https://api.lightfield.app',
  ),
  UPSTREAM_TIMEOUT_MS: integer('UPSTREAM_TIMEOUT_MS', 100, 120_000, 10_000),
  ALLOWED_ORIGINS: originList,
  FRAME_ANCESTORS: frameAncestors,
  TRUSTED_USER_HEADER: trustedUserHeader,
  TRUST_PROXY: oneOf('TRUST_PROXY', ['true', 'false', '1', '0'], 'false'),
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
});

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
    // Messages name the variable, never echo its value: it might be the key.
    const lines = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const apiKey = e.LIGHTFIELD_API_KEY?.trim() || null;
  return {
    host: e.HOST,
    port: e.PORT,
    mode: apiKey ? 'live' : 'demo',
    apiKey,
    apiUrl: e.LIGHTFIELD_API_URL.replace(/\/+$/, ''),
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    allowedOrigins: e.ALLOWED_ORIGINS,
    frameAncestors: e.FRAME_ANCESTORS.trim().split(/\s+/).join(' '),
    trustedUserHeader: e.TRUSTED_USER_HEADER?.trim() || null,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    upstreamRatePerSecond: e.UPSTREAM_RATE_LIMIT_PER_SECOND,
    upstreamRetryBudgetMs: e.UPSTREAM_RETRY_BUDGET_MS,
    demoFaults: e.DEMO_FAULTS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  };
}
