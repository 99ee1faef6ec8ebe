import type { AppMode } from '../../model/api-contract';
import type { AppLogger } from '../app-logger';
import type { Clock } from '../clock';
import type { DefinitionsCache } from '../definitions-cache';
import type { FollowUpCaches } from '../follow-up/follow-up-caches';
import type { IdempotencyLedger } from '../idempotency-ledger';
import type { Lifecycle } from '../lifecycle';
import type { LightfieldApi } from '../lightfield/lightfield-api';
import type { CsrfOptions } from '../middleware/csrf-guard';
import type { ReadCaches } from '../read-caches';

/** What every route needs; built once in app.ts. */
export interface RouteDeps {
  mode: AppMode;
  api: LightfieldApi;
  definitions: DefinitionsCache;
  /** Task definitions and the follow-up scopes (the Follow-up section). */
  followUp: FollowUpCaches;
  reads: ReadCaches;
  logger: AppLogger;
  clock: Clock;
  lifecycle: Lifecycle;
  csrf: CsrfOptions;
  bodyLimitBytes: number;
  /** Which body each create's Idempotency-Key stands for. */
  ledger: IdempotencyLedger;
  /** What the server runs without (`'redis'`: replicas share nothing right now), else null. */
  degraded: () => 'redis' | null;
}
