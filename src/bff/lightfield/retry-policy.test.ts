import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryable, retryDelayMs, type RetryOptions } from './retry-policy';
import type { UpstreamFailure } from './upstream-error';

const http = (status: number, retryAfterSeconds: number | null = null): UpstreamFailure => ({
  kind: 'http',
  status,
  error: { type: 't', message: 'm' },
  retryAfterSeconds,
});
const get = { method: 'GET', idempotencyKey: false } as const;
const keyedPost = { method: 'POST', idempotencyKey: true } as const;
const bareP = { method: 'POST', idempotencyKey: false } as const;

describe('retry policy', () => {
  it('retries 429, 5xx gateway answers, timeouts and resets; never other 4xx', () => {
    for (const status of [429, 500, 502, 503, 504])
      expect(isRetryable(http(status), get)).toBe(true);
    for (const status of [400, 401, 403, 404, 415, 422, 501]) {
      expect(isRetryable(http(status), keyedPost), String(status)).toBe(false);
    }
    expect(isRetryable({ kind: 'timeout' }, get)).toBe(true);
    expect(isRetryable({ kind: 'network' }, keyedPost)).toBe(true);
    expect(isRetryable({ kind: 'throttled' }, get)).toBe(false);
  });

  it('retries 409 only for a keyed POST (idempotency in flight), and no POST without a key', () => {
    expect(isRetryable(http(409), keyedPost)).toBe(true);
    expect(isRetryable(http(409), get)).toBe(false);
    expect(isRetryable(http(500), bareP)).toBe(false);
    expect(isRetryable({ kind: 'timeout' }, bareP)).toBe(false);
  });

  it('backs off exponentially with jitter, capped, and never below Retry-After', () => {
    const options: RetryOptions = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1_000 };
    const at = (random: number, attempt: number, failure = http(503)) =>
      retryDelayMs(failure, attempt, get, { ...options, random: () => random });
    expect([1, 2, 3, 4, 5].map((n) => at(0, n))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => at(0.999999, n)?.toFixed(0))).toEqual([
      '100',
      '200',
      '400',
      '800',
      '1000',
    ]);
    expect(at(0.5, 1, http(429, 2))).toBe(2_000);
    expect(at(0.5, 1, http(503, 7))).toBe(7_000);
    expect(at(0.5, 1, http(422))).toBeNull();
  });
});
