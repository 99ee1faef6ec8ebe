import { useQuery } from '@tanstack/react-query';
import type { ContactOption, ListPayload } from '../../model/api-contract';
import { apiFetch } from './api-client';
import { typeaheadQueryOptions } from './typeahead-query';

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
  typeaheadQueryOptions(['contacts', 'search', search], (signal) => searchContacts(search, signal));

export const useSearchContacts = (
  search: ContactSearch,
  { enabled = true }: { enabled?: boolean } = {},
) => useQuery({ ...searchContactsQueryOptions(search), enabled });
