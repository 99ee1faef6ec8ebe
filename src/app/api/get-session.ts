import { queryOptions } from '@tanstack/react-query';
import type { SessionResponse } from '../../model/api-contract';
import { apiFetch } from './api-client';

/** Who the access gate says is signed in, and their Lightfield member (null without a gate). */
const getSession = (signal?: AbortSignal) =>
  apiFetch<SessionResponse>('/api/session', { signal: signal ?? null });

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => getSession(signal),
    // The signed-in rep does not change within a page view.
    staleTime: Infinity,
  });
