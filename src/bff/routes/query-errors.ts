import type { Context } from 'hono';
import type { $ZodError } from 'zod/v4/core';
import { apiError } from '../http-errors';

/** 400 for a query the route does not take; our own messages pass through, zod's do not. */
export function badQuery(c: Context, error: $ZodError) {
  const issue = error.issues[0];
  const message =
    issue?.code === 'unrecognized_keys'
      ? 'This route does not take that query parameter.'
      : issue?.path[0] === 'q' && (issue.code === 'custom' || issue.code === 'too_big')
        ? issue.message
        : 'Invalid query parameters.';
  return apiError(c, 400, 'bad_request', message);
}
