// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTFIELD_VERSION } from '../model/lightfield-types';
import { createFakeLightfield } from './create-fake-lightfield';
import { WELL_KNOWN } from './seed';

describe('handlers with msw setupServer', () => {
  const fake = createFakeLightfield();
  const server = setupServer(...fake.handlers);
  const headers = {
    Authorization: `Bearer ${fake.apiKey}`,
    'Lightfield-Version': LIGHTFIELD_VERSION,
  };

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => fake.reset());
  afterAll(() => server.close());

  it('intercepts global fetch to the base URL', async () => {
    const response = await fetch(`https://api.lightfield.app/v1/members/${WELL_KNOWN.member.id}`, {
      headers,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: WELL_KNOWN.member.id });
    expect(fake.requests).toHaveLength(1);
  });

  it('creates through intercepted fetch and answers unknown paths with 404', async () => {
    const created = await fetch('https://api.lightfield.app/v1/accounts', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: { $name: 'Intercepted Ltd' } }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    expect(fake.store.has('account', id)).toBe(true);
    const unknown = await fetch('https://api.lightfield.app/v1/nothing-here', { headers });
    expect(unknown.status).toBe(404);
  });

  it('turns reset faults into a rejected fetch', async () => {
    fake.faults.inject({ operation: 'search', kind: 'reset-before' });
    await expect(fetch('https://api.lightfield.app/v1/accounts', { headers })).rejects.toThrow(
      TypeError,
    );
  });
});
