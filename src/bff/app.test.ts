import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type {
  AccountOption,
  ApiErrorBody,
  ContactOption,
  CreatedOpportunity,
  ListPayload,
  MemberOption,
} from '../model/api-contract';
import type { FormDefinitions } from '../model/form-definitions';
import { createApp } from './app';
import { scanForSecret } from '../testing/bff-harness';
import { FAST_RETRY } from '../testing/fast-retry';

const KEY = '8a6e0804-2bd0-4672-b79d-d97027f9071b';

function setup() {
  const fake = createFakeLightfield({ apiKey: 'sk_lf_test' });
  const inner = createApp({
    mode: 'live',
    upstream: { baseUrl: fake.baseUrl, apiKey: 'sk_lf_test', fetch: fake.fetch, retry: FAST_RETRY },
  });
  // Every answer in this file is scanned for the key.
  const app = {
    request: async (...args: Parameters<typeof inner.request>) =>
      scanForSecret(await inner.request(...args), 'sk_lf_test'),
  };
  return { fake, app };
}

let fake: ReturnType<typeof setup>['fake'];
let app: ReturnType<typeof setup>['app'];
beforeEach(() => {
  ({ fake, app } = setup());
});

const json = async <T>(res: Response) => (await res.json()) as T;
const upstream = (method: string, path: string) =>
  fake.requests.filter((r) => r.method === method && r.path === path);

async function definitions() {
  return json<FormDefinitions>(await app.request('/api/definitions'));
}

async function validBody() {
  const defs = await definitions();
  const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id;
  return {
    fields: { $name: 'Northbridge – Reservoir sensors', $stage: stage },
    relationships: { $account: WELL_KNOWN.account.id },
  };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/opportunities', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GET /api/health', () => {
  it('reports ok and the mode', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', mode: 'live' });
  });
});

describe('GET /api/definitions', () => {
  it('returns only writable fields and pickable relationships, required first', async () => {
    const defs = await definitions();
    const keys = defs.fields.map((f) => f.key);
    expect(keys.slice(0, 2)).toEqual(['$name', '$stage']);
    expect(keys).not.toContain('$opportunityStatus');
    expect(keys).not.toContain('aiSummary');
    expect(keys).not.toContain('lastEmailHtml');
    expect(defs.relationships.map((r) => r.key)).not.toContain('$task');
    expect(defs.relationships[0]?.key).toBe('$account');
  });

  it('is cached: a second request makes no upstream call', async () => {
    await definitions();
    await definitions();
    expect(upstream('GET', '/v1/opportunities/definitions')).toHaveLength(1);
  });
});

