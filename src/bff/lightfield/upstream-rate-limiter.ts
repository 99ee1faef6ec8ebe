import type { Clock } from '../clock';
import type { RateCategory } from './operations';

export interface UpstreamRateLimiter {
  /**
   * Waits for a slot in `category`'s bucket, first come first served. False when none frees up
   * before `deadlineMs` or too many calls are already waiting: Lightfield is then not called.
   */
  acquire(category: RateCategory, deadlineMs: number): Promise<boolean>;
  /** Lightfield said 429 with `Retry-After`: nobody calls that bucket before `untilMs`. */
  pauseUntil(category: RateCategory, untilMs: number): void;
  /** Lightfield's `X-RateLimit-Remaining`: the org's other clients may have used slots. */
  observeRemaining(category: RateCategory, remaining: number): void;
}

export interface UpstreamRateLimiterOptions {
  /** Calls per second per category; Lightfield allows 25 per org (API.md §11). */
  perSecond: number;
  clock: Clock;
  /** Waiting calls per category beyond which new ones fail at once. */
  maxQueue?: number;
}

const WINDOW_MS = 1_000;

/**
 * One line per category: `run` goes one caller at a time, in arrival order, so slots go out in
 * the order callers came; a caller arriving while `maxQueue` others wait is refused at once.
 */
export function arrivalQueue(maxQueue: number) {
  const lines = new Map<RateCategory, { waiting: number; tail: Promise<void> }>();
  return async (category: RateCategory, run: () => Promise<boolean>): Promise<boolean> => {
    let line = lines.get(category);
    if (!line) {
      line = { waiting: 0, tail: Promise.resolve() };
      lines.set(category, line);
    }
    if (line.waiting >= maxQueue) return false;
    line.waiting++;
    const previous = line.tail;
    let release = () => {};
    line.tail = new Promise((resolve) => (release = resolve));
    try {
      await previous;
      return await run();
    } finally {
      line.waiting--;
      release();
    }
  };
}

/**
 * A token bucket per category in which each token comes back one second after it was spent
 * (a sliding window): at most `perSecond` calls in any one-second span, so the BFF never trips
 * Lightfield's per-second windows on its own and queues callers instead of collecting 429s.
 */
export function createUpstreamRateLimiter(
  options: UpstreamRateLimiterOptions,
): UpstreamRateLimiter {
  const { perSecond, clock } = options;
  const inOrder = arrivalQueue(options.maxQueue ?? 500);
  const buckets = new Map<RateCategory, { spent: number[]; pausedUntil: number }>();

  const bucket = (category: RateCategory) => {
    let b = buckets.get(category);
    if (!b) {
      b = { spent: [], pausedUntil: 0 };
      buckets.set(category, b);
    }
    return b;
  };

  const prune = (spent: number[], now: number) => {
    while (spent.length > 0 && (spent[0] ?? 0) <= now - WINDOW_MS) spent.shift();
  };

  const waitMs = (b: ReturnType<typeof bucket>, now: number) => {
    prune(b.spent, now);
    const windowWait = b.spent.length < perSecond ? 0 : (b.spent[0] ?? now) + WINDOW_MS - now;
    return Math.max(0, b.pausedUntil - now, windowWait);
  };

  return {
    acquire(category, deadlineMs) {
      const b = bucket(category);
      return inOrder(category, async () => {
        for (;;) {
          const now = clock.now();
          const wait = waitMs(b, now);
          if (wait === 0) {
            b.spent.push(now);
            return true;
          }
          if (now + wait > deadlineMs) return false;
          await clock.sleep(wait);
        }
      });
    },
    pauseUntil(category, untilMs) {
      const b = bucket(category);
      b.pausedUntil = Math.max(b.pausedUntil, untilMs);
    },
    observeRemaining(category, remaining) {
      const b = bucket(category);
      const now = clock.now();
      prune(b.spent, now);
      // Slots Lightfield says are gone count as spent now, so they come back within a second.
      const free = perSecond - b.spent.length;
      for (let i = Math.max(0, Math.floor(remaining)); i < free; i++) b.spent.push(now);
    },
  };
}
