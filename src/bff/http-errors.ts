import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../model/api-contract';
import type { FormDefinitions } from '../model/form-definitions';
import type { UpstreamError } from './lightfield/upstream-error';

type ErrorExtra = Omit<ApiErrorBody['error'], 'code' | 'message' | 'requestId'>;

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  extra: ErrorExtra = {},
) {
  const requestId = c.get('requestId') as string | undefined;
  const body: ApiErrorBody = {
    error: { code, message, ...extra, ...(requestId && { requestId }) },
  };
  return c.json(body, status);
}

/**
 * Lightfield's `param` names a control as `fields.<key>` or `relationships.<key>`, sometimes
 * without the `$` of system keys (API.md §9), so match both spellings.
 */
export function controlForParam(
  param: string | undefined,
  defs: FormDefinitions | null,
): string | null {
  const m = param ? /^(fields|relationships)\.(.+)$/.exec(param) : null;
  if (!m?.[1] || !m[2]) return null;
  const [, group, key] = m;
  if (!defs) return `${group}.${key}`;
  const keys = (group === 'fields' ? defs.fields : defs.relationships).map((d) => d.key);
  const match = [key, `$${key}`, key.replace(/^\$/, '')].find((k) => keys.includes(k));
  return `${group}.${match ?? key}`;
}

/** Turns a failed Lightfield call into an answer the browser can act on; never leaks the key. */
export function upstreamErrorResponse(
  c: Context,
  error: UpstreamError,
  defs: FormDefinitions | null,
) {
  const f = error.failure;
  if (f.kind === 'timeout') {
    return apiError(c, 504, 'upstream_unavailable', 'Lightfield did not answer in time.', {
      retryable: true,
    });
  }
  if (f.kind === 'network') {
    return apiError(c, 502, 'upstream_unavailable', 'Lightfield could not be reached.', {
      retryable: true,
    });
  }
  const { status, error: e } = f;
  if (status === 400 || status === 422) {
    const control = controlForParam(e.param, defs);
    if (control) {
      return apiError(c, 400, 'validation_failed', e.message, { fields: { [control]: e.message } });
    }
    return apiError(c, 400, 'upstream_rejected', `Lightfield rejected the request: ${e.message}`);
  }
  if (status === 401) {
    return apiError(
      c,
      502,
      'upstream_unauthorized',
      'Lightfield rejected this server’s API key. An admin needs to check LIGHTFIELD_API_KEY.',
    );
  }
  if (status === 403) {
    return apiError(
      c,
      502,
      'upstream_forbidden',
      `The API key lacks a permission this form needs (${error.operation.replace('.', ':')}). An admin needs to add the scope.`,
    );
  }
  if (status === 404) return apiError(c, 404, 'not_found', 'Lightfield has no such record.');
  if (status === 429) {
    if (f.retryAfterSeconds !== null)
      c.header('Retry-After', String(Math.ceil(f.retryAfterSeconds)));
    return apiError(c, 429, 'upstream_rate_limited', 'Lightfield is busy right now.', {
      retryable: true,
    });
  }
  // 409 here is an Idempotency-Key still in flight: the same request will succeed later.
  return apiError(
    c,
    status === 409 ? 503 : 502,
    'upstream_unavailable',
    'Lightfield had a problem.',
    {
      retryable: true,
    },
  );
}
