import { zValidator } from '@hono/zod-validator';
import { csrfGuard } from '../middleware/csrf-guard';
import { requireIdempotencyKey } from '../middleware/idempotency-key';
import { limitBody, requireJson, strictJsonBody } from '../middleware/json-body';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

/**
 * What every create checks, in this order, before its body is validated: a request from the app
 * (or an allowed portal), no query, an Idempotency-Key (`c.req.valid('header')`), and a small,
 * strict JSON body.
 */
export const createGuards = (deps: Pick<RouteDeps, 'csrf' | 'bodyLimitBytes'>) =>
  [
    csrfGuard(deps.csrf),
    zValidator('query', noQuery, whenInvalid(badQuery)),
    requireIdempotencyKey,
    requireJson(),
    limitBody(deps.bodyLimitBytes),
    strictJsonBody(),
  ] as const;
