import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AccountOption, ListPayload } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { whenInvalid } from '../middleware/validation';
import { normaliseSearch } from '../read-caches';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { searchText } from './query-schemas';
import { recordById } from './record-by-id';

const ACCOUNT_RESULTS = 25;

const searchQuery = z.strictObject({ q: z.optional(searchText) });

export function accountsRoute({ reads }: RouteDeps) {
  return new Hono<AppEnv>()
    .get('/', zValidator('query', searchQuery, whenInvalid(badQuery)), async (c) => {
      const q = normaliseSearch(c.req.valid('query').q ?? '');
      const payload: ListPayload<AccountOption> = {
        data: await reads.searchAccounts(q, ACCOUNT_RESULTS),
      };
      return c.json(payload);
    })
    .get('/:id', ...recordById('account'), async (c) =>
      c.json(await reads.getAccount(c.req.valid('param').id)),
    );
}
