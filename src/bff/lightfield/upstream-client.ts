import { LIGHTFIELD_VERSION } from '../../model/lightfield-types';
import type { Operation } from './operations';
import { UpstreamError, parseLightfieldError, type UpstreamFailure } from './upstream-error';

export type FetchLike = (request: Request) => Promise<Response>;

/** What one call to Lightfield did: for the request log and the rate limiter. */
export interface UpstreamAttempt {
  operation: Operation;
  method: 'GET' | 'POST';
  /** Without the query: search text stays out of the logs. */
  path: string;
  /** Null when no answer arrived. */
  status: number | null;
  failure: UpstreamFailure['kind'] | null;
  durationMs: number;
  /** `X-RateLimit-Remaining` when Lightfield sent it (API.md §11). */
  rateLimitRemaining: number | null;
}

export interface UpstreamClientOptions {
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  timeoutMs: number;
  onAttempt?: (attempt: UpstreamAttempt) => void;
}

/** Filters are keyed literally (`$name[startsWith]`); only values are percent-encoded (API.md §8). */
export type Query = Record<string, string | number | undefined>;

export function buildQuery(query: Query): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export interface CallOptions {
  /** Overrides the client's timeout for this call (the retry budget may leave less). */
  timeoutMs?: number;
  /** 1 = no retries (readiness probes want a quick answer). */
  maxAttempts?: number;
}

export interface UpstreamClient {
  get<T>(operation: Operation, path: string, query?: Query, options?: CallOptions): Promise<T>;
  post<T>(
    operation: Operation,
    path: string,
    body: unknown,
    idempotencyKey?: string,
    options?: CallOptions,
  ): Promise<T>;
}

const numberHeader = (response: Response, name: string): number | null => {
  const raw = response.headers.get(name);
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/**
 * One call to Lightfield: fixed headers, a timeout, and errors parsed into UpstreamError. Paths
 * and queries are built by the BFF's own code, never taken from a browser request. Retries and
 * rate limiting wrap this (resilient-client.ts).
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const { baseUrl, apiKey } = options;

  async function send<T>(
    operation: Operation,
    method: 'GET' | 'POST',
    path: string,
    request: Request,
  ): Promise<T> {
    const started = performance.now();
    const report = (status: number | null, failure: UpstreamFailure | null, res?: Response) =>
      options.onAttempt?.({
        operation,
        method,
        path,
        status,
        failure: failure?.kind ?? null,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        rateLimitRemaining: res ? numberHeader(res, 'X-RateLimit-Remaining') : null,
      });
    const fail = (failure: UpstreamFailure, res?: Response): never => {
      report(failure.kind === 'http' ? failure.status : null, failure, res);
      throw new UpstreamError(failure, operation);
    };

    let response: Response;
    try {
      response = await options.fetch(request);
    } catch (error) {
      const timedOut =
        error instanceof DOMException &&
        (error.name === 'TimeoutError' || error.name === 'AbortError');
      return fail({ kind: timedOut ? 'timeout' : 'network' });
    }
    let body: unknown = null;
    try {
      const text = await response.text();
      body = text ? JSON.parse(text) : null;
    } catch (error) {
      if (error instanceof DOMException) return fail({ kind: 'timeout' }, response);
      // A connection cut mid-body is a network failure; an HTML error page is just a status.
      if (error instanceof TypeError) return fail({ kind: 'network' }, response);
      body = null;
    }
    if (!response.ok) {
      return fail(
        {
          kind: 'http',
          status: response.status,
          error: parseLightfieldError(body, response.status),
          retryAfterSeconds: numberHeader(response, 'Retry-After'),
        },
        response,
      );
    }
    report(response.status, null, response);
    return body as T;
  }

  const headers = (extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${apiKey}`,
    'Lightfield-Version': LIGHTFIELD_VERSION,
    Accept: 'application/json',
    ...extra,
  });
  const signal = (call?: CallOptions) => AbortSignal.timeout(call?.timeoutMs ?? options.timeoutMs);

  return {
    get: (operation, path, query = {}, call) =>
      send(
        operation,
        'GET',
        path,
        new Request(`${baseUrl}${path}${buildQuery(query)}`, {
          method: 'GET',
          headers: headers(),
          signal: signal(call),
        }),
      ),
    post: (operation, path, body, idempotencyKey, call) =>
      send(
        operation,
        'POST',
        path,
        new Request(`${baseUrl}${path}`, {
          method: 'POST',
          headers: headers({
            'Content-Type': 'application/json',
            ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }),
          }),
          body: JSON.stringify(body),
          signal: signal(call),
        }),
      ),
  };
}
