import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ContactOption, ListPayload } from '../../model/api-contract';
import { apiFetch } from './api-client';

export interface ContactSearch {
  q: string;
  /** The deal's account: its contacts are listed first. */
  accountId: string;
}

const searchContacts = ({ q, accountId }: ContactSearch, signal?: AbortSignal) => {
  const params = new URLSearchParams({ q });
  if (accountId) params.set('account', accountId);
  return apiFetch<ListPayload<ContactOption>>(`/api/contacts?${params}`, {
    signal: signal ?? null,
  });
};

const searchContactsQueryOptions = (search: ContactSearch) =>
  queryOptions({
    queryKey: ['contacts', 'search', search],
    queryFn: ({ signal }) => searchContacts(search, signal),
    select: (payload) => payload.data,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export const useSearchContacts = (
  search: ContactSearch,
  { enabled = true }: { enabled?: boolean } = {},
) => useQuery({ ...searchContactsQueryOptions(search), enabled });
