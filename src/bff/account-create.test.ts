import { describe, expect, it } from 'vitest';
import type { AccountOption, ApiErrorBody } from '../model/api-contract';
import { APP_ORIGIN, IDEMPOTENCY_KEY, setupBff } from '../testing/bff-harness';

const OTHER_KEY = '1c0f7a52-9d3e-4b6a-8f21-5e7d9c4b3a10';

function setup() {
  const bff = setupBff();
  const create = (body: unknown, headers: Record<string, string> = {}) =>
    bff.request('/api/accounts', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': IDEMPOTENCY_KEY,
        Origin: APP_ORIGIN,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const accountsNamed = (name: string) =>
    bff.fake.store.entries('account').filter((e) => e.record.fields.$name?.value === name);
  return { ...bff, create, accountsNamed };
}

describe('POST /api/accounts', () => {
  it('looks the exact name up, then creates once with the browser’s Idempotency-Key', async () => {
    const { create, upstreamCalls, accountsNamed } = setup();
    const res = await create({ name: '  Halcyon Water Works ' });
    expect(res.status).toBe(200);
    const account = (await res.json()) as AccountOption;
    expect(account.name).toBe('Halcyon Water Works');
    expect(accountsNamed('Halcyon Water Works').map((e) => e.record.id)).toEqual([account.id]);

    const [lookup] = upstreamCalls('GET', '/v1/accounts');
    expect(lookup?.query['$name[equal]']).toBe('Halcyon Water Works');
    const posts = upstreamCalls('POST', '/v1/accounts');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ fields: { $name: 'Halcyon Water Works' } });
    expect(posts[0]?.headers['idempotency-key']).toBe(IDEMPOTENCY_KEY);
  });

  it('finds the account a second call names instead of creating another', async () => {
    const { create, upstreamCalls, accountsNamed } = setup();
    const first = (await (await create({ name: 'Halcyon Water Works' })).json()) as AccountOption;
    const res = await create({ name: 'Halcyon Water Works' }, { 'Idempotency-Key': OTHER_KEY });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AccountOption).id).toBe(first.id);
    expect(upstreamCalls('POST', '/v1/accounts')).toHaveLength(1);
    expect(accountsNamed('Halcyon Water Works')).toHaveLength(1);
  });

  it('retries a create that failed after commit with the same key, and makes one account', async () => {
    const { fake, create, upstreamCalls, accountsNamed } = setup();
    fake.faults.inject({ operation: 'createAccount', kind: 'status-after', status: 503 });
    const res = await create({ name: 'Halcyon Water Works' });
    expect(res.status).toBe(200);
    const posts = upstreamCalls('POST', '/v1/accounts');
    expect(posts.length).toBeGreaterThan(1);
    expect(new Set(posts.map((p) => p.headers['idempotency-key']))).toEqual(
      new Set([IDEMPOTENCY_KEY]),
    );
    expect(accountsNamed('Halcyon Water Works')).toHaveLength(1);
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['no name', {}],
    ['an extra key', { name: 'Halcyon', website: 'x' }],
    ['a name that is not text', { name: 42 }],
    ['an over-long name', { name: 'x'.repeat(201) }],
  ])('rejects %s with a 400 and calls Lightfield not at all', async (_, body) => {
    const { create, fake } = setup();
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('validation_failed');
    expect(fake.requests).toHaveLength(0);
  });

  it('requires a UUID v4 Idempotency-Key', async () => {
    const { create, fake } = setup();
    const res = await create({ name: 'Halcyon' }, { 'Idempotency-Key': 'nope' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ApiErrorBody).error.code).toBe('idempotency_key_required');
    expect(fake.requests).toHaveLength(0);
  });
});
