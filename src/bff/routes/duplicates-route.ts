import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { DuplicateCheckResponse } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { toCreatedOpportunity } from '../lightfield/record-mappers';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { recordId, searchText } from './query-schemas';

const duplicateQuery = z.strictObject({
  name: searchText.check(z.minLength(1)),
  accountId: recordId,
});

/**
 * Find-or-create, as Lightfield advises (API.md §7.4): deals with exactly this name on this
 * account. Advisory only — the list index lags, so a deal created seconds ago may be missing;
 * the Idempotency-Key, not this check, is what prevents double submits.
 */
export function duplicatesRoute({ api, reads }: RouteDeps) {
  return new Hono<AppEnv>().get(
    '/',
    zValidator('query', duplicateQuery, whenInvalid(badQuery)),
    async (c) => {
      const { name, accountId } = c.req.valid('query');
      const list = await api.findOpportunitiesNamed(name.trim());
      const data = list.data
        .filter((record) => record.relationships.$account?.values.includes(accountId))
        .map(toCreatedOpportunity);
      // The name only dresses the warning; an account lookup failing must not hide a duplicate.
      const accountName =
        data.length > 0
          ? await reads.getAccount(accountId).then(
              (a) => a.name,
              () => null,
            )
          : null;
      const payload: DuplicateCheckResponse = { data, accountName };
      return c.json(payload);
    },
  );
}
