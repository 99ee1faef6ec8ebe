import { afterEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody, CreatedOpportunity } from '../model/api-contract';
import type { FormDefinitions } from '../model/form-definitions';
import { IDEMPOTENCY_KEY, setupBff } from '../testing/bff-harness';
import { fakeClock } from '../testing/fake-clock';

const errorOf = async (res: Response) => ((await res.json()) as ApiErrorBody).error;

describe('create retries (issue #4)', () => {
  const bff = setupBff();
  const { fake, post, validBody, upstreamCalls, opportunitiesNamed } = bff;
  afterEach(() => fake.reset());

  const creates = () => upstreamCalls('POST', '/v1/opportunities');
  const sameKeyEverywhere = () =>
    expect(new Set(creates().map((c) => c.headers['idempotency-key']))).toEqual(
      new Set([IDEMPOTENCY_KEY]),
    );

  it('500 after the commit: the retry returns the same record and one deal exists', async () => {
    const body = await validBody();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-after', status: 500 });
    const res = await post(body);
    expect(res.status).toBe(200);
    const created = (await res.json()) as CreatedOpportunity;
    const stored = opportunitiesNamed(body.fields.$name);
    expect(stored).toHaveLength(1);
    expect(created.id).toBe(stored[0]?.record.id);
    expect(creates()).toHaveLength(2);
    sameKeyEverywhere();
  });

  it('connection reset after the commit: exactly one deal', async () => {
    const body = await validBody();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-after' });
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(opportunitiesNamed(body.fields.$name)).toHaveLength(1);
    expect(creates()).toHaveLength(2);
    sameKeyEverywhere();
  });

  it('retries 502, 503, 504, a reset before the commit and 409 in flight', async () => {
    const body = await validBody();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 502 });
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 503 });
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 504 });
    fake.faults.inject({ operation: 'createOpportunity', kind: 'reset-before' });
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 409 });
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(creates()).toHaveLength(6);
    expect(opportunitiesNamed(body.fields.$name)).toHaveLength(1);
    sameKeyEverywhere();
  });

  it('422 is not retried: one upstream call, a typed error', async () => {
    const body = await validBody();
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 422 });
    const res = await post(body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('upstream_rejected');
    expect(creates()).toHaveLength(1);
  });

  it('other 4xx are not retried either', async () => {
    const body = await validBody();
    for (const status of [400, 401, 403, 404]) {
      fake.requests.length = 0;
      fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status });
      const res = await post(body, { 'Idempotency-Key': crypto.randomUUID() });
      expect(res.status, String(status)).not.toBe(200);
      expect(creates(), String(status)).toHaveLength(1);
    }
  });

  it('a timeout is retried with the same key; the first attempt’s commit is replayed', async () => {
    const slow = setupBff({
      upstream: { timeoutMs: 50, retry: { baseDelayMs: 100, maxDelayMs: 200, budgetMs: 3_000 } },
    });
    const body = await slow.validBody();
    // The first attempt is cut off after 50 ms, but the fake finishes it after 120 ms.
    slow.fake.faults.inject({ operation: 'createOpportunity', kind: 'delay', delayMs: 120 });
    const res = await slow.post(body);
    expect(res.status).toBe(200);
    expect(slow.opportunitiesNamed(body.fields.$name)).toHaveLength(1);
    const calls = slow.upstreamCalls('POST', '/v1/opportunities');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
  });

  it('gives up within the budget with a typed, retryable error', async () => {
    const body = await validBody();
    fake.faults.inject({
      operation: 'createOpportunity',
      kind: 'status-before',
      status: 500,
      times: 1_000,
    });
    const res = await post(body);
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'upstream_unavailable', retryable: true });
    expect(error.message).toMatch(/cannot be created twice/);
    expect(creates().length).toBeGreaterThan(1);
    expect(creates().length).toBeLessThanOrEqual(8);
    expect(opportunitiesNamed(body.fields.$name)).toHaveLength(0);
  });
});

