import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountOption } from '../../model/api-contract';
import { apiFetch } from './api-client';

const getAccount = (id: string, signal?: AbortSignal) =>
  apiFetch<AccountOption>(`/api/accounts/${encodeURIComponent(id)}`, { signal: signal ?? null });

export const accountQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['accounts', 'detail', id],
    queryFn: ({ signal }) => getAccount(id, signal),
    staleTime: 5 * 60_000,
  });

/** The account behind an id; pickers seed this cache on selection, so it rarely fetches. */
export const useAccount = (id: string) =>
  useQuery({ ...accountQueryOptions(id), enabled: id !== '' });
