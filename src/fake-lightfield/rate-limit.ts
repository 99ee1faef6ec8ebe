// Per-organization rate limiting with three independent buckets (API.md §11), modelled as fixed
// one-second windows. With the limit turned off the headers are still sent, never a 429.

export type RateCategory = 'read' | 'search' | 'write';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the bucket is full again. */
  resetUnix: number;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(category: RateCategory): RateDecision;
  reset(): void;
}

/** Limit reported in headers when enforcement is off: the documented 25 req/s. */
const DOCUMENTED_LIMIT_PER_SECOND = 25;

export function createRateLimiter(limitPerSecond: number | false, now: () => Date): RateLimiter {
  const limit = limitPerSecond === false ? DOCUMENTED_LIMIT_PER_SECOND : limitPerSecond;
  let windows = new Map<RateCategory, { window: number; used: number }>();

  return {
    take(category) {
      const nowMs = now().getTime();
      const window = Math.floor(nowMs / 1000);
      const current = windows.get(category);
      const state = current && current.window === window ? current : { window, used: 0 };
      windows.set(category, state);
      const allowed = limitPerSecond === false || state.used < limit;
      if (allowed) state.used += 1;
      const resetUnix = window + 1;
      return {
        allowed,
        limit,
        remaining: Math.max(0, limit - state.used),
        resetUnix,
        retryAfterSeconds: Math.max(1, Math.ceil((resetUnix * 1000 - nowMs) / 1000)),
      };
    },
    reset() {
      windows = new Map();
    },
  };
}

export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(decision.limit),
    'X-RateLimit-Remaining': String(decision.remaining),
    'X-RateLimit-Reset': String(decision.resetUnix),
  };
}
