import { AsyncLocalStorage } from 'node:async_hooks';
import type { UpstreamAttempt } from './lightfield/upstream-client';

/** What the request's one log line says about Lightfield. */
export interface UpstreamStats {
  requestId: string | null;
  calls: number;
  /** Summed latency of this request's Lightfield calls. */
  ms: number;
  /** Status of the last call; null when no answer arrived. */
  lastStatus: number | null;
  lastFailure: string | null;
}

const storage = new AsyncLocalStorage<UpstreamStats>();

export const newUpstreamStats = (requestId: string | null = null): UpstreamStats => ({
  requestId,
  calls: 0,
  ms: 0,
  lastStatus: null,
  lastFailure: null,
});

/** Runs a request so that Lightfield calls made on its behalf are counted for its log line. */
export const withUpstreamStats = <T>(stats: UpstreamStats, run: () => Promise<T>) =>
  storage.run(stats, run);

/** The request a Lightfield call is made for, for its log lines; null outside a request. */
export const currentRequestId = (): string | null => storage.getStore()?.requestId ?? null;

/**
 * Called for every Lightfield attempt. A call shared by coalesced requests is counted for the
 * request that started it; the others made none.
 */
export function recordUpstreamAttempt(attempt: UpstreamAttempt): void {
  const stats = storage.getStore();
  if (!stats) return;
  stats.calls += 1;
  stats.ms = Math.round((stats.ms + attempt.durationMs) * 10) / 10;
  stats.lastStatus = attempt.status;
  stats.lastFailure = attempt.failure;
}
