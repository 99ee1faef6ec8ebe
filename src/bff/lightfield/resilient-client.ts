import type { Clock } from '../clock';
import { OPERATIONS, type Operation } from './operations';
import { retryDelayMs, type CallKind, type RetryOptions } from './retry-policy';
import type { CallOptions, UpstreamClient } from './upstream-client';
import { UpstreamError } from './upstream-error';
import type { UpstreamRateLimiter } from './upstream-rate-limiter';

export interface ResilientClientOptions {
  limiter: UpstreamRateLimiter;
  retry: RetryOptions;
  clock: Clock;
  /** Each attempt's timeout; the last ones get what is left of the budget. */
  timeoutMs: number;
}

/** Below this an attempt is not worth starting. */
const MIN_ATTEMPT_MS = 250;

/**
 * Wraps the one-shot client with the rate limiter and bounded retries. A create is always
 * re-sent with the same Idempotency-Key, so Lightfield replays the first result instead of
 * creating a second deal (API.md §10).
 */
export function createResilientClient(
  inner: UpstreamClient,
  options: ResilientClientOptions,
): UpstreamClient {
  const { limiter, retry, clock } = options;

  async function run<T>(
    operation: Operation,
    call: CallKind,
    callOptions: CallOptions | undefined,
    attempt: (timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const { category } = OPERATIONS[operation];
    const maxAttempts = Math.max(1, callOptions?.maxAttempts ?? retry.maxAttempts);
    const timeoutMs = callOptions?.timeoutMs ?? options.timeoutMs;
    const started = clock.now();
    const deadline = started + retry.budgetMs;
    // Queueing for a slot may take up to the budget, or one timeout when retries are off.
    const queueDeadline = started + Math.max(retry.budgetMs, timeoutMs);
    for (let n = 1; ; n++) {
      if (!(await limiter.acquire(category, queueDeadline))) {
        throw new UpstreamError({ kind: 'throttled' }, operation, n - 1);
      }
      // The first attempt gets the full timeout; later ones what is left of the budget.
      const left = deadline - clock.now();
      const attemptTimeout =
        n === 1 ? timeoutMs : Math.max(MIN_ATTEMPT_MS, Math.min(timeoutMs, left));
      try {
        return await attempt(attemptTimeout);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        const { failure } = error;
        if (failure.kind === 'http' && failure.status === 429 && failure.retryAfterSeconds) {
          limiter.pauseUntil(category, clock.now() + failure.retryAfterSeconds * 1000);
        }
        const delay = retryDelayMs(failure, n, call, retry);
        if (delay === null || n >= maxAttempts || clock.now() + delay >= deadline) {
          throw error.withAttempts(n);
        }
        await clock.sleep(delay);
      }
    }
  }

  return {
    get: (operation, path, query, callOptions) =>
      run(operation, { method: 'GET', idempotencyKey: false }, callOptions, (timeoutMs) =>
        inner.get(operation, path, query, { timeoutMs }),
      ),
    post: (operation, path, body, idempotencyKey, callOptions) =>
      run(
        operation,
        { method: 'POST', idempotencyKey: Boolean(idempotencyKey) },
        callOptions,
        (timeoutMs) => inner.post(operation, path, body, idempotencyKey, { timeoutMs }),
      ),
  };
}
