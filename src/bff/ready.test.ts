import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import { createApp } from './app';
import { createLifecycle } from './lifecycle';
import type { ReadyResponse } from './routes/ready-route';
import { READY_FAIL_TTL_MS, READY_OK_TTL_MS } from './routes/ready-route';
import { setupBff } from '../testing/bff-harness';
import { fakeClock } from '../testing/fake-clock';

const ready = async (res: Response) => ({
  status: res.status,
  body: (await res.json()) as ReadyResponse,
});

describe('GET /api/health', () => {
  it('stays exactly {"status":"ok","mode":…}, with no upstream call', async () => {
    const { request, fake } = setupBff();
    const res = await request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"status":"ok","mode":"live"}');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('GET /api/ready', () => {
  it('is ready when the key validates with every scope (an empty list means all)', async () => {
    const { request, upstreamCalls } = setupBff();
    expect(await ready(await request('/api/ready'))).toEqual({
      status: 200,
      body: { status: 'ready', mode: 'live', missingScopes: [] },
    });
    expect(upstreamCalls('GET', '/v1/auth/validate')).toHaveLength(1);
  });

  it('names the missing scopes', async () => {
    const { request } = setupBff({
      fake: { scopes: ['opportunities:read', 'accounts:read', 'contacts:read'] },
    });
    const { status, body } = await ready(await request('/api/ready'));
    expect(status).toBe(200);
    expect(body.missingScopes).toEqual([
      'opportunities:create',
      'members:read',
      'tasks:create',
      'tasks:read',
      'notes:create',
    ]);
    expect(body.reason).toContain('opportunities:create');
  });

  it('names the Follow-up scopes alone when only they are missing', async () => {
    const { request } = setupBff({
      fake: {
        scopes: [
          'opportunities:read',
          'opportunities:create',
          'accounts:read',
          'members:read',
          'contacts:read',
          'tasks:read',
        ],
      },
    });
    const { body } = await ready(await request('/api/ready'));
    expect(body.missingScopes).toEqual(['tasks:create', 'notes:create']);
  });

  it('is 503 when the key is invalid, without saying the key', async () => {
    const { request } = setupBff({ upstream: { apiKey: 'sk_lf_bad_key_77' } });
    const { status, body } = await ready(await request('/api/ready'));
    expect(status).toBe(503);
    expect(body.status).toBe('not_ready');
    expect(body.reason).toMatch(/invalid or revoked/);
  });

  it('is 503 while Lightfield cannot be reached, without retrying for long', async () => {
    const { request, fake, upstreamCalls } = setupBff();
    fake.faults.inject({ operation: 'read', kind: 'status-before', status: 503, times: 5 });
    const { status, body } = await ready(await request('/api/ready'));
    expect(status).toBe(503);
    expect(body.reason).toContain('503');
    expect(upstreamCalls('GET', '/v1/auth/validate')).toHaveLength(1);
  });

  it('caches a good answer for a minute and a bad one for seconds', async () => {
    const clock = fakeClock();
    const { request, upstreamCalls, fake } = setupBff({ clock });
    await request('/api/ready');
    clock.advance(READY_OK_TTL_MS - 1);
    await Promise.all([request('/api/ready'), request('/api/ready')]);
    expect(upstreamCalls('GET', '/v1/auth/validate')).toHaveLength(1);
    clock.advance(2);
    fake.faults.inject({ operation: 'read', kind: 'status-before', status: 500 });
    expect((await request('/api/ready')).status).toBe(503);
    clock.advance(READY_FAIL_TTL_MS - 1);
    expect((await request('/api/ready')).status).toBe(503);
    clock.advance(2);
    expect((await request('/api/ready')).status).toBe(200);
    expect(upstreamCalls('GET', '/v1/auth/validate')).toHaveLength(3);
  });

  it('is ready in demo mode without a call, and 503 while draining', async () => {
    const fake = createFakeLightfield();
    const lifecycle = createLifecycle();
    const app = createApp({
      mode: 'demo',
      upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
      lifecycle,
    });
    expect(await ready(await app.request('/api/ready'))).toEqual({
      status: 200,
      body: { status: 'ready', mode: 'demo', missingScopes: [] },
    });
    expect(fake.requests).toHaveLength(0);
    lifecycle.drain();
    const draining = await ready(await app.request('/api/ready'));
    expect(draining.status).toBe(503);
    expect(draining.body.reason).toMatch(/shutting down/i);
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
