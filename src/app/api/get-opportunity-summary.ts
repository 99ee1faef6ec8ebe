import type { OpportunitySummaryResponse } from '../../model/api-contract';
import { apiFetch } from './api-client';

/**
 * One look at a new deal's AI summary (`GET /api/opportunities/:id`). The success view polls it
 * on its own schedule (use-summary-poll.ts), so there is no query cache to keep: each answer is
 * newer than the last.
 */
export const getOpportunitySummary = (id: string, signal?: AbortSignal) =>
  apiFetch<OpportunitySummaryResponse>(`/api/opportunities/${encodeURIComponent(id)}`, {
    signal: signal ?? null,
  });
