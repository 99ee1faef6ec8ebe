import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http-errors';

// Dot segments (also percent-encoded), empty segments, backslashes, encoded slashes and NULs:
// none appears in a path this app serves, and each is a way to make a path mean another one.
const SUSPICIOUS_PATH = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)|\/\/|\\|%2f|%5c|%00/i;

/** The request target as the client sent it, before URL parsing resolved any `..`. */
function rawTarget(env: unknown, url: string): string {
  const incoming = (env as { incoming?: { url?: unknown } } | undefined)?.incoming;
  if (typeof incoming?.url === 'string') return incoming.url;
  const parsed = new URL(url);
  return parsed.pathname;
}

/** Path tricks end in a JSON 404 before any route (or the SPA fallback) sees them. */
export function pathGuard(): MiddlewareHandler {
  return async (c, next) => {
    const target = rawTarget(c.env, c.req.url);
    const path = target.split('?')[0] ?? '';
    if (SUSPICIOUS_PATH.test(path)) return apiError(c, 404, 'not_found', 'Not found.');
    return next();
  };
}
