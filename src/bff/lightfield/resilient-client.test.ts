import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../testing/fake-clock';
import { createResilientClient } from './resilient-client';
import { DEFAULT_RETRY } from './retry-policy';
import type { UpstreamClient } from './upstream-client';
import { UpstreamError, type UpstreamFailure } from './upstream-error';
import { createUpstreamRateLimiter } from './upstream-rate-limiter';

/** An inner client that fails with `failures` in order, then succeeds; records timeouts asked. */
function scripted(failures: UpstreamFailure[]) {
  const timeouts: number[] = [];
  const keys: Array<string | undefined> = [];
  const next = async (timeoutMs: number | undefined) => {
    timeouts.push(timeoutMs ?? -1);
    const failure = failures.shift();
    if (failure) throw new UpstreamError(failure, 'opportunities.create');
    return { ok: true };
  };
  const inner: UpstreamClient = {
    get: async <T>(_o: unknown, _p: unknown, _q: unknown, call?: { timeoutMs?: number }) =>
      (await next(call?.timeoutMs)) as T,
    post: async <T>(
      _o: unknown,
      _p: unknown,
      _b: unknown,
      key?: string,
      call?: { timeoutMs?: number },
    ) => {
      keys.push(key);
      return (await next(call?.timeoutMs)) as T;
    },
  };
  return { inner, timeouts, keys };
}

const setup = (failures: UpstreamFailure[], budgetMs = 20_000, perSecond = 25) => {
  const clock = fakeClock();
  const { inner, timeouts, keys } = scripted(failures);
  const client = createResilientClient(inner, {
    limiter: createUpstreamRateLimiter({ perSecond, clock }),
    retry: { ...DEFAULT_RETRY, budgetMs, random: () => 0.5 },
    clock,
    timeoutMs: 10_000,
  });
  return { clock, client, timeouts, keys };
};

const timeout: UpstreamFailure = { kind: 'timeout' };
const unavailable: UpstreamFailure = {
  kind: 'http',
  status: 503,
  error: { type: 'service_unavailable', message: 'm' },
  retryAfterSeconds: null,
};

describe('resilient client', () => {
  it('re-sends a create with the same Idempotency-Key until it succeeds', async () => {
    const { client, keys } = setup([timeout, unavailable, timeout]);
    await expect(
      client.post('opportunities.create', '/v1/opportunities', {}, 'k-1'),
    ).resolves.toEqual({ ok: true });
    expect(keys).toEqual(['k-1', 'k-1', 'k-1', 'k-1']);
  });

  it('keeps all attempts and waits within about the budget', async () => {
    const { client, clock, timeouts } = setup(
      Array.from({ length: 50 }, () => unavailable),
      20_000,
    );
    const started = clock.now();
    const error = await client
      .post('opportunities.create', '/v1/o', {}, 'k')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).attempts).toBe(timeouts.length);
    expect(timeouts.length).toBeGreaterThan(3);
    expect(clock.now() - started).toBeLessThan(20_000);
    expect(timeouts[0]).toBe(10_000);
  });

  it('gives later attempts only what is left of the budget as their timeout', async () => {
    const { client, timeouts, clock } = setup([timeout, timeout, timeout], 12_000);
    // A fake clock does not move during an attempt, so move it as a real timeout would.
    const advancing = createResilientClient(
      {
        get: async () => {
          throw new Error('unused');
        },
        post: async (_o, _p, _b, _k, call) => {
          timeouts.push(call?.timeoutMs ?? -1);
          clock.advance(call?.timeoutMs ?? 0);
          throw new UpstreamError(timeout, 'opportunities.create');
        },
      },
      {
        limiter: createUpstreamRateLimiter({ perSecond: 25, clock }),
        retry: { ...DEFAULT_RETRY, budgetMs: 12_000, random: () => 0.5 },
        clock,
        timeoutMs: 10_000,
      },
    );
    timeouts.length = 0;
    const started = clock.now();
    await advancing.post('opportunities.create', '/v1/o', {}, 'k').catch(() => null);
    expect(timeouts[0]).toBe(10_000);
    expect(timeouts[1]).toBeLessThan(2_000);
    expect(clock.now() - started).toBeLessThan(12_000 + 1_000);
    void client;
  });

  it('does not retry a POST without a key, nor at all with maxAttempts 1', async () => {
    const a = setup([unavailable]);
    await expect(a.client.post('opportunities.create', '/v1/o', {})).rejects.toBeInstanceOf(
      UpstreamError,
    );
    expect(a.timeouts).toHaveLength(1);
    const b = setup([unavailable]);
    await expect(
      b.client.get('auth.validate', '/v1/auth/validate', {}, { maxAttempts: 1 }),
    ).rejects.toBeInstanceOf(UpstreamError);
    expect(b.timeouts).toHaveLength(1);
  });

  it('answers throttled without calling when the limiter cannot give a slot in time', async () => {
    const { client, timeouts } = setup([], 0, 1);
    await client.get('accounts.list', '/v1/accounts');
    // One call per second, no budget beyond the 10 s timeout: the 11th+ call waits too long.
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, () => client.get('accounts.list', '/v1/accounts')),
    );
    const throttled = results.filter(
      (r) => r.status === 'rejected' && (r.reason as UpstreamError).failure.kind === 'throttled',
    );
    expect(throttled.length).toBeGreaterThan(0);
    expect(timeouts.length + throttled.length).toBe(16);
  });
});
