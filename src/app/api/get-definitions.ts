import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FormDefinitions } from '../../model/form-definitions';
import { apiFetch } from './api-client';

// index.html preloads this URL (`<link rel="preload" as="fetch" crossorigin>`), so the first
// load runs while the script downloads. The browser hands the preloaded response to the first
// fetch that matches it (GET, this URL, same-origin credentials): keep this request so, or the
// page asks twice (e2e/network.spec.ts counts).
const getDefinitions = (signal?: AbortSignal) =>
  apiFetch<FormDefinitions>('/api/definitions', { signal: signal ?? null });

const definitionsQueryOptions = () =>
  queryOptions({
    queryKey: ['definitions'],
    queryFn: ({ signal }) => getDefinitions(signal),
    // The form's schema and defaults are built from this payload; refetching mid-draft could
    // swap the schema under a half-filled form, so one load per page view.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useDefinitions = () => useQuery(definitionsQueryOptions());
