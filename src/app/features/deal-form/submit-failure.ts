import { ApiError } from '../../api/api-client';

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
    title: 'This deal was being created when the page closed',
    detail: 'It may or may not have been saved. Try again to finish: it will not be created twice.',
    extra: [],
    retryable: true,
    requestId: undefined,
  };
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** A failed create, in words a sales rep can act on. */
export function describeFailure(error: ApiError, extra: string[] = []): SubmitFailure {
  const base = { extra, retryable: error.retryable, requestId: error.requestId };
  switch (error.code) {
    case 'validation_failed':
      return {
        ...base,
        title: 'Some details need fixing',
        detail:
          'Lightfield did not accept some of the values. Fix the marked fields and submit again.',
      };
    case 'upstream_unauthorized':
      return {
        ...base,
        title: 'Deal Form is not connected to Lightfield',
        detail: 'Lightfield rejected the app’s API key. Ask whoever runs Deal Form to check it.',
      };
    case 'upstream_forbidden':
      return {
        ...base,
        title: 'Deal Form may not create opportunities',
        detail:
          'The app’s API key lacks permission to create opportunities. Ask whoever runs Deal Form to grant it.',
      };
    case 'upstream_rate_limited':
      return {
        ...base,
        title: 'Lightfield is busy',
        detail: 'Too many requests right now. Wait a few seconds, then try again.',
      };
    case 'upstream_unavailable':
      return {
        ...base,
        title: 'Lightfield did not answer',
        detail:
          'The deal may or may not have been saved. Trying again is safe: it will not be created twice.',
      };
    case 'rate_limited':
      return {
        ...base,
        title: 'Too many attempts',
        detail: 'Wait a few seconds, then try again.',
      };
    case 'definitions_changed':
      return {
        ...base,
        title: 'The form changed in Lightfield',
        detail:
          'Someone changed the opportunity fields since this page loaded, so the form was updated. Check your entries and create the deal again.',
      };
    case 'unauthenticated':
      return {
        ...base,
        title: 'You are signed out',
        detail:
          'Your session ended. Copy anything you need, then reload the page to sign in again.',
      };
    case 'forbidden_origin':
      return {
        ...base,
        title: 'This page may not create deals',
        detail:
          'The server refused a request from this address. Open Deal Form from its usual link.',
      };
    case 'network_error':
      if (isOffline()) {
        return {
          ...base,
          title: 'You are offline',
          detail:
            'Your draft is kept on this device. Once you are back online, try again: the deal will not be created twice.',
        };
      }
      return {
        ...base,
        title: 'Could not reach the server',
        detail: 'Check your connection. Trying again is safe: the deal will not be created twice.',
      };
    case 'internal_error':
    case 'http_error':
    case 'invalid_response':
      return {
        ...base,
        title: 'Something went wrong',
        detail: error.retryable
          ? 'The deal could not be created. Trying again is safe.'
          : 'The deal could not be created. If it keeps happening, share the reference below with support.',
      };
    default:
      return { ...base, title: 'The deal was not created', detail: error.message };
  }
}
