import { describe, expect, it } from 'vitest';
import type { AccountOption, ListPayload } from '../model/api-contract';
import { DEFINITIONS_STALE_MS, DEFINITIONS_TTL_MS } from './definitions-cache';
import { SEARCH_TTL_MS } from './read-caches';
import { setupBff } from '../testing/bff-harness';
import { fakeClock } from '../testing/fake-clock';

describe('definitions', () => {
  it('carry an ETag; revalidation is a 304 with no body and no upstream call', async () => {
    const { request, upstreamCalls } = setupBff();
    const first = await request('/api/definitions');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await request('/api/definitions', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    const weak = await request('/api/definitions', {
      headers: { 'If-None-Match': `"x", W/${etag}` },
    });
    expect(weak.status).toBe(304);
    const other = await request('/api/definitions', { headers: { 'If-None-Match': '"stale"' } });
    expect(other.status).toBe(200);
    expect(upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(1);
  });

  it('are refreshed in the background after the TTL while the old copy is served', async () => {
    const clock = fakeClock();
    const { request, upstreamCalls, fake } = setupBff({ clock });
    const etag = (await request('/api/definitions')).headers.get('ETag');
    fake.store.definitions.opportunity.fieldDefinitions.primaryUseCase!.label = 'Main use case';
    clock.advance(DEFINITIONS_TTL_MS + 1);
    const stale = await request('/api/definitions');
    expect(stale.headers.get('ETag')).toBe(etag);
    await new Promise((r) => setTimeout(r, 20));
    const fresh = await request('/api/definitions');
    expect(fresh.headers.get('ETag')).not.toBe(etag);
    expect(await fresh.text()).toContain('Main use case');
    expect(upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(2);
    clock.advance(DEFINITIONS_TTL_MS + DEFINITIONS_STALE_MS + 1);
    await request('/api/definitions');
    expect(upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(3);
  });

  it('identical concurrent loads are one upstream call', async () => {
    const { request, upstreamCalls } = setupBff();
    await Promise.all(Array.from({ length: 20 }, () => request('/api/definitions')));
    expect(upstreamCalls('GET', '/v1/opportunities/definitions')).toHaveLength(1);
  });
});

describe('members', () => {
  it('are loaded once (all pages) and served from memory', async () => {
    const { request, upstreamCalls } = setupBff();
    for (let i = 0; i < 5; i++) expect((await request('/api/members')).status).toBe(200);
    expect(upstreamCalls('GET', '/v1/members')).toHaveLength(1);
  });
});

describe('searches', () => {
  it('identical searches in flight share one upstream call, and later ones hit the cache', async () => {
    const { request, upstreamCalls, fake } = setupBff();
    fake.faults.inject({ operation: 'search', kind: 'delay', delayMs: 30 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => request('/api/accounts?q=Northbridge')),
    );
    const bodies = await Promise.all(
      answers.map((r) => r.json() as Promise<ListPayload<AccountOption>>),
    );
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    await request('/api/accounts?q=Northbridge');
    expect(upstreamCalls('GET', '/v1/accounts')).toHaveLength(1);
  });

  it('are keyed by the normalised text', async () => {
    const { request, upstreamCalls } = setupBff();
    for (const q of ['Northbridge', '  Northbridge ', 'Northbridge%20', 'North%20%20bridge']) {
      await request(`/api/accounts?q=${q}`);
    }
    const calls = upstreamCalls('GET', '/v1/accounts').map((c) => c.query['$name[startsWith]']);
    expect(calls).toEqual(['Northbridge', 'North bridge']);
  });

  it('expire after a short while', async () => {
    const clock = fakeClock();
    const { request, upstreamCalls } = setupBff({ clock });
    await request('/api/contacts?q=Ing');
    await request('/api/contacts?q=Ing');
    expect(upstreamCalls('GET', '/v1/contacts')).toHaveLength(1);
    clock.advance(SEARCH_TTL_MS * 3);
    await request('/api/contacts?q=Ing');
    expect(upstreamCalls('GET', '/v1/contacts')).toHaveLength(2);
  });
});

describe('the org’s rate limit', () => {
  it('is respected by queueing: a burst of different searches gets no 429 from Lightfield', async () => {
    const { request, upstreamCalls } = setupBff({
      fake: { rateLimitPerSecond: 4 },
      upstream: { ratePerSecond: 4, retry: { budgetMs: 10_000 } },
    });
    const queries = Array.from({ length: 10 }, (_, i) => `Acc${i}`);
    const answers = await Promise.all(queries.map((q) => request(`/api/accounts?q=${q}`)));
    expect(answers.map((r) => r.status)).toEqual(queries.map(() => 200));
    // No call was repeated: none was refused with a 429.
    expect(upstreamCalls('GET', '/v1/accounts')).toHaveLength(10);
  });

  it('waits for the next window when Lightfield reports the bucket empty', async () => {
    const clock = fakeClock();
    // The fake's windows follow the same clock; it allows one search a second, so its first
    // answer says `X-RateLimit-Remaining: 0` (as when other clients of the org used the rest).
    const { request, upstreamCalls } = setupBff({
      clock,
      fake: { rateLimitPerSecond: 1, now: () => new Date(clock.now()) },
    });
    await request('/api/accounts?q=A');
    const before = clock.now();
    expect((await request('/api/accounts?q=B')).status).toBe(200);
    expect(clock.now() - before).toBeGreaterThanOrEqual(1_000);
    // Waited instead of collecting a 429 and retrying.
    expect(upstreamCalls('GET', '/v1/accounts')).toHaveLength(2);
  });
});
