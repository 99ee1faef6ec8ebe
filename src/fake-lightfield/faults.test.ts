// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from './create-fake-lightfield';
import { createFaults, type FaultKind } from './faults';
import { asError, lfRequest, send } from '../testing/lightfield-requests';

describe('fault injection', () => {
  it('answers a status before running the endpoint, for `times` requests', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'search', kind: 'status-before', status: 502, times: 2 });
    expect((await send(fake, 'GET', '/v1/accounts')).status).toBe(502);
    expect((await send(fake, 'GET', '/v1/accounts/definitions')).status).toBe(200);
    expect((await send(fake, 'GET', '/v1/members')).status).toBe(502);
    expect((await send(fake, 'GET', '/v1/members')).status).toBe(200);
    expect(fake.faults.pending()).toEqual([]);
  });

  it('simulates a 429 with Retry-After and rate-limit headers', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'createAccount', kind: 'rate-limit', retryAfterSeconds: 3 });
    const answer = await send(fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'Busy' } },
    });
    expect(answer.status).toBe(429);
    expect(asError(answer).type).toBe('too_many_requests');
    expect(answer.headers.get('Retry-After')).toBe('3');
    expect(answer.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(answer.headers.get('X-RateLimit-Limit')).toBeTruthy();
  });

  it('prefers a fault for the exact operation over an earlier catch-all one', () => {
    const faults = createFaults();
    faults.inject({ operation: 'any', kind: 'status-before', status: 503 });
    faults.inject({ operation: 'read', kind: 'reset-before' });
    expect(faults.take('read')?.kind).toBe('reset-before');
    expect(faults.take('read')?.status).toBe(503);
    expect(faults.take('read')).toBeUndefined();
  });

  it('throws a network error from fetch for reset faults on reads', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'any', kind: 'reset-before' });
    await expect(fake.fetch(lfRequest(fake, 'GET', '/v1/auth/validate'))).rejects.toThrow(
      'fetch failed',
    );
    expect((await send(fake, 'GET', '/v1/auth/validate')).status).toBe(200);
  });

  it('delays and then answers normally', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'read', kind: 'delay', delayMs: 60 });
    const started = Date.now();
    expect((await send(fake, 'GET', '/v1/opportunities/definitions')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('clear() drops queued faults', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'any', kind: 'status-before', times: 5 });
    fake.faults.clear();
    expect((await send(fake, 'GET', '/v1/members')).status).toBe(200);
  });

  it('rejects a non-positive `times`', () => {
    expect(() => createFaults().inject({ operation: 'any', kind: 'delay', times: 0 })).toThrow(
      RangeError,
    );
  });

  it('random mode is reproducible from its seed', () => {
    const kinds: FaultKind[] = ['status-before', 'reset-before', 'delay'];
    const run = (seed: number) => {
      const faults = createFaults();
      faults.setRandom({ probability: 0.5, kinds, seed });
      return Array.from({ length: 40 }, () => faults.take('search')?.kind ?? 'none');
    };
    const first = run(7);
    expect(run(7)).toEqual(first);
    expect(run(8)).not.toEqual(first);
    expect(first.filter((kind) => kind !== 'none').length).toBeGreaterThan(5);
    expect(first.filter((kind) => kind === 'none').length).toBeGreaterThan(5);
  });

  it('random mode respects the operation filter and can be switched off', () => {
    const faults = createFaults();
    faults.setRandom({ probability: 1, kinds: ['status-before'], seed: 1, operations: ['read'] });
    expect(faults.take('search')).toBeUndefined();
    expect(faults.take('read')?.kind).toBe('status-before');
    faults.setRandom(null);
    expect(faults.take('read')).toBeUndefined();
  });
});
