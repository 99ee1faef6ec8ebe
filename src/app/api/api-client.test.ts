import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, apiFetch } from './api-client';

// The BFF never sends malformed answers, so these cases stub fetch instead of using it.
const answer = (body: string, status: number, headers: Record<string, string> = {}) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers })),
  );

const failure = async (promise: Promise<unknown>): Promise<ApiError> => {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
};

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  test('reads the BFF error body into a typed ApiError', async () => {
    answer(
      JSON.stringify({
        error: {
          code: 'validation_failed',
          message: 'Some fields need attention.',
          fields: { 'fields.$name': 'Name is required' },
          requestId: 'req-1',
        },
      }),
      400,
    );
    const error = await failure(apiFetch('/api/opportunities'));
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Some fields need attention.',
      fields: { 'fields.$name': 'Name is required' },
      retryable: false,
      requestId: 'req-1',
    });
  });

  test('trusts the body over the status about retrying', async () => {
    answer(JSON.stringify({ error: { code: 'upstream_forbidden', message: 'No scope' } }), 502);
    expect((await failure(apiFetch('/api/x'))).retryable).toBe(false);
  });

  test('an error page that is not JSON still becomes an ApiError', async () => {
    answer('<html>Bad gateway</html>', 502, { 'X-Request-Id': 'edge-9' });
    const error = await failure(apiFetch('/api/x'));
    expect(error).toMatchObject({ status: 502, code: 'http_error', retryable: true });
    expect(error.requestId).toBe('edge-9');
  });

  test('a 200 that is not JSON is an invalid response', async () => {
    answer('<!doctype html>', 200);
    expect((await failure(apiFetch('/api/x'))).code).toBe('invalid_response');
  });

  test('a network failure is retryable and says so plainly', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(apiFetch('/api/x'));
    expect(error).toMatchObject({ status: 0, code: 'network_error', retryable: true });
    expect(error.message).toMatch(/connection/);
  });

  test('an abort is passed through untouched for React Query', async () => {
    const controller = new AbortController();
    const reason = new DOMException('aborted', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        controller.abort(reason);
        throw reason;
      }),
    );
    await expect(apiFetch('/api/x', { signal: controller.signal })).rejects.toBe(reason);
  });
});
