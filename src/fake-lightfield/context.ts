import { createFaults, type FaultController } from './faults';
import { createIdempotencyStore, type IdempotencyStore } from './idempotency';
import { createRateLimiter, type RateCategory, type RateLimiter } from './rate-limit';
import { createSeed } from './seed';
import { createStore, type FakeStore } from './store';
import {
  createSummaryWriter,
  DEFAULT_SUMMARY_DELAY_MS,
  type SummaryWriter,
} from './summary-writer';

export interface FakeLightfieldOptions {
  baseUrl?: string;
  apiKey?: string;
  /** Scopes reported by `/v1/auth/validate` and enforced; `[]` means full access. */
  scopes?: string[];
  httpLinkBase?: string;
  /** How long records created through the API stay invisible to list endpoints. */
  indexLagMs?: number;
  /** Requests per second per category; `false` (default) disables enforcement. */
  rateLimitPerSecond?: number | false;
  now?: () => Date;
  /**
   * How long after a create Lightfield's AI summary of the deal appears (API.md §18); short in
   * e2e so a spec waits seconds, not minutes. Default 4 s.
   */
  summaryDelayMs?: number;
  /** Bounds for a long-running fake (demo mode); unbounded by default, as tests read it all. */
  limits?: FakeLimits;
}

export interface FakeLimits {
  /** Requests kept in `requests`, the newest. */
  requestLog?: number;
  /** Records created through the API; the oldest go first. */
  createdRecords?: number;
  /** Idempotency keys remembered; the oldest finished ones go first. */
  idempotencyKeys?: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  rawQuery: string;
  headers: Record<string, string>;
  body: unknown;
  /** When it arrived (ms since the epoch, the fake's clock). */
  at: number;
  /** Its rate-limit bucket, and whether the bucket refused it with 429. */
  category: RateCategory;
  rateLimited: boolean;
}

/** Everything the request handlers share. */
export interface FakeContext {
  baseUrl: string;
  apiKey: string;
  scopes: readonly string[];
  httpLinkBase: string;
  indexLagMs: number;
  now: () => Date;
  store: FakeStore;
  faults: FaultController;
  idempotency: IdempotencyStore;
  rateLimiter: RateLimiter;
  summaries: SummaryWriter;
  requests: RequestLogEntry[];
  maxLoggedRequests: number;
}

const DEFAULT_BASE_URL = 'https://api.lightfield.app';
// Deliberately short so it can never be mistaken for a real `sk_lf_…` key.
const DEFAULT_API_KEY = 'sk_lf_demo';
const DEFAULT_HTTP_LINK_BASE = 'https://crm.lightfield.app/crm';

export function createFakeContext(options: FakeLightfieldOptions = {}): FakeContext {
  const now = options.now ?? (() => new Date());
  const store = createStore(createSeed(), {
    maxCreated: options.limits?.createdRecords ?? Infinity,
  });
  return {
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    scopes: [...(options.scopes ?? [])],
    httpLinkBase: (options.httpLinkBase ?? DEFAULT_HTTP_LINK_BASE).replace(/\/+$/, ''),
    indexLagMs: options.indexLagMs ?? 0,
    now,
    store,
    summaries: createSummaryWriter(store, now, options.summaryDelayMs ?? DEFAULT_SUMMARY_DELAY_MS),
    faults: createFaults(),
    idempotency: createIdempotencyStore(now, options.limits?.idempotencyKeys ?? Infinity),
    rateLimiter: createRateLimiter(options.rateLimitPerSecond ?? false, now),
    requests: [],
    maxLoggedRequests: options.limits?.requestLog ?? Infinity,
  };
}
