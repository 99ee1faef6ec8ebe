import { useQuery } from '@tanstack/react-query';
import type { AccountOption, ListPayload } from '../../model/api-contract';
import { apiFetch } from './api-client';
import { typeaheadQueryOptions } from './typeahead-query';

const searchAccounts = (q: string, signal?: AbortSignal) =>
  apiFetch<ListPayload<AccountOption>>(`/api/accounts?${new URLSearchParams({ q })}`, {
    signal: signal ?? null,
  });

const searchAccountsQueryOptions = (q: string) =>
  typeaheadQueryOptions(['accounts', 'search', q], (signal) => searchAccounts(q, signal));

export const useSearchAccounts = (q: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...searchAccountsQueryOptions(q), enabled });
