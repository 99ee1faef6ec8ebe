// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTFIELD_VERSION } from '../model/lightfield-types';
import { createFakeLightfield } from './create-fake-lightfield';
import { WELL_KNOWN } from './seed';
import { serveFakeLightfield, type ServedFakeLightfield } from './serve-fake-lightfield';

describe('serveFakeLightfield', () => {
  const fake = createFakeLightfield();
  let served: ServedFakeLightfield;
  const headers = {
    Authorization: `Bearer ${fake.apiKey}`,
    'Lightfield-Version': LIGHTFIELD_VERSION,
  };

  beforeAll(async () => {
    served = await serveFakeLightfield({ fake });
  });
  afterAll(async () => {
    await served.close();
  });

  it('listens on a free loopback port and answers over real HTTP', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(
      `${served.url}/v1/accounts?$name[startsWith]=Northbridge%20W&limit=5`,
      { headers },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('25');
    const body = (await response.json()) as { data: Array<{ id: string }>; totalCount: number };
    expect(body.data.map((r) => r.id)).toEqual([WELL_KNOWN.account.id]);
    expect(fake.requests.at(-1)?.rawQuery).toBe('$name[startsWith]=Northbridge%20W&limit=5');
  });

  it('forwards POST bodies and error statuses', async () => {
    const response = await fetch(`${served.url}/v1/opportunities`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': 'http-1' },
      body: JSON.stringify({ fields: { $name: 'Over HTTP' }, relationships: {} }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'parameter_missing' } });
  });

  it('drops the connection for a simulated network error', async () => {
    fake.faults.inject({ operation: 'read', kind: 'reset-before' });
    const failure = await fetch(`${served.url}/v1/auth/validate`, { headers }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    const after = await fetch(`${served.url}/v1/auth/validate`, { headers });
    expect(after.status).toBe(200);
  });
});
