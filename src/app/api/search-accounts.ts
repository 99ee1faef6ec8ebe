import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountOption, ListPayload } from '../../model/api-contract';
import { apiFetch } from './api-client';

const searchAccounts = (q: string, signal?: AbortSignal) =>
  apiFetch<ListPayload<AccountOption>>(`/api/accounts?${new URLSearchParams({ q })}`, {
    signal: signal ?? null,
  });

const searchAccountsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['accounts', 'search', q],
    // React Query aborts the signal when the key changes, so a slow older prefix never lands.
    queryFn: ({ signal }) => searchAccounts(q, signal),
    select: (payload) => payload.data,
    staleTime: 30_000,
    // Keeps the previous prefix's matches on screen while the next one loads (no flicker).
    placeholderData: keepPreviousData,
  });

export const useSearchAccounts = (q: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...searchAccountsQueryOptions(q), enabled });
