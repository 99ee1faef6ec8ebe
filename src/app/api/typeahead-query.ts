import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ListPayload } from '../../model/api-contract';

/**
 * A type-ahead search: the matches of its answer, fresh for 30 s. React Query aborts the signal
 * when the key changes, so a slow older search never lands; the previous matches stay on screen
 * while the next ones load (no flicker).
 */
export const typeaheadQueryOptions = <T>(
  queryKey: readonly unknown[],
  search: (signal: AbortSignal) => Promise<ListPayload<T>>,
) =>
  queryOptions({
    queryKey,
    queryFn: ({ signal }) => search(signal),
    select: (payload) => payload.data,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
