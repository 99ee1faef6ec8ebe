import type { UpstreamFailure } from './upstream-error';

export interface RetryOptions {
  /** First backoff step; it doubles with every attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** All attempts and waits of one call together; past it the last failure is answered. */
  budgetMs: number;
  maxAttempts: number;
  /** 0 ≤ x < 1; injectable so tests can pin the jitter. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  baseDelayMs: 250,
  maxDelayMs: 4_000,
  budgetMs: 20_000,
  maxAttempts: 8,
  random: Math.random,
};

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

export interface CallKind {
  method: 'GET' | 'POST';
  /** POSTs are only retried with an Idempotency-Key: Lightfield then replays instead of re-running. */
  idempotencyKey: boolean;
}

/**
 * Whether the same call may succeed if sent again (API.md §9, §10). A POST without a key is
 * never repeated; 409 is the "same key still in flight" answer, so only keyed POSTs retry it.
 */
export function isRetryable(failure: UpstreamFailure, call: CallKind): boolean {
  if (call.method === 'POST' && !call.idempotencyKey) return false;
  switch (failure.kind) {
    case 'timeout':
    case 'network':
      return true;
    case 'throttled':
      // The limiter already waited as long as the budget allowed.
      return false;
    case 'http':
      return (
        RETRYABLE_STATUSES.has(failure.status) || (failure.status === 409 && call.method === 'POST')
      );
  }
}

/**
 * The wait before attempt `attempt + 1`: exponential with "equal jitter" (half fixed, half
 * random, so concurrent BFF calls spread out but never retry at once), and never shorter than
 * Lightfield's `Retry-After`. Null when the failure is not worth retrying.
 */
export function retryDelayMs(
  failure: UpstreamFailure,
  attempt: number,
  call: CallKind,
  options: RetryOptions,
): number | null {
  if (!isRetryable(failure, call)) return null;
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const backoff = cap / 2 + (options.random() * cap) / 2;
  const retryAfterMs =
    failure.kind === 'http' && failure.retryAfterSeconds !== null
      ? failure.retryAfterSeconds * 1000
      : 0;
  return Math.max(backoff, retryAfterMs);
}
