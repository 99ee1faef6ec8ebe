import { describe, expect, it } from 'vitest';
import { demoHooksFor } from './demo-hooks';
import { APP_ORIGIN, setupBff } from '../testing/bff-harness';
import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';

describe('GET /api/embed-config', () => {
  it('lists ALLOWED_ORIGINS for the embedded app', async () => {
    const { request } = setupBff({
      security: { allowedOrigins: ['https://portal.example.com'] },
    });
    const res = await request('/api/embed-config');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ allowedOrigins: ['https://portal.example.com'] });
    expect((await request('/api/embed-config?x=1')).status).toBe(400);
  });
});

describe('demo routes', () => {
  const demoBff = () => {
    const fake = createFakeLightfield({ apiKey: 'sk_lf_test_3b9f0c1e' });
    return setupBff({
      mode: 'demo',
      upstream: { baseUrl: fake.baseUrl, fetch: fake.fetch, demo: demoHooksFor(fake) },
    });
  };
  const reset = (request: ReturnType<typeof setupBff>['request'], origin: string) =>
    request('/api/demo/reset', {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: '{}',
    });

  it('shows a created deal as stored, and Reset demo data removes it', async () => {
    const bff = demoBff();
    const created = (await (await bff.post(await bff.validBody())).json()) as { id: string };
    const stored = await bff.request(`/api/demo/opportunities/${created.id}`);
    expect(stored.status).toBe(200);
    expect(await stored.json()).toMatchObject({
      record: { id: created.id, fields: { $name: { value: 'Northbridge – Reservoir sensors' } } },
    });

    expect((await reset(bff.request, 'https://evil.example')).status).toBe(403);
    const ok = await reset(bff.request, APP_ORIGIN);
    expect(ok.status).toBe(200);
    expect((await bff.request(`/api/demo/opportunities/${created.id}`)).status).toBe(404);
  });

  it('does not exist in live mode', async () => {
    const { request } = setupBff();
    expect((await request('/api/demo/opportunities/opp_1')).status).toBe(404);
    expect((await reset(request, APP_ORIGIN)).status).toBe(404);
    expect((await request('/examples/portal')).status).toBe(404);
  });

  it('serves the example portal in demo mode, its script from our own origin', async () => {
    const bff = demoBff();
    const page = await bff.request('/examples/portal');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/embed.js"></script>');
    expect(html).not.toMatch(/<script>/);
    const js = await bff.request('/examples/portal.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });
});

describe('demo hooks', () => {
  it('re-applies the demo fault setting after a reset', () => {
    const fake = createFakeLightfield();
    const applied: string[] = [];
    const hooks = demoHooksFor(fake, () => applied.push('faults'));
    fake.faults.inject({ operation: 'any', kind: 'status-before', status: 503 });
    hooks.reset();
    expect(fake.faults.pending()).toHaveLength(0);
    expect(applied).toEqual(['faults']);
  });
});
