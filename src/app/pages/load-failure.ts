import { ApiError } from '../api/api-client';
import type { MessageKey } from '../i18n/messages-en';

/**
 * Why the form could not load, as the catalog entry for the error's stable `code`. The BFF's
 * English `message` is for logs and API clients; the page never shows it.
 */
const LOAD_FAILURE_OF_CODE: Partial<Record<ApiError['code'], MessageKey>> = {
  network_error: 'load.network',
  upstream_unauthorized: 'load.notConnected',
  upstream_forbidden: 'load.notConnected',
  upstream_rate_limited: 'load.busy',
  rate_limited: 'load.busy',
  upstream_unavailable: 'load.unavailable',
  unauthenticated: 'load.signedOut',
  forbidden_origin: 'load.origin',
};

export function loadFailureKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'load.other';
  return LOAD_FAILURE_OF_CODE[error.code] ?? 'load.other';
}

/** The reference support can look the failed load up by, when the BFF gave one. */
export const loadFailureReference = (error: unknown): string | undefined =>
  error instanceof ApiError ? error.requestId : undefined;
