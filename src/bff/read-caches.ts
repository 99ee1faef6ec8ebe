import type { AccountOption, ContactOption, MemberOption } from '../model/api-contract';
import { memoryCaches, type CacheFactory } from './cache/swr-cache';
import { PAGE_LIMIT, type LightfieldApi } from './lightfield/lightfield-api';
import { toAccountOption, toContactOption, toMemberOption } from './lightfield/record-mappers';

/** Picker searches: long enough that a burst of reps typing the same prefix asks once. */
export const SEARCH_TTL_MS = 30_000;
export const SEARCH_STALE_MS = 30_000;
export const MEMBERS_TTL_MS = 5 * 60_000;
export const MEMBERS_STALE_MS = 10 * 60_000;
export const ACCOUNT_TTL_MS = 60_000;
export const MAX_SEARCH_ENTRIES = 1_000;
/** Bounds the page walk so a misbehaving upstream cannot keep us looping. */
export const MAX_MEMBER_PAGES = 40;

export interface ReadCacheOptions {
  now?: () => number;
  onRefreshError?: (key: string, error: unknown) => void;
  /** Where the values live; this process's memory by default. */
  caches?: CacheFactory;
}

/** Search text as the cache and Lightfield see it: one form per meaning. */
export const normaliseSearch = (q: string) => q.normalize('NFC').trim().replace(/\s+/g, ' ');

/** Every read the pickers make, cached and coalesced (issue #5, "upstream economy"). */
export function createReadCaches(api: LightfieldApi, options: ReadCacheOptions = {}) {
  const base = { now: options.now ?? Date.now, onRefreshError: options.onRefreshError };
  const cache = options.caches ?? memoryCaches;
  const searches = cache<AccountOption[]>('account-searches', {
    ...base,
    ttlMs: SEARCH_TTL_MS,
    staleMs: SEARCH_STALE_MS,
    maxEntries: MAX_SEARCH_ENTRIES,
  });
  const contactSearches = cache<ContactOption[]>('contact-searches', {
    ...base,
    ttlMs: SEARCH_TTL_MS,
    staleMs: SEARCH_STALE_MS,
    maxEntries: MAX_SEARCH_ENTRIES,
  });
  const accounts = cache<AccountOption>('accounts', {
    ...base,
    ttlMs: ACCOUNT_TTL_MS,
    maxEntries: MAX_SEARCH_ENTRIES,
  });
  const members = cache<MemberOption[]>('members', {
    ...base,
    ttlMs: MEMBERS_TTL_MS,
    staleMs: MEMBERS_STALE_MS,
  });

  return {
    /** `q` must already be normalised (normaliseSearch). */
    searchAccounts: (q: string, limit: number) =>
      searches.get(`${limit}\u0000${q}`, async () => {
        const list = await api.searchAccounts({ ...(q && { nameStartsWith: q }), limit });
        return list.data.map(toAccountOption);
      }),

    getAccount: (id: string) =>
      accounts.get(id, async () => toAccountOption(await api.getAccount(id))),

    searchContacts: (q: string, accountId: string | undefined) =>
      contactSearches.get(`${accountId ?? ''}\u0000${q}`, async () => {
        const list = await api.searchContacts({
          ...(q && { nameStartsWith: q }),
          ...(accountId && { accountId }),
        });
        return list.data.map(toContactOption);
      }),

    // Members cannot be filtered upstream (API.md §7.10): every page once, filtered in the browser.
    members: () =>
      members.get('all', async () => {
        const all: MemberOption[] = [];
        for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
          const list = await api.listMembers(page * PAGE_LIMIT);
          all.push(...list.data.map(toMemberOption));
          if (list.data.length < PAGE_LIMIT) break;
        }
        return all.sort((a, b) => a.name.localeCompare(b.name));
      }),
  };
}

export type ReadCaches = ReturnType<typeof createReadCaches>;
