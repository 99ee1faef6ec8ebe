import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { DemoRecordResponse } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import type { DemoHooks } from '../demo-hooks';
import { apiError } from '../http-errors';
import { csrfGuard } from '../middleware/csrf-guard';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

const recordId = z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/)) });

/** `/api/demo/*`: mounted in demo mode only, so a live deployment has no such routes. */
export function demoRoute(hooks: DemoHooks, deps: RouteDeps) {
  return new Hono<AppEnv>()
    .post(
      '/reset',
      csrfGuard(deps.csrf),
      zValidator('query', noQuery, whenInvalid(badQuery)),
      (c) => {
        hooks.reset();
        deps.logger.info({ requestId: c.get('requestId') }, 'demo data reset');
        return c.json({ status: 'reset' });
      },
    )
    .get(
      '/opportunities/:id',
      zValidator('param', recordId, whenInvalid(badQuery)),
      zValidator('query', noQuery, whenInvalid(badQuery)),
      (c) => {
        const record = hooks.storedOpportunity(c.req.valid('param').id);
        if (!record) return apiError(c, 404, 'not_found', 'No such deal in the demo data.');
        const payload: DemoRecordResponse = { record };
        return c.json(payload);
      },
    );
}
