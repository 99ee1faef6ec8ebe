import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AccountOption, ListPayload } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { apiError } from '../http-errors';
import { whenInvalid } from '../middleware/validation';
import { normaliseSearch } from '../read-caches';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery, recordId, searchText } from './query-schemas';

const ACCOUNT_RESULTS = 25;

const searchQuery = z.strictObject({ q: z.optional(searchText) });
const accountParam = z.object({ id: recordId });

export function accountsRoute({ reads }: RouteDeps) {
  return new Hono<AppEnv>()
    .get('/', zValidator('query', searchQuery, whenInvalid(badQuery)), async (c) => {
      const q = normaliseSearch(c.req.valid('query').q ?? '');
      const payload: ListPayload<AccountOption> = {
        data: await reads.searchAccounts(q, ACCOUNT_RESULTS),
      };
      return c.json(payload);
    })
    .get(
      '/:id',
      zValidator(
        'param',
        accountParam,
        whenInvalid((c) => apiError(c, 404, 'not_found', 'No such account.')),
      ),
      zValidator('query', noQuery, whenInvalid(badQuery)),
      async (c) => c.json(await reads.getAccount(c.req.valid('param').id)),
    );
}
