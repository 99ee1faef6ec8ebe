import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-client';

/** Reads retry only what may succeed later (429, 5xx, network); a 4xx will not change. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          error instanceof ApiError && error.retryable && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
