import { z } from 'zod/mini';
import type { AppMode } from '../model/api-contract';
import type { DemoFaults } from './demo-faults';
import type { LogFormat } from './logger';
import { redisUrl } from './shared/redis-url';

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

/** `https://portal.example.com` exactly: scheme, host and port, nothing else, no wildcard. */
function parseOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // The URL parser takes `*` as a host character; as an origin it would match nothing.
    if (url.hostname.includes('*')) return null;
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

// A CSP source naming one origin: a keyword, or a host with optional scheme and port. Wildcards
// (`*`, `*.example.com`, `:*`) and bare schemes (`https:`) are refused: each lets pages nobody
// listed frame the form, and a framed form applies the portal's lock and hide (README, Embedding).
const CSP_KEYWORD = /^'(?:self|none)'$/;
const CSP_HOST = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

const frameAncestors = z._default(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const sources = s.trim().split(/\s+/);
      const refuse = (message: string) => {
        ctx.issues.push({ code: 'custom', message: `FRAME_ANCESTORS: ${message}`, input: s });
        return z.NEVER;
      };
      for (const src of sources) {
        if (src.includes('*')) return refuse(`“${src}” is a wildcard; list each portal origin`);
        if (/^[a-z][a-z0-9+.-]*:$/i.test(src)) {
          return refuse(`“${src}” is a bare scheme; list each portal origin`);
        }
        if (!CSP_KEYWORD.test(src) && !CSP_HOST.test(src)) {
          return refuse(
            `“${src}” is not 'self', 'none' or an origin like https://portal.example.com`,
          );
        }
      }
      if (sources.includes("'none'") && sources.length > 1) {
        return refuse("'none' cannot be combined with other sources");
      }
      return sources.join(' ');
    }),
  ),
  "'self'",
);

const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
// Headers a browser or a client sets at will, or that proxies and tracing set for other
// meanings: trusting one of them as the rep's email would let anyone sign in as anyone.
const UNTRUSTABLE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'origin',
  'referer',
  'user-agent',
  'content-type',
  'content-length',
  'accept',
  'connection',
  'forwarded',
  'via',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-forwarded-server',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'x-request-id',
  'x-correlation-id',
  'traceparent',
  'tracestate',
  'idempotency-key',
  'x-http-method-override',
  'x-requested-with',
]);
const UNTRUSTABLE_PREFIXES = ['sec-', 'accept-', 'content-', 'if-', 'access-control-'];

const trustedUserHeader = z.optional(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const name = s.trim();
      const lower = name.toLowerCase();
      if (!HEADER_NAME.test(name)) {
        ctx.issues.push({
          code: 'custom',
          message:
            'TRUSTED_USER_HEADER must be a header name your auth proxy sets, e.g. X-Forwarded-Email',
          input: s,
        });
        return z.NEVER;
      }
      if (UNTRUSTABLE_HEADERS.has(lower) || UNTRUSTABLE_PREFIXES.some((p) => lower.startsWith(p))) {
        ctx.issues.push({
          code: 'custom',
          message: `TRUSTED_USER_HEADER: “${name}” is set by browsers, clients or proxies for another meaning; use the header your auth proxy sets to the rep's email, e.g. X-Forwarded-Email`,
          input: s,
        });
        return z.NEVER;
      }
      return name;
    }),
  ),
);

/** `http:` is only for a Lightfield on this machine (a test double); anything else is https. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

const apiUrl = z._default(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      let url: URL | null = null;
      try {
        url = new URL(s.trim());
      } catch {
        url = null;
      }
      const secure =
        url?.protocol === 'https:' ||
        (url?.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
      if (!url || !secure || url.username || url.password || url.search || url.hash) {
        ctx.issues.push({
          code: 'custom',
          message:
            'LIGHTFIELD_API_URL must be an https URL (http only for localhost), without credentials or query',
          input: s,
        });
        return z.NEVER;
      }
      return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    }),
  ),
  'https://api.lightfield.app',
);

// A host name as a browser puts it in the Host header (no scheme, no port, no wildcard).
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

const hostList = z.prefault(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const hosts: string[] = [];
      for (const item of s.split(/[\s,]+/).filter(Boolean)) {
        if (!HOST_NAME.test(item)) {
          ctx.issues.push({
            code: 'custom',
            message: `ALLOWED_HOSTS: “${item}” is not a host name like deals.example.com (no scheme, port or wildcard)`,
            input: s,
          });
          return z.NEVER;
        }
        hosts.push(item.toLowerCase().replace(/\.$/, ''));
      }
      return hosts;
    }),
  ),
  '',
);

const flag = (name: string) => oneOf(name, ['true', 'false', '1', '0'], 'false');

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

// HOST joins the allowed host names when it is a name: an address (127.0.0.1, 0.0.0.0, ::) is
// always allowed or never a Host header at all.
const isHostName = (host: string) => HOST_NAME.test(host) && !/^[\d.]+$/.test(host);

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
