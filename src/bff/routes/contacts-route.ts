import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { ContactOption, ListPayload } from '../../model/api-contract';
import { apiError } from '../http-errors';
import { toContactOption } from '../lightfield/record-mappers';
import { SEARCH_MAX_LENGTH, recordId } from './accounts-route';
import type { RouteDeps } from './deps';

const contactQuery = z.object({
  q: z._default(z.string().check(z.maxLength(SEARCH_MAX_LENGTH)), ''),
  account: z.optional(recordId),
});

export function contactsRoute({ api }: RouteDeps) {
  return new Hono().get('/', async (c) => {
    const query = contactQuery.safeParse({
      q: c.req.query('q') ?? undefined,
      account: c.req.query('account') || undefined,
    });
    if (!query.success) return apiError(c, 400, 'bad_request', 'Invalid contact search.');
    const q = query.data.q.trim();
    const accountId = query.data.account;
    const nameFilter = q ? { nameStartsWith: q } : {};
    // The chosen account's contacts first, then everyone else matching the prefix.
    const [ofAccount, everyone] = await Promise.all([
      accountId ? api.searchContacts({ ...nameFilter, accountId }) : null,
      api.searchContacts(nameFilter),
    ]);
    const seen = new Set<string>();
    const data: ContactOption[] = [];
    for (const record of [...(ofAccount?.data ?? []), ...everyone.data]) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      data.push(toContactOption(record));
    }
    const payload: ListPayload<ContactOption> = { data: data.slice(0, 25) };
    return c.json(payload);
  });
}
