import { LIGHTFIELD_VERSION } from '../../model/lightfield-types';
import { UpstreamError, parseLightfieldError } from './upstream-error';

export type FetchLike = (request: Request) => Promise<Response>;

export interface UpstreamClientOptions {
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  timeoutMs: number;
}

/** Filters are keyed literally (`$name[startsWith]`); only values are percent-encoded (API.md §8). */
export type Query = Record<string, string | number | undefined>;

export function buildQuery(query: Query): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface UpstreamClient {
  get<T>(operation: string, path: string, query?: Query): Promise<T>;
  post<T>(operation: string, path: string, body: unknown, idempotencyKey?: string): Promise<T>;
}

/**
 * The only way the BFF talks to Lightfield: fixed headers, a timeout, and errors parsed into
 * UpstreamError. Paths are built by the BFF's own routes, never taken from a browser request.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const { baseUrl, apiKey, timeoutMs } = options;

  async function send<T>(operation: string, request: Request): Promise<T> {
    let response: Response;
    try {
      response = await options.fetch(request);
    } catch (error) {
      const timedOut =
        error instanceof DOMException &&
        (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new UpstreamError({ kind: timedOut ? 'timeout' : 'network' }, operation);
    }
    let body: unknown = null;
    try {
      const text = await response.text();
      body = text ? JSON.parse(text) : null;
    } catch (error) {
      if (error instanceof DOMException) throw new UpstreamError({ kind: 'timeout' }, operation);
      // A proxy's HTML error page: keep the status, the body says nothing useful.
      body = null;
    }
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('Retry-After'));
      throw new UpstreamError(
        {
          kind: 'http',
          status: response.status,
          error: parseLightfieldError(body, response.status),
          retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : null,
        },
        operation,
      );
    }
    return body as T;
  }

  const headers = (extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${apiKey}`,
    'Lightfield-Version': LIGHTFIELD_VERSION,
    Accept: 'application/json',
    ...extra,
  });

  return {
    get: (operation, path, query = {}) =>
      send(
        operation,
        new Request(`${baseUrl}${path}${buildQuery(query)}`, {
          method: 'GET',
          headers: headers(),
          signal: AbortSignal.timeout(timeoutMs),
        }),
      ),
    post: (operation, path, body, idempotencyKey) =>
      send(
        operation,
        new Request(`${baseUrl}${path}`, {
          method: 'POST',
          headers: headers({
            'Content-Type': 'application/json',
            ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }),
          }),
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        }),
      ),
  };
}
