import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../model/api-contract';
import type { FormDefinitions } from '../model/form-definitions';
import { OPERATIONS } from './lightfield/operations';
import type { UpstreamError } from './lightfield/upstream-error';

type ErrorExtra = Omit<ApiErrorBody['error'], 'code' | 'message' | 'requestId'>;

/** The one error shape of `/api` (README, "BFF API"): JSON, typed code, request id, no stack. */
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
function controlForParam(param: string | undefined, defs: FormDefinitions | null): string | null {
  const m = param ? /^(fields|relationships)\.(.+)$/.exec(param) : null;
  if (!m?.[1] || !m[2]) return null;
  const [, group, key] = m;
  if (!defs) return `${group}.${key}`;
  const keys = (group === 'fields' ? defs.fields : defs.relationships).map((d) => d.key);
  const match = [key, `$${key}`, key.replace(/^\$/, '')].find((k) => keys.includes(k));
  return `${group}.${match ?? key}`;
}

/** Lightfield no longer knows a key the form sent: the cached definitions are out of date. */
export function isDefinitionsDrift(error: UpstreamError): boolean {
  const f = error.failure;
  return (
    f.kind === 'http' &&
    (f.status === 400 || f.status === 422) &&
    (f.error.code === 'unknown_field' || f.error.code === 'unknown_relationship')
  );
}

const UNSURE_CREATE =
  'The deal may not have been saved. Trying again is safe: it cannot be created twice.';

/**
 * Turns a failed Lightfield call (after the BFF's own retries) into an answer the browser can
 * act on. Messages for 401/403 are written for the admin. Lightfield's own message and `param`
 * are relayed through `scrub`: a proxy on the way that echoes the request (Authorization
 * included) must not hand the key to the browser.
 */
export function upstreamErrorResponse(
  c: Context,
  error: UpstreamError,
  defs: FormDefinitions | null,
  scrub: (text: string) => string,
) {
  const f = error.failure;
  const isCreate = error.operation === 'opportunities.create';
  const gaveUp = (what: string) => (isCreate ? `${what} ${UNSURE_CREATE}` : `${what} Try again.`);
  if (f.kind === 'timeout') {
    return apiError(c, 504, 'upstream_unavailable', gaveUp('Lightfield did not answer in time.'), {
      retryable: true,
    });
  }
  if (f.kind === 'network') {
    return apiError(c, 502, 'upstream_unavailable', gaveUp('Lightfield could not be reached.'), {
      retryable: true,
    });
  }
  if (f.kind === 'throttled') {
    c.header('Retry-After', '1');
    return apiError(
      c,
      429,
      'upstream_rate_limited',
      'Lightfield is busy with requests from your organisation. Try again in a moment.',
      { retryable: true },
    );
  }
  const { status } = f;
  const e = {
    message: scrub(f.error.message),
    param: f.error.param === undefined ? undefined : scrub(f.error.param),
  };
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
      'Lightfield says the API key is invalid or revoked. An admin needs to set a valid LIGHTFIELD_API_KEY.',
    );
  }
  if (status === 403) {
    const scope = OPERATIONS[error.operation].scope;
    return apiError(
      c,
      502,
      'upstream_forbidden',
      scope
        ? `The API key lacks the scope ${scope}. An admin needs to create a key that has it.`
        : 'The API key is not allowed to do this. An admin needs to check its scopes.',
    );
  }
  if (status === 404) return apiError(c, 404, 'not_found', 'Lightfield has no such record.');
  if (status === 429) {
    if (f.retryAfterSeconds !== null) {
      c.header('Retry-After', String(Math.max(1, Math.ceil(f.retryAfterSeconds))));
    }
    return apiError(
      c,
      429,
      'upstream_rate_limited',
      gaveUp('Lightfield is busy with requests from your organisation.'),
      { retryable: true },
    );
  }
  // 5xx, and 409 (the same Idempotency-Key still in flight): the same request succeeds later.
  if (status >= 500 || status === 409) {
    return apiError(
      c,
      status === 409 ? 503 : 502,
      'upstream_unavailable',
      gaveUp('Lightfield had a problem.'),
      { retryable: true },
    );
  }
  return apiError(c, 502, 'upstream_rejected', `Lightfield refused the request (${status}).`);
}
