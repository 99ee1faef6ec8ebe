import type { Context } from 'hono';
import type { $ZodError } from 'zod/v4/core';

type Outcome = { success: true } | { success: false; error: $ZodError };

/**
 * A `zValidator` hook that answers failures in the API's own error shape instead of the
 * validator's default (which would echo zod internals to the browser).
 */
export const whenInvalid =
  (respond: (c: Context, error: $ZodError) => Response) =>
  (result: Outcome, c: Context): Response | undefined =>
    result.success ? undefined : respond(c, result.error);
