import type { RetryOptions } from '../bff/lightfield/retry-policy';

/** Retries with real but tiny waits, so a test can exercise them in milliseconds. */
export const FAST_RETRY: Partial<RetryOptions> = {
  baseDelayMs: 1,
  maxDelayMs: 4,
  budgetMs: 1_000,
  random: () => 0.5,
};
