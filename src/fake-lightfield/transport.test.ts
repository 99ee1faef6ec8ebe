// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from './create-fake-lightfield';
import { asError, lfRequest, send } from '../testing/lightfield-requests';
import { manualClock } from '../testing/fake-clock';

describe('transport rules', () => {
  it('answers 401 without a valid bearer key', async () => {
    const fake = createFakeLightfield();
    const missing = await send(fake, 'GET', '/v1/members', { headers: { Authorization: null } });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { type: 'unauthorized', message: expect.any(String) } });
    const wrong = await send(fake, 'GET', '/v1/members', {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
  });

  it('answers 400 version_header without the exact Lightfield-Version', async () => {
    const fake = createFakeLightfield();
    for (const version of [null, '2025-01-01']) {
      const answer = await send(fake, 'GET', '/v1/auth/validate', {
        headers: { 'Lightfield-Version': version },
      });
      expect(answer.status).toBe(400);
      expect(asError(answer)).toMatchObject({ type: 'bad_request', code: 'version_header' });
    }
  });

  it('answers 415 for a POST without a JSON content type', async () => {
    const fake = createFakeLightfield();
    const before = fake.store.count('account');
    const answer = await send(fake, 'POST', '/v1/accounts', {
      body: { fields: { $name: 'X' } },
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(answer.status).toBe(415);
    expect(asError(answer).type).toBe('unsupported_media_type');
    expect(fake.store.count('account')).toBe(before);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const fake = createFakeLightfield();
    const request = new Request(lfRequest(fake, 'POST', '/v1/accounts'), { body: '{nope' });
    const response = await fake.fetch(request);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_request',
    );
  });

  it('validates the key and reports its scopes', async () => {
    expect((await send(createFakeLightfield(), 'GET', '/v1/auth/validate')).body).toEqual({
      active: true,
      tokenType: 'api_key',
      subjectType: 'workspace',
      scopes: [],
    });
    const limited = createFakeLightfield({ scopes: ['accounts:read'], apiKey: 'sk_lf_other' });
    expect((await send(limited, 'GET', '/v1/auth/validate')).body).toMatchObject({
      scopes: ['accounts:read'],
    });
    expect((await send(limited, 'GET', '/v1/accounts?limit=1')).status).toBe(200);
    const forbidden = await send(limited, 'GET', '/v1/members');
    expect(forbidden.status).toBe(403);
    expect(asError(forbidden).type).toBe('forbidden');
  });

  it('serves definitions for opportunities, accounts and contacts', async () => {
    const fake = createFakeLightfield();
    for (const type of ['opportunities', 'accounts', 'contacts'] as const) {
      const answer = await send(fake, 'GET', `/v1/${type}/definitions`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ fieldDefinitions: expect.any(Object) });
    }
  });

  it('answers unknown routes with a 404 envelope', async () => {
    const fake = createFakeLightfield();
    const unknown = await send(fake, 'GET', '/v1/widgets');
    expect(unknown.status).toBe(404);
    expect(asError(unknown).type).toBe('not_found');
    const otherHost = await fake.fetch(new Request('https://elsewhere.example/v1/x'));
    expect(otherHost.status).toBe(404);
    expect(await otherHost.json()).toMatchObject({ error: { type: 'not_found' } });
  });

  it('puts rate-limit headers on every response', async () => {
    const fake = createFakeLightfield();
    for (const answer of [
      await send(fake, 'GET', '/v1/members'),
      await send(fake, 'GET', '/v1/members', { headers: { Authorization: null } }),
    ]) {
      expect(answer.headers.get('X-RateLimit-Limit')).toBe('25');
      expect(answer.headers.get('X-RateLimit-Remaining')).toMatch(/^\d+$/);
      expect(answer.headers.get('X-RateLimit-Reset')).toMatch(/^\d+$/);
    }
  });

  it('enforces the per-category limit with 429 and Retry-After', async () => {
    const clock = manualClock('2026-11-20T10:00:00.400Z');
    const fake = createFakeLightfield({ rateLimitPerSecond: 2, now: clock.now });
    expect((await send(fake, 'GET', '/v1/accounts')).headers.get('X-RateLimit-Remaining')).toBe(
      '1',
    );
    expect((await send(fake, 'GET', '/v1/accounts')).status).toBe(200);
    const limited = await send(fake, 'GET', '/v1/accounts');
    expect(limited.status).toBe(429);
    expect(asError(limited).type).toBe('too_many_requests');
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0');
    // Other categories have their own bucket.
    expect((await send(fake, 'GET', '/v1/accounts/definitions')).status).toBe(200);
    clock.advance(1000);
    expect((await send(fake, 'GET', '/v1/accounts')).status).toBe(200);
  });

  it('logs every request for assertions and clears the log on reset', async () => {
    const fake = createFakeLightfield();
    const seededAccounts = fake.store.count('account');
    await send(fake, 'GET', '/v1/accounts?$name[startsWith]=North%20B&limit=5');
    await send(fake, 'POST', '/v1/accounts', { body: { fields: { $name: 'Logged Inc' } } });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]).toMatchObject({
      method: 'GET',
      path: '/v1/accounts',
      rawQuery: '$name[startsWith]=North%20B&limit=5',
      query: { '$name[startsWith]': 'North B', limit: '5' },
      body: undefined,
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk_lf_demo');
    expect(fake.requests[1]?.body).toEqual({ fields: { $name: 'Logged Inc' } });
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    expect(fake.store.count('account')).toBe(seededAccounts);
  });

  it('rejects like real fetch when the request is aborted', async () => {
    const fake = createFakeLightfield();
    fake.faults.inject({ operation: 'read', kind: 'delay', delayMs: 200 });
    const controller = new AbortController();
    const pending = fake.fetch(
      new Request(lfRequest(fake, 'GET', '/v1/auth/validate'), { signal: controller.signal }),
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
