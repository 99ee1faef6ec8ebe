import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { silentLogger } from './app-logger';
import { createShutdown, type ShutdownOptions } from './graceful-shutdown';
import { createLifecycle, type Lifecycle } from './lifecycle';
import { IDEMPOTENCY_KEY, httpCall, listen, setupBff } from '../testing/bff-harness';

/** SIGTERM to `server`, recording the exit codes instead of exiting. */
function terminate(
  server: Server,
  lifecycle: Lifecycle,
  options: Partial<ShutdownOptions> = {},
  signal = 'SIGTERM',
) {
  const exits: number[] = [];
  const done = createShutdown({
    server,
    lifecycle,
    logger: silentLogger,
    timeoutMs: 5_000,
    exit: (code) => exits.push(code),
    ...options,
  })(signal);
  return { exits, done };
}

/** A BFF listening on loopback, sharing its lifecycle with the shutdown under test. */
async function serving() {
  const lifecycle = createLifecycle();
  const bff = setupBff({ lifecycle });
  return { lifecycle, bff, ...(await listen(bff.app.fetch)) };
}

describe('graceful shutdown', () => {
  it('finishes an in-flight create, refuses new connections, then exits 0', async () => {
    const { lifecycle, bff, server, base } = await serving();
    const body = await bff.validBody();
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

    const { exits, done } = terminate(server, lifecycle);
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
    const { lifecycle, bff, server, base } = await serving();
    bff.fake.faults.inject({ operation: 'search', kind: 'delay', delayMs: 2_000 });
    const slow = fetch(`${base}/api/accounts?q=Slow`).catch(() => null);
    while (lifecycle.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    const { exits, done } = terminate(server, lifecycle, { timeoutMs: 100 });
    await done;
    expect(exits).toEqual([1]);
    await slow;
  });
});

describe('issue #19, finding 6: SIGTERM during a rolling deploy', () => {
  it('turns /api/ready 503 first and still accepts connections for the drain window', async () => {
    const { lifecycle, server, base } = await serving();
    // Long enough that the two calls below land inside it on a loaded machine.
    const { exits, done } = terminate(server, lifecycle, { drainMs: 3_000 });

    // A new connection (no agent: nothing reused) during the window is served, not refused.
    const ready = await httpCall(`${base}/api/ready`, { agent: false });
    expect(ready.status).toBe(503);
    expect(ready.headers.connection).toBe('close');
    expect((await httpCall(`${base}/api/health`, { agent: false })).status).toBe(200);
    expect(exits).toEqual([]);

    await done;
    expect(exits).toEqual([0]);
    await expect(httpCall(`${base}/api/health`, { agent: false })).rejects.toThrow();
  });

  it('exits even when flushing the log never finishes (stdout a broken pipe)', async () => {
    const { lifecycle, server } = await serving();
    const { exits, done } = terminate(server, lifecycle, {
      timeoutMs: 1_000,
      flushTimeoutMs: 50,
      flush: () => new Promise(() => {}),
    });
    await done;
    expect(exits).toEqual([0]);
  }, 5_000);

  it('skips the drain window on SIGINT (Ctrl-C)', async () => {
    const { lifecycle, server } = await serving();
    const started = Date.now();
    const { exits, done } = terminate(server, lifecycle, { drainMs: 3_000 }, 'SIGINT');
    await done;
    expect(exits).toEqual([0]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
