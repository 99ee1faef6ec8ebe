import { describe, expect, it } from 'vitest';
import { silentLogger } from './app-logger';
import { createShutdown } from './graceful-shutdown';
import { createLifecycle } from './lifecycle';
import { IDEMPOTENCY_KEY, listen, setupBff } from './test-support';

describe('graceful shutdown', () => {
  it('finishes an in-flight create, refuses new connections, then exits 0', async () => {
    const lifecycle = createLifecycle();
    const bff = setupBff({ lifecycle });
    const body = await bff.validBody();
    const { server, base } = await listen(bff.app.fetch);
    bff.fake.faults.inject({ operation: 'createOpportunity', kind: 'delay', delayMs: 300 });

    const create = fetch(`${base}/api/opportunities`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': IDEMPOTENCY_KEY,
        Origin: base,
      },
      body: JSON.stringify(body),
    });
    while (lifecycle.inFlight === 0) await new Promise((r) => setTimeout(r, 5));

    const exits: number[] = [];
    const done = createShutdown({
      server,
      lifecycle,
      logger: silentLogger,
      timeoutMs: 5_000,
      exit: (code) => exits.push(code),
    })('SIGTERM');
    expect(lifecycle.draining).toBe(true);
    expect(exits).toEqual([]);

    const res = await create;
    expect(res.status).toBe(200);
    expect(res.headers.get('Connection')).toBe('close');
    await done;
    expect(exits).toEqual([0]);
    expect(bff.opportunitiesNamed(body.fields.$name)).toHaveLength(1);
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });

  it('exits 1 when requests outlast the timeout', async () => {
    const lifecycle = createLifecycle();
    const bff = setupBff({ lifecycle });
    const { server, base } = await listen(bff.app.fetch);
    bff.fake.faults.inject({ operation: 'search', kind: 'delay', delayMs: 2_000 });
    const slow = fetch(`${base}/api/accounts?q=Slow`).catch(() => null);
    while (lifecycle.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const exits: number[] = [];
    await createShutdown({
      server,
      lifecycle,
      logger: silentLogger,
      timeoutMs: 100,
      exit: (code) => exits.push(code),
    })('SIGTERM');
    expect(exits).toEqual([1]);
    await slow;
  });
});
