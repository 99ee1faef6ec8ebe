import { ApiError } from '../../api/api-client';
import { t } from '../../i18n/translate';

export interface SubmitFailure {
  title: string;
  detail: string;
  /** Messages the server attached to keys the form does not show. */
  extra: string[];
  retryable: boolean;
  requestId: string | undefined;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    status: 0,
    code: 'internal_error',
    message: error instanceof Error ? error.message : 'Unexpected error',
  });
}

/** A create that was sent before a reload or crash and never answered. */
export function interruptedCreate(): SubmitFailure {
  return {
    title: t('failure.interrupted.title'),
    detail: t('failure.interrupted.detail'),
    extra: [],
    retryable: true,
    requestId: undefined,
  };
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** The catalog entries (`failure.<kind>.title` / `.detail`) for each error code the BFF sends. */
const KIND_OF_CODE = {
  validation_failed: 'validation',
  upstream_unauthorized: 'unauthorized',
  upstream_forbidden: 'forbidden',
  upstream_rate_limited: 'upstreamBusy',
  upstream_unavailable: 'unavailable',
  rate_limited: 'rateLimited',
  definitions_changed: 'formChanged',
  unauthenticated: 'signedOut',
  forbidden_origin: 'origin',
  idempotency_key_reused: 'keyReused',
  network_error: 'network',
} as const;
type Kind = (typeof KIND_OF_CODE)[keyof typeof KIND_OF_CODE] | 'offline' | 'other';

/**
 * A failed create, in words a sales rep can act on, in the rep's language: the page translates
 * the error's stable `code`; its English `message` stays for logs and the embed's error event.
 */
export function describeFailure(error: ApiError, extra: string[] = []): SubmitFailure {
  const base = { extra, retryable: error.retryable, requestId: error.requestId };
  if (
    error.code === 'internal_error' ||
    error.code === 'http_error' ||
    error.code === 'invalid_response'
  ) {
    const detail = error.retryable ? 'failure.internal.retryable' : 'failure.internal.final';
    return { ...base, title: t('failure.internal.title'), detail: t(detail) };
  }
  let kind: Kind = Object.hasOwn(KIND_OF_CODE, error.code)
    ? KIND_OF_CODE[error.code as keyof typeof KIND_OF_CODE]
    : 'other';
  if (kind === 'network' && isOffline()) kind = 'offline';
  return { ...base, title: t(`failure.${kind}.title`), detail: t(`failure.${kind}.detail`) };
}
