import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from '../../fake-lightfield/create-fake-lightfield';
import { buildQuery, createUpstreamClient, type FetchLike } from './upstream-client';
import { UpstreamError, parseLightfieldError } from './upstream-error';

function clientFor(fetch: FetchLike, timeoutMs = 2_000) {
  return createUpstreamClient({
    baseUrl: 'https://api.lightfield.app',
    apiKey: 'sk_lf_test',
    fetch,
    timeoutMs,
  });
}

const captured = async (call: (fetch: FetchLike) => Promise<unknown>) => {
  const seen: Request[] = [];
  await call(async (request) => {
    seen.push(request);
    return Response.json({ ok: true });
  });
  return seen;
};

describe('upstream client', () => {
  it('sends the required headers on GET, and no content type', async () => {
    const [request] = await captured((fetch) =>
      clientFor(fetch).get('members.list', '/v1/members', { limit: 25 }),
    );
    expect(request?.url).toBe('https://api.lightfield.app/v1/members?limit=25');
    expect(request?.headers.get('Authorization')).toBe('Bearer sk_lf_test');
    expect(request?.headers.get('Lightfield-Version')).toBe('2026-03-01');
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.headers.get('Content-Type')).toBeNull();
  });

  it('sends JSON, the content type and the Idempotency-Key on POST', async () => {
    const [request] = await captured((fetch) =>
      clientFor(fetch).post('opportunities.create', '/v1/opportunities', { fields: {} }, 'key-1'),
    );
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('Idempotency-Key')).toBe('key-1');
    expect(await request?.json()).toEqual({ fields: {} });
  });

  it('keeps filter keys literal and percent-encodes values (spaces as %20)', () => {
    expect(buildQuery({ '$name[startsWith]': 'Acme & Co', limit: 10, offset: undefined })).toBe(
      '?$name[startsWith]=Acme%20%26%20Co&limit=10',
    );
  });

  it('parses wrapped and flat error bodies', async () => {
    expect(
      parseLightfieldError(
        { error: { type: 'bad_request', message: 'm', code: 'c', param: 'fields.x' } },
        400,
      ),
    ).toEqual({
      type: 'bad_request',
      message: 'm',
      code: 'c',
      param: 'fields.x',
    });
    expect(parseLightfieldError({ type: 'unauthorized', message: 'flat' }, 401)).toEqual({
      type: 'unauthorized',
      message: 'flat',
    });
    expect(parseLightfieldError('<html>', 502)).toEqual({
      type: 'http_502',
      message: 'Lightfield answered 502',
    });
  });

  it('turns error answers into UpstreamError with status and Retry-After', async () => {
    const client = clientFor(async () =>
      Response.json(
        { error: { type: 'too_many_requests', message: 'slow down' } },
        { status: 429, headers: { 'Retry-After': '2' } },
      ),
    );
    const error = await client.get('accounts.list', '/v1/accounts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).failure).toEqual({
      kind: 'http',
      status: 429,
      error: { type: 'too_many_requests', message: 'slow down' },
      retryAfterSeconds: 2,
    });
  });

  it('times out a call that does not answer', async () => {
    const hang: FetchLike = (request) =>
      new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const error = await clientFor(hang, 50)
      .get('members.list', '/v1/members')
      .catch((e: unknown) => e);
    expect((error as UpstreamError).failure).toEqual({ kind: 'timeout' });
  });

  it('reports a connection failure as a network error', async () => {
    const error = await clientFor(() => Promise.reject(new TypeError('fetch failed')))
      .get('members.list', '/v1/members')
      .catch((e: unknown) => e);
    expect((error as UpstreamError).failure).toEqual({ kind: 'network' });
  });

  it('is accepted by the fake Lightfield, which checks every header', async () => {
    const fake = createFakeLightfield();
    const client = createUpstreamClient({
      baseUrl: fake.baseUrl,
      apiKey: fake.apiKey,
      fetch: fake.fetch,
      timeoutMs: 2_000,
    });
    const page = await client.get<{ data: unknown[] }>('members.list', '/v1/members', {
      limit: 25,
      offset: 0,
    });
    expect(page.data).toHaveLength(10);
    const wrongKey = createUpstreamClient({
      baseUrl: fake.baseUrl,
      apiKey: 'wrong',
      fetch: fake.fetch,
      timeoutMs: 2_000,
    });
    const error = await wrongKey.get('members.list', '/v1/members').catch((e: unknown) => e);
    expect((error as UpstreamError).status).toBe(401);
  });
});
