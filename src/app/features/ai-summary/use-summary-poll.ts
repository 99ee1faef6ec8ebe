import { useEffect, useState } from 'react';
import type { OpportunitySummaryResponse } from '../../../model/api-contract';
import { getOpportunitySummary } from '../../api/get-opportunity-summary';

/**
 * Waits between looks: quick at first (summaries often take a few seconds), then slower, never
 * more than 8 s apart so a summary shows within 10 s of Lightfield having it; 20 looks over
 * 120 s in all, then the view stops asking (API.md §18: back off, stop after a bounded time).
 */
export const SUMMARY_POLL_DELAYS_MS: readonly number[] = [
  1_000, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 8_000, 8_000, 8_000, 8_000,
  8_000, 8_000, 8_000, 8_000, 8_000, 8_000,
];

export type SummaryState =
  | { status: 'writing' }
  | { status: 'shown'; summaries: OpportunitySummaryResponse['summaries'] }
  | { status: 'late' };

/**
 * Polls the new deal until one of `keys` (read-only MARKDOWN fields that were empty at create)
 * has a value. Unmounting — the rep leaves, or clicks "Create another" — stops it at once.
 */
export function useSummaryPoll(id: string, keys: readonly string[]): SummaryState | null {
  const [state, setState] = useState<SummaryState | null>(
    keys.length > 0 ? { status: 'writing' } : null,
  );
  const watched = keys.join('\u0000');

  useEffect(() => {
    if (!watched) return;
    const wanted = new Set(watched.split('\u0000'));
    const aborter = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let look = 0;

    const next = () => {
      const delay = SUMMARY_POLL_DELAYS_MS[look];
      if (delay === undefined) {
        setState({ status: 'late' });
        return;
      }
      look += 1;
      timer = setTimeout(() => void poll(), delay);
    };
    const poll = async () => {
      try {
        const answer = await getOpportunitySummary(id, aborter.signal);
        const written = answer.summaries.filter((s) => wanted.has(s.key));
        if (written.length > 0) {
          setState({ status: 'shown', summaries: written });
          return;
        }
      } catch {
        // A failed look (429, a blip) is one look fewer; the next one may answer.
        if (aborter.signal.aborted) return;
      }
      next();
    };

    next();
    return () => {
      aborter.abort();
      clearTimeout(timer);
    };
  }, [id, watched]);

  return state;
}
