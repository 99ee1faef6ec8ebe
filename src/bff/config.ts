import { z } from 'zod/mini';
import type { AppMode } from '../model/api-contract';

export interface Config {
  host: string;
  port: number;
  mode: AppMode;
  /** Only set in live mode. Never logged, never sent to the browser. */
  apiKey: string | null;
  apiUrl: string;
  upstreamTimeoutMs: number;
}

const envSchema = z.object({
  HOST: z._default(z.string().check(z.minLength(1, 'HOST must not be empty')), '127.0.0.1'),
  PORT: z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const n = Number(s);
        if (!Number.isInteger(n) || n < 0 || n > 65535) {
          ctx.issues.push({
            code: 'custom',
            message: 'PORT must be a whole number from 0 to 65535',
            input: s,
          });
          return z.NEVER;
        }
        return n;
      }),
    ),
    '3000',
  ),
  LIGHTFIELD_API_KEY: z.optional(z.string()),
  LIGHTFIELD_API_URL: z._default(
    z
      .string()
      .check(
        z.refine((s) => /^https?:\/\/[^/]+/.test(s), 'LIGHTFIELD_API_URL must be an http(s) URL'),
      ),
    'https://api.lightfield.app',
  ),
  UPSTREAM_TIMEOUT_MS: z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const n = Number(s);
        if (!Number.isInteger(n) || n < 100 || n > 120_000) {
          ctx.issues.push({
            code: 'custom',
            message: 'UPSTREAM_TIMEOUT_MS must be 100–120000',
            input: s,
          });
          return z.NEVER;
        }
        return n;
      }),
    ),
    '10000',
  ),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once, at start-up. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "unset" (e.g. `LIGHTFIELD_API_KEY=` in a compose file).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
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
  };
}
