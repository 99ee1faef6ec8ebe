import { zValidator } from '@hono/zod-validator';
import { z } from 'zod/mini';
import { IDEMPOTENCY_KEY_PATTERN } from '../../model/api-contract';
import { apiError } from '../http-errors';
import { whenInvalid } from './validation';

const idempotencyHeader = z.object({
  'idempotency-key': z.string().check(z.regex(IDEMPOTENCY_KEY_PATTERN)),
});

/**
 * Every create carries the browser's Idempotency-Key, passed on to Lightfield unchanged: the
 * one thing that makes a retried create safe. A create without one is refused before any work.
 * The key is then `c.req.valid('header')['idempotency-key']`.
 */
export const requireIdempotencyKey = zValidator(
  'header',
  idempotencyHeader,
  whenInvalid((c) =>
    apiError(
      c,
      400,
      'idempotency_key_required',
      'Send a UUID v4 Idempotency-Key header with every create.',
    ),
  ),
);
