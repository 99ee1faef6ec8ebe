import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AccountOption, ListPayload } from '../../model/api-contract';
import { apiError } from '../http-errors';
import { toAccountOption } from '../lightfield/record-mappers';
import type { RouteDeps } from './deps';

export const SEARCH_MAX_LENGTH = 100;
export const ACCOUNT_RESULTS = 25;

const searchQuery = z.object({
  q: z._default(z.string().check(z.maxLength(SEARCH_MAX_LENGTH)), ''),
});
// Lightfield ids are opaque (API.md §2); this only keeps junk out of the upstream path.
export const recordId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));

export function accountsRoute({ api }: RouteDeps) {
  return new Hono()
    .get('/', async (c) => {
      const query = searchQuery.safeParse({ q: c.req.query('q') ?? undefined });
      if (!query.success) return apiError(c, 400, 'bad_request', 'The search text is too long.');
      const q = query.data.q.trim();
      const list = await api.searchAccounts({
        ...(q && { nameStartsWith: q }),
        limit: ACCOUNT_RESULTS,
      });
      const payload: ListPayload<AccountOption> = { data: list.data.map(toAccountOption) };
      return c.json(payload);
    })
    .get('/:id', async (c) => {
      const id = recordId.safeParse(c.req.param('id'));
      if (!id.success) return apiError(c, 404, 'not_found', 'No such account.');
      return c.json(toAccountOption(await api.getAccount(id.data)));
    });
}
