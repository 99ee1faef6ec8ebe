import { Hono } from 'hono';
import type { OpportunitySummaryResponse } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import type { RouteDeps } from './deps';
import { recordById } from './record-by-id';

/**
 * `GET /api/opportunities/:id`: the success view's wait for the AI summary. Retrieve, not List
 * (the list index lags, API.md §18), and only the read-only MARKDOWN fields that have a value:
 * the browser gets what it shows, not the record.
 */
export function opportunitySummaryRoute({ api, definitions }: RouteDeps) {
  return new Hono<AppEnv>().get('/:id', ...recordById('opportunity'), async (c) => {
    const { id } = c.req.valid('param');
    // One summary poll is one retrieve: the page polls again itself, with its own backoff.
    const [record, defs] = await Promise.all([api.getOpportunity(id), definitions.get()]);
    const summaries: OpportunitySummaryResponse['summaries'] = [];
    for (const { key, label } of defs.summaryFields ?? []) {
      const value = record.fields[key]?.value;
      if (typeof value === 'string' && value.trim())
        summaries.push({ key, label, markdown: value });
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ id: record.id, summaries } satisfies OpportunitySummaryResponse);
  });
}
