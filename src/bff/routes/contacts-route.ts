import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { ContactOption, ListPayload } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { whenInvalid } from '../middleware/validation';
import { normaliseSearch } from '../read-caches';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { recordId, searchText } from './query-schemas';

const CONTACT_RESULTS = 25;

const contactQuery = z.strictObject({
  q: z.optional(searchText),
  // The browser sends `account=` before an account is chosen.
  account: z.optional(z.union([z.literal(''), recordId])),
});

export function contactsRoute({ reads }: RouteDeps) {
  return new Hono<AppEnv>().get(
    '/',
    zValidator('query', contactQuery, whenInvalid(badQuery)),
    async (c) => {
      const query = c.req.valid('query');
      const q = normaliseSearch(query.q ?? '');
      const accountId = query.account || undefined;
      // The chosen account's contacts first, then everyone else matching the prefix.
      const [ofAccount, everyone] = await Promise.all([
        accountId ? reads.searchContacts(q, accountId) : null,
        reads.searchContacts(q, undefined),
      ]);
      const seen = new Set<string>();
      const data: ContactOption[] = [];
      for (const contact of [...(ofAccount ?? []), ...everyone]) {
        if (seen.has(contact.id)) continue;
        seen.add(contact.id);
        data.push(contact);
      }
      const payload: ListPayload<ContactOption> = { data: data.slice(0, CONTACT_RESULTS) };
      return c.json(payload);
    },
  );
}