describe('GET /api/accounts', () => {
  it('prefix-searches by name upstream with at most 25 results', async () => {
    const res = await app.request('/api/accounts?q=Northbridge');
    const { data } = await json<ListPayload<AccountOption>>(res);
    expect(data.map((a) => a.name)).toEqual(expect.arrayContaining([WELL_KNOWN.account.name]));
    expect(data.every((a) => a.name.startsWith('Northbridge'))).toBe(true);
    const [call] = upstream('GET', '/v1/accounts');
    expect(call?.rawQuery).toBe('$name[startsWith]=Northbridge&limit=25');
  });

  it('returns one account by id, and 404 for an unknown or malformed id', async () => {
    const res = await app.request(`/api/accounts/${WELL_KNOWN.account.id}`);
    expect((await json<AccountOption>(res)).name).toBe(WELL_KNOWN.account.name);
    expect((await app.request('/api/accounts/acc_nope')).status).toBe(404);
    const before = fake.requests.length;
    expect((await app.request('/api/accounts/..%2F..%2Fv1%2Fmembers')).status).toBe(404);
    expect(fake.requests.length).toBe(before);
  });

  it('rejects an over-long search without calling Lightfield', async () => {
    const res = await app.request(`/api/accounts?q=${'a'.repeat(101)}`);
    expect(res.status).toBe(400);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('GET /api/members and /api/contacts', () => {
  it('returns every member with a display name', async () => {
    const { data } = await json<ListPayload<MemberOption>>(await app.request('/api/members'));
    expect(data).toHaveLength(10);
    expect(data).toContainEqual({
      id: WELL_KNOWN.member.id,
      name: WELL_KNOWN.member.name,
      email: WELL_KNOWN.member.email,
    });
  });

  it('lists the chosen account’s contacts first', async () => {
    const res = await app.request(`/api/contacts?account=${WELL_KNOWN.account.id}`);
    const { data } = await json<ListPayload<ContactOption>>(res);
    expect(data[0]?.accountIds).toContain(WELL_KNOWN.account.id);
    expect(data.map((c) => c.id)).toContain(WELL_KNOWN.contact.id);
  });
});

describe('POST /api/opportunities', () => {
  it('creates the deal with the browser’s Idempotency-Key and returns its link', async () => {
    const body = await validBody();
    const res = await post(body);
    expect(res.status).toBe(200);
    const created = await json<CreatedOpportunity>(res);
    expect(created.name).toBe(body.fields.$name);
    expect(created.httpLink).toMatch(new RegExp(`/opportunities/${created.id}$`));
    const [call] = upstream('POST', '/v1/opportunities');
    expect(call?.body).toEqual(body);
    expect(call?.headers['idempotency-key']).toBe(KEY);
    expect(call?.headers['authorization']).toBe('Bearer sk_lf_test');
    expect(call?.headers['lightfield-version']).toBe('2026-03-01');
  });

  it('requires a UUID v4 Idempotency-Key', async () => {
    const res = await post(await validBody(), { 'Idempotency-Key': 'not-a-uuid' });
    expect(res.status).toBe(400);
    expect((await json<ApiErrorBody>(res)).error.code).toBe('idempotency_key_required');
    expect(upstream('POST', '/v1/opportunities')).toHaveLength(0);
  });

  it('requires JSON', async () => {
    const res = await post('fields=1', { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect((await post('{oops')).status).toBe(400);
  });

  it('validates with the form’s schema and never forwards an invalid body', async () => {
    const res = await post({
      fields: { $name: '', sensorCount: 1.234, bogus: 1 },
      relationships: {},
    });
    expect(res.status).toBe(400);
    const { error } = await json<ApiErrorBody>(res);
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual({
      'fields.$name': 'Name is required',
      'fields.$stage': 'Stage is required',
      'fields.sensorCount': 'Use at most 2 decimal places',
      'fields.bogus': 'This form has no field “bogus”',
      'relationships.$account': 'Account is required',
    });
    expect(upstream('POST', '/v1/opportunities')).toHaveLength(0);
  });

  it('maps a Lightfield error with a param to that control', async () => {
    const body = await validBody();
    const res = await post({ ...body, relationships: { $account: 'acc_doesnotexist' } });
    expect(res.status).toBe(400);
    const { error } = await json<ApiErrorBody>(res);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields ?? {})).toEqual(['relationships.$account']);
  });

  it('refuses a stage outside the sent pipeline on Stage, and never forwards it', async () => {
    const defs = await definitions();
    const options = (key: string) => defs.fields.find((f) => f.key === key)?.options ?? [];
    const renewals = options('$pipeline').find((o) => o.label === 'Renewals');
    const pilot = options('$stage').find((o) => o.label === 'Pilot');
    const body = await validBody();
    const res = await post({
      ...body,
      fields: { ...body.fields, $pipeline: renewals?.id, $stage: pilot?.id },
    });
    expect(res.status).toBe(400);
    const { error } = await json<ApiErrorBody>(res);
    expect(error).toMatchObject({
      code: 'validation_failed',
      fields: { 'fields.$stage': '“Pilot” is not in Sales pipeline “Renewals”' },
    });
    expect(upstream('POST', '/v1/opportunities')).toHaveLength(0);
  });

  it('maps Lightfield’s 422 for a stage outside the pipeline to Stage', async () => {
    const body = await validBody();
    // The org moves the stage to another pipeline after this BFF cached the definitions.
    const stages = fake.store.definitions.opportunity.fieldDefinitions.$stage?.typeConfiguration;
    const moved = stages?.options?.find((o) => o.id === body.fields.$stage);
    if (!moved) throw new Error('the seed lost its first stage');
    moved.parentId = stages?.options?.find((o) => o.label === 'Usage review')?.parentId ?? null;
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = await json<ApiErrorBody>(res);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields ?? {})).toEqual(['fields.$stage']);
    expect(error.fields?.['fields.$stage']).toMatch(/not in the pipeline 'New business'/);
    expect(upstream('POST', '/v1/opportunities')).toHaveLength(1);
  });

  it('answers a bad key as a configuration problem without leaking the key', async () => {
    const wrong = createApp({
      mode: 'live',
      upstream: { baseUrl: fake.baseUrl, apiKey: 'sk_lf_wrong', fetch: fake.fetch },
    });
    const res = await wrong.request('/api/definitions');
    expect(res.status).toBe(502);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('upstream_unauthorized');
    expect(text).not.toContain('sk_lf_wrong');
  });

  it('retries an upstream outage with the same key, then marks it retryable', async () => {
    fake.faults.inject({
      operation: 'createOpportunity',
      kind: 'status-before',
      status: 503,
      times: 100,
    });
    const res = await post(await validBody());
    expect(res.status).toBe(502);
    expect((await json<ApiErrorBody>(res)).error.retryable).toBe(true);
    const calls = upstream('POST', '/v1/opportunities');
    expect(calls.length).toBeGreaterThan(1);
    expect(new Set(calls.map((c) => c.headers['idempotency-key']))).toEqual(new Set([KEY]));
  });
});

describe('everything else', () => {
  it('answers unknown /api paths with a JSON 404 and no upstream call', async () => {
    for (const path of [
      '/api/nope',
      '/api/v1/opportunities',
      '/api',
      '/api/../v1/members',
      '/api/%2e%2e/v1/members',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    }
    const del = await app.request('/api/opportunities', { method: 'DELETE' });
    expect(del.status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });
});
