import { afterEach, describe, expect, it } from 'vitest';
import type { DuplicateCheckResponse } from '../model/api-contract';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import { setupBff } from '../testing/bff-harness';

describe('GET /api/duplicates (find-or-create, API.md §7.4)', () => {
  const { fake, post, validBody, request, upstreamCalls } = setupBff();
  afterEach(() => fake.reset());

  const check = async (name: string, accountId: string) => {
    const res = await request(
      `/api/duplicates?name=${encodeURIComponent(name)}&accountId=${encodeURIComponent(accountId)}`,
    );
    return { status: res.status, body: (await res.json()) as DuplicateCheckResponse };
  };

  it('finds a deal with the same name on the same account, with its link and the account name', async () => {
    const body = await validBody();
    expect((await post(body)).status).toBe(200);
    const { status, body: found } = await check(body.fields.$name, WELL_KNOWN.account.id);
    expect(status).toBe(200);
    expect(found.data).toHaveLength(1);
    expect(found.data[0]?.name).toBe(body.fields.$name);
    expect(found.data[0]?.httpLink).toMatch(/^https:\/\//);
    expect(found.accountName).toBe(WELL_KNOWN.account.name);
    const lists = upstreamCalls('GET', '/v1/opportunities');
    expect(lists.at(-1)?.query['$name[equal]']).toBe(body.fields.$name);
  });

  it('ignores a deal with the same name on another account', async () => {
    const body = await validBody();
    expect((await post(body)).status).toBe(200);
    const { body: found } = await check(body.fields.$name, 'acc_someone_else');
    expect(found).toEqual({ data: [], accountName: null });
  });

  it('rejects a missing name or a malformed account id', async () => {
    expect((await request('/api/duplicates?accountId=acc_1')).status).toBe(400);
    expect((await request('/api/duplicates?name=x&accountId=../x')).status).toBe(400);
  });
});
