import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HealthResponse } from '../../model/api-contract';
import { apiFetch } from './api-client';

// Preloaded by index.html, like the definitions (get-definitions.ts): the demo badge then
// arrives with the form rather than after it, and does not push the form down in an iframe.
const getHealth = (signal?: AbortSignal) =>
  apiFetch<HealthResponse>('/api/health', { signal: signal ?? null });

const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(signal),
    // The mode is fixed for the server's lifetime.
    staleTime: Infinity,
  });

export const useHealth = () => useQuery(healthQueryOptions());
