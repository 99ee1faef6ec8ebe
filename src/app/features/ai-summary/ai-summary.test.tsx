import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OpportunitySummaryResponse } from '../../../model/api-contract';
import { getOpportunitySummary } from '../../api/get-opportunity-summary';
import { AiSummary } from './ai-summary';
import { SUMMARY_POLL_DELAYS_MS } from './use-summary-poll';

vi.mock('../../api/get-opportunity-summary', () => ({ getOpportunitySummary: vi.fn() }));
const lookUp = vi.mocked(getOpportunitySummary);

const SUMMARY = '**Northbridge pilot** with Northbridge Water District.\n\n- Next step: call';
const written = (): OpportunitySummaryResponse => ({
  id: 'opp_1',
  summaries: [{ key: 'aiSummary', label: 'AI deal summary', markdown: SUMMARY }],
});
const notYet = (): OpportunitySummaryResponse => ({ id: 'opp_1', summaries: [] });

/** Lightfield has the summary from `readyAtMs` after the test starts. */
function summaryFrom(readyAtMs: number) {
  const start = Date.now();
  lookUp.mockImplementation(async () => (Date.now() - start >= readyAtMs ? written() : notYet()));
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('AI summary on the success view', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    lookUp.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  test('says it is being written, then shows the summary as Markdown without a reload', async () => {
    summaryFrom(4_000);
    render(<AiSummary opportunityId="opp_1" summaryKeys={['aiSummary']} />);
    const region = screen.getByRole('region', { name: 'AI summary' });
    expect(region).toHaveTextContent('Lightfield is writing a summary of this deal…');
    // Looks at 1 s, 2.5 s and 4.5 s: the third finds it.
    await advance(SUMMARY_POLL_DELAYS_MS.slice(0, 3).reduce((a, b) => a + b, 0));
    // The renderer is a lazy chunk: wait for it with real timers.
    vi.useRealTimers();
    expect(await screen.findByText('Northbridge pilot', { selector: 'strong' })).toBeVisible();
    expect(region).not.toHaveTextContent('writing');
    expect(lookUp).toHaveBeenCalledTimes(3);
    expect(lookUp).toHaveBeenCalledWith('opp_1', expect.any(AbortSignal));
  });

  test('shows a summary within 10 s of Lightfield having it, however late it comes', async () => {
    for (const readyAt of [9_000, 47_000, 95_000]) {
      lookUp.mockReset();
      summaryFrom(readyAt);
      const view = render(<AiSummary opportunityId="opp_1" summaryKeys={['aiSummary']} />);
      await advance(readyAt + 10_000);
      expect(
        view.container.querySelector('.ai-summary__text'),
        `ready at ${readyAt}`,
      ).not.toBeNull();
      view.unmount();
    }
  });

  test('asks at most 20 times over 2 minutes, then says the summary is late and stops', async () => {
    lookUp.mockResolvedValue(notYet());
    render(<AiSummary opportunityId="opp_1" summaryKeys={['aiSummary']} />);
    await advance(120_000);
    expect(lookUp).toHaveBeenCalledTimes(20);
    expect(screen.getByRole('region', { name: 'AI summary' })).toHaveTextContent(
      'The summary is taking longer than usual',
    );
    await advance(600_000);
    expect(lookUp).toHaveBeenCalledTimes(20);
  });

  test('keeps polling through failed looks (a 429, a blip)', async () => {
    lookUp.mockRejectedValueOnce(new Error('429')).mockResolvedValue(written());
    const view = render(<AiSummary opportunityId="opp_1" summaryKeys={['aiSummary']} />);
    await advance(2_500);
    expect(lookUp).toHaveBeenCalledTimes(2);
    expect(view.container.querySelector('.ai-summary__text')).not.toBeNull();
  });

  test('stops the moment the rep leaves (or clicks "Create another")', async () => {
    lookUp.mockResolvedValue(notYet());
    const view = render(<AiSummary opportunityId="opp_1" summaryKeys={['aiSummary']} />);
    await advance(2_500);
    expect(lookUp).toHaveBeenCalledTimes(2);
    view.unmount();
    await advance(120_000);
    expect(lookUp).toHaveBeenCalledTimes(2);
  });

  test('is not there when the org has no summary field to wait for', async () => {
    render(<AiSummary opportunityId="opp_1" summaryKeys={[]} />);
    await advance(10_000);
    expect(screen.queryByRole('region', { name: 'AI summary' })).toBeNull();
    expect(lookUp).not.toHaveBeenCalled();
  });
});
