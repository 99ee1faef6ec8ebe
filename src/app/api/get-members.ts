import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListPayload, MemberOption } from '../../model/api-contract';
import { apiFetch } from './api-client';

const getMembers = (signal?: AbortSignal) =>
  apiFetch<ListPayload<MemberOption>>('/api/members', { signal: signal ?? null });

const membersQueryOptions = () =>
  queryOptions({
    queryKey: ['members'],
    queryFn: ({ signal }) => getMembers(signal),
    select: (payload) => payload.data,
    // Members change rarely and Lightfield cannot filter them, so load once and filter locally.
    staleTime: 10 * 60_000,
  });

export const useMembers = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...membersQueryOptions(), enabled });