describe('429 with Retry-After', () => {
  it('waits at least Retry-After, then succeeds', async () => {
    const clock = fakeClock();
    const bff = setupBff({ clock, upstream: { retry: { baseDelayMs: 10, budgetMs: 20_000 } } });
    const body = await bff.validBody();
    bff.fake.faults.inject({
      operation: 'createOpportunity',
      kind: 'rate-limit',
      retryAfterSeconds: 3,
    });
    const before = clock.now();
    const res = await bff.post(body);
    expect(res.status).toBe(200);
    expect(bff.upstreamCalls('POST', '/v1/opportunities')).toHaveLength(2);
    expect(clock.now() - before).toBeGreaterThanOrEqual(3_000);
    expect(Math.max(...clock.sleeps)).toBeGreaterThanOrEqual(3_000);
    expect(bff.opportunitiesNamed(body.fields.$name)).toHaveLength(1);
  });

  it('passes a Retry-After longer than the budget on to the browser at once', async () => {
    const clock = fakeClock();
    const bff = setupBff({ clock, upstream: { retry: { budgetMs: 5_000 } } });
    const body = await bff.validBody();
    bff.fake.faults.inject({
      operation: 'createOpportunity',
      kind: 'rate-limit',
      retryAfterSeconds: 30,
    });
    const res = await bff.post(body);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('30');
    expect(await errorOf(res)).toMatchObject({ code: 'upstream_rate_limited', retryable: true });
    expect(bff.upstreamCalls('POST', '/v1/opportunities')).toHaveLength(1);
  });
});

describe('reads are retried the same way', () => {
  it('a 503 and a reset on a search, then the answer', async () => {
    const bff = setupBff();
    bff.fake.faults.inject({ operation: 'search', kind: 'status-before', status: 503 });
    bff.fake.faults.inject({ operation: 'search', kind: 'reset-before' });
    const res = await bff.request('/api/accounts?q=North');
    expect(res.status).toBe(200);
    expect(bff.upstreamCalls('GET', '/v1/accounts')).toHaveLength(3);
  });

  it('a 404 is answered at once', async () => {
    const bff = setupBff();
    const res = await bff.request('/api/accounts/acc_missing');
    expect(res.status).toBe(404);
    expect(bff.upstreamCalls('GET', '/v1/accounts/acc_missing')).toHaveLength(1);
  });
});

describe('definitions changed in Lightfield', () => {
  it('unknown_field drops the cache and answers definitions_changed; the next load is fresh', async () => {
    const bff = setupBff();
    const body = await bff.validBody();
    // The org deletes a custom field after this BFF cached the definitions.
    delete bff.fake.store.definitions.opportunity.fieldDefinitions.sensorCount;
    const res = await bff.post({ ...body, fields: { ...body.fields, sensorCount: 12 } });
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ code: 'definitions_changed', retryable: false });
    expect(bff.upstreamCalls('POST', '/v1/opportunities')).toHaveLength(1);
    const fresh = (await (await bff.request('/api/definitions')).json()) as FormDefinitions;
    expect(fresh.fields.map((f) => f.key)).not.toContain('sensorCount');
    expect(bff.upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(2);
  });

  it('unknown_relationship does the same', async () => {
    const bff = setupBff();
    const body = await bff.validBody();
    delete bff.fake.store.definitions.opportunity.relationshipDefinitions.implementationPartners;
    const res = await bff.post({
      ...body,
      relationships: {
        ...body.relationships,
        implementationPartners: [body.relationships.$account],
      },
    });
    expect((await errorOf(res)).code).toBe('definitions_changed');
  });
});

describe('401 and 403 speak to the admin', () => {
  it('names the missing scope for the operation, never the key', async () => {
    const bff = setupBff({ fake: { scopes: ['opportunities:read', 'accounts:read'] } });
    const body = await bff.validBody();
    const res = await bff.post(body);
    expect(res.status).toBe(502);
    const error = await errorOf(res);
    expect(error.code).toBe('upstream_forbidden');
    expect(error.message).toContain('opportunities:create');
    const members = await bff.request('/api/members');
    expect((await errorOf(members)).message).toContain('members:read');
    expect(bff.upstreamCalls('POST', '/v1/opportunities')).toHaveLength(1);
  });

  it('says the key is invalid', async () => {
    const bff = setupBff({ upstream: { apiKey: 'sk_lf_revoked_0001' } });
    const res = await bff.request('/api/definitions');
    const error = await errorOf(res);
    expect(error.code).toBe('upstream_unauthorized');
    expect(error.message).toMatch(/API key is invalid/);
    expect(bff.upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(1);
  });
});
