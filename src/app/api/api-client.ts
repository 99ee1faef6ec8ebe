import type { ApiErrorBody, ApiErrorCode } from '../../model/api-contract';
import { isRecord } from '../lib/is-record';

/** The BFF's codes, plus what the browser itself can observe going wrong. */
export type ClientErrorCode = ApiErrorCode | 'network_error' | 'invalid_response' | 'http_error';

// Statuses worth retrying with the same Idempotency-Key when no BFF error body says otherwise.
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);

export interface ApiErrorInit {
  status: number;
  code: ClientErrorCode;
  message: string;
  fields?: Record<string, string> | undefined;
  retryable?: boolean | undefined;
  requestId?: string | undefined;
}

/** Every failed BFF call, whatever went wrong, so callers branch on one shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** 0 when no response arrived. */
  readonly status: number;
  readonly code: ClientErrorCode;
  /** Per-control messages keyed `fields.<key>` / `relationships.<key>`. */
  readonly fields: Record<string, string>;
  readonly retryable: boolean;
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? {};
    this.retryable = init.retryable ?? RETRYABLE_STATUSES.has(init.status);
    this.requestId = init.requestId;
  }
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return (
    isRecord(body) &&
    isRecord(body.error) &&
    typeof body.error.code === 'string' &&
    typeof body.error.message === 'string'
  );
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  if (isApiErrorBody(body)) {
    const { error } = body;
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message,
      fields: stringRecord(error.fields),
      // The BFF says what is worth retrying; its status alone does not (config errors are 502s).
      retryable: error.retryable === true,
      requestId: error.requestId ?? headerRequestId,
    });
  }
  // A proxy or the dev server answered instead of the BFF: no contract, so say what we know.
  return new ApiError({
    status: response.status,
    code: 'http_error',
    message: `The server answered with an unexpected error (HTTP ${response.status}).`,
    requestId: headerRequestId,
  });
}

// Node's fetch (tests, SSR) rejects relative URLs; the browser resolves them the same way.
const resolve = (path: string) =>
  typeof document === 'undefined' ? path : new URL(path, document.baseURI).href;

/**
 * Calls the BFF and returns its JSON, or throws an `ApiError`. Aborts are rethrown untouched so
 * React Query can tell a cancelled request from a failed one.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  let response: Response;
  try {
    response = await fetch(resolve(path), { ...init, headers });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message: 'Could not reach the server. Check your connection.',
      retryable: true,
    });
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorFromResponse(response, body);
  if (body === undefined) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      message: 'The server sent a response this page could not read.',
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  return body as T;
}
