import { Hono } from 'hono';
import type { AppMode, HealthResponse } from '../model/api-contract';
import type { AppEnv } from './app-env';
import { silentLogger, type AppLogger } from './app-logger';
import { systemClock, type Clock } from './clock';
import { createDefinitionsCache } from './definitions-cache';
import { apiError, upstreamErrorResponse } from './http-errors';
import { createMemoryLedger, IdempotencyKeyReused } from './idempotency-ledger';
import { createLifecycle, type Lifecycle } from './lifecycle';
import { createLightfieldApi } from './lightfield/lightfield-api';
import { OPERATIONS } from './lightfield/operations';
import { createResilientClient } from './lightfield/resilient-client';
import { DEFAULT_RETRY, type RetryOptions } from './lightfield/retry-policy';
import {
  createUpstreamClient,
  type FetchLike,
  type UpstreamAttempt,
} from './lightfield/upstream-client';
import { UpstreamError, type UpstreamFailure } from './lightfield/upstream-error';
import { createUpstreamRateLimiter } from './lightfield/upstream-rate-limiter';
import { accessGate } from './middleware/access-gate';
import { accessLog } from './middleware/access-log';
import { clientRateLimit } from './middleware/client-rate-limit';
import { clientAddress } from './middleware/forwarded';
import { hostGuard } from './middleware/host-guard';
import { DEFAULT_BODY_LIMIT_BYTES } from './middleware/json-body';
import { pathGuard } from './middleware/path-guard';
import { requestIds } from './middleware/request-ids';
import { securityHeaders } from './middleware/security-headers';
import { secretScrubber } from './secrets';
import { closeAfterUnreadBody } from './middleware/unread-body';
import { createReadCaches } from './read-caches';
import { currentRequestId, recordUpstreamAttempt } from './request-context';
import { accountCreateRoute } from './routes/account-create-route';
import { accountsRoute } from './routes/accounts-route';
import { contactsRoute } from './routes/contacts-route';
import { definitionsRoute } from './routes/definitions-route';
import type { RouteDeps } from './routes/deps';
import { membersRoute } from './routes/members-route';
import { duplicatesRoute } from './routes/duplicates-route';
import { opportunitiesRoute } from './routes/opportunities-route';
import { opportunitySummaryRoute } from './routes/opportunity-summary-route';
import { createFollowUpCaches } from './follow-up/follow-up-caches';
import { readyRoute } from './routes/ready-route';
import { sessionRoute } from './routes/session-route';
import { embedConfigRoute } from './routes/embed-config-route';
import { examplesRoute } from './routes/examples-route';
import { demoRoute } from './routes/demo-route';
import type { DemoHooks } from './demo-hooks';
import type { SharedBackends } from './shared/shared-backends';

const DEFAULT_UPSTREAM_TIMEOUT_MS = 10_000;
/** Lightfield's documented limit per org and category (API.md §11). */
const DEFAULT_UPSTREAM_RATE_PER_SECOND = 25;
const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;

export interface AppOptions {
  mode: AppMode;
  upstream: {
    baseUrl: string;
    apiKey: string;
    fetch: FetchLike;
    /** Demo mode's handle on its in-process fake (reset, stored records). */
    demo?: DemoHooks;
    timeoutMs?: number;
    /** Calls per second per rate-limit category from this server. */
    ratePerSecond?: number;
    /** Backoff and budget of the BFF's retries; tests make them tiny. */
    retry?: Partial<RetryOptions>;
  };
  /** Serves the browser app; absent in tests and in `vite dev`, which serves it itself. */
  spa?: Hono;
  /** Structured logger (pino); silent when absent. */
  logger?: AppLogger;
  security?: {
    /** Origins besides the app's own allowed to send state-changing requests. */
    allowedOrigins?: readonly string[];
    /** CSP frame-ancestors; default `'self'`. */
    frameAncestors?: string;
    /** Header the auth proxy sets to the rep's email; null/absent = no access gate. */
    trustedUserHeader?: string | null;
    /** Believe X-Forwarded-For/-Proto/-Host. */
    trustProxy?: boolean;
    /** Host names answered besides localhost and IP addresses (ALLOWED_HOSTS); default none. */
    allowedHosts?: readonly string[];
    /** Per client on /api; 0 = off. Default 300. */
    rateLimitPerMinute?: number;
    bodyLimitBytes?: number;
  };
  clock?: Clock;
  /** Shared with main.ts, which drains it on SIGTERM. */
  lifecycle?: Lifecycle;
  /** Replicas' shared limits, caches and ledger (REDIS_URL); this process's memory without. */
  shared?: SharedBackends;
}

const PROBES = new Set(['/api/health', '/api/ready']);
const isProbe = (path: string) => PROBES.has(path);

/** Failed attempts that say something about Lightfield's health are worth a warning. */
const noteworthy = (a: UpstreamAttempt) =>
  a.status === null || a.status >= 500 || a.status === 429 || a.status === 409;

/** A Lightfield 400/404/422 is business as usual; outages and configuration problems are not. */
const isRoutine = (f: UpstreamFailure) => f.kind === 'http' && [400, 404, 422].includes(f.status);

/** The client closed the connection before its request was read (a cancelled upload). */
const isClientAbort = (error: Error, request: Request) =>
  request.signal.aborted ||
  ((error as NodeJS.ErrnoException).code === 'ECONNRESET' && error.message === 'aborted');

/** The whole server, without listening: tests drive it with `app.request()`. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const lifecycle = options.lifecycle ?? createLifecycle();
  const security = options.security ?? {};
  const trustProxy = security.trustProxy ?? false;
  const { upstream } = options;
  const timeoutMs = upstream.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;

  const { shared } = options;
  const perSecond = upstream.ratePerSecond ?? DEFAULT_UPSTREAM_RATE_PER_SECOND;
  const limiter = shared
    ? shared.upstreamLimiter({ perSecond, clock })
    : createUpstreamRateLimiter({ perSecond, clock });
  const caches = shared?.caches(clock);
  const rateLimitPerMinute = security.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const memoryLedger = createMemoryLedger({ now: () => clock.now() });
  const oneShot = createUpstreamClient({
    baseUrl: upstream.baseUrl,
    apiKey: upstream.apiKey,
    fetch: upstream.fetch,
    timeoutMs,
    onAttempt: (attempt) => {
      recordUpstreamAttempt(attempt);
      if (attempt.rateLimitRemaining !== null) {
        const { category } = OPERATIONS[attempt.operation];
        limiter.observeRemaining(category, attempt.rateLimitRemaining);
      }
      if (attempt.failure) {
        const fields = { requestId: currentRequestId(), ...attempt };
        if (noteworthy(attempt)) logger.warn(fields, 'lightfield call failed');
        else logger.debug(fields, 'lightfield call failed');
      }
    },
  });
  const client = createResilientClient(oneShot, {
    limiter,
    retry: { ...DEFAULT_RETRY, ...upstream.retry },
    clock,
    timeoutMs,
  });
  const api = createLightfieldApi(client);
  const scrubKey = secretScrubber([upstream.apiKey]);
  const onRefreshError = (key: string, error: unknown) =>
    logger.warn({ key, error: String(error) }, 'background refresh failed; serving the old copy');
  const followUp = createFollowUpCaches(api, { now: () => clock.now(), onRefreshError, caches });
  const deps: RouteDeps = {
    mode: options.mode,
    api,
    followUp,
    definitions: createDefinitionsCache(api, {
      followUp: followUp.availability,
      now: () => clock.now(),
      onRefreshError: (error) => onRefreshError('definitions', error),
      caches,
    }),
    reads: createReadCaches(api, { now: () => clock.now(), onRefreshError, caches }),
    logger,
    clock,
    lifecycle,
    csrf: { allowedOrigins: security.allowedOrigins ?? [], trustProxy },
    bodyLimitBytes: security.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    ledger: shared ? shared.ledger(memoryLedger) : memoryLedger,
    degraded: () => shared?.degraded() ?? null,
  };

  const app = new Hono<AppEnv>();
  app.use('*', requestIds(trustProxy));
  app.use('*', closeAfterUnreadBody());
  app.use('*', lifecycle.middleware);
  app.use('*', accessLog(logger));
  app.use(
    '*',
    securityHeaders({ frameAncestors: security.frameAncestors ?? "'self'", trustProxy }),
  );
  app.use('*', hostGuard({ allowedHosts: security.allowedHosts ?? [], trustProxy }));
  app.use('*', pathGuard());
  app.use('*', accessGate(security.trustedUserHeader ?? null, isProbe));
  app.use(
    '/api/*',
    clientRateLimit({
      perMinute: rateLimitPerMinute,
      shared: shared && rateLimitPerMinute > 0 ? shared.clientLimit(rateLimitPerMinute) : undefined,
      clock,
      isExempt: isProbe,
      clientKey: (c) => c.get('userEmail') ?? clientAddress(c, trustProxy),
    }),
  );

  app.get('/api/health', (c) => c.json({ status: 'ok', mode: deps.mode } satisfies HealthResponse));
  app.route('/api/ready', readyRoute(deps));
  app.route('/api/session', sessionRoute(deps));
  app.route('/api/embed-config', embedConfigRoute(deps));
  if (deps.mode === 'demo' && upstream.demo) app.route('/api/demo', demoRoute(upstream.demo, deps));
  app.route('/api/definitions', definitionsRoute(deps));
  app.route('/api/accounts', accountsRoute(deps));
  app.route('/api/accounts', accountCreateRoute(deps));
  app.route('/api/members', membersRoute(deps));
  app.route('/api/contacts', contactsRoute(deps));
  app.route('/api/opportunities', opportunitiesRoute(deps));
  app.route('/api/opportunities', opportunitySummaryRoute(deps));
  app.route('/api/duplicates', duplicatesRoute(deps));
  // Anything else under /api is not ours to answer, and never the SPA's index.html.
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));
  app.all('/api', (c) => apiError(c, 404, 'not_found', 'No such API route.'));

  // The example portal page is a demo prop; a live deployment has no reason to serve it.
  if (deps.mode === 'demo' && upstream.demo) {
    app.route('/examples', examplesRoute(upstream.demo.exampleAccount));
  }
  if (options.spa) app.route('/', options.spa);

  app.notFound((c) => apiError(c, 404, 'not_found', 'Not found.'));
  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (isClientAbort(error, c.req.raw)) {
      // Nobody reads this answer; the request's one log line says what happened.
      c.set('clientAborted', true);
      return apiError(c, 400, 'bad_request', 'The request was aborted before it arrived.');
    }
    if (error instanceof IdempotencyKeyReused) {
      logger.warn({ requestId }, 'idempotency key reused with another body; refused');
      return apiError(
        c,
        422,
        'idempotency_key_reused',
        'Nothing was created: the key of this request was already used for a different one. Submit again; the form takes a new key and checks for an existing deal first.',
        { retryable: false },
      );
    }
    if (error instanceof UpstreamError) {
      const f = error.failure;
      const level = isRoutine(f) ? 'info' : 'warn';
      logger[level](
        {
          requestId,
          operation: error.operation,
          attempts: error.attempts,
          failure: f.kind,
          ...(f.kind === 'http' && {
            upstreamStatus: f.status,
            type: f.error.type,
            code: f.error.code,
            param: f.error.param,
          }),
        },
        'lightfield call gave up',
      );
      return upstreamErrorResponse(c, error, deps.definitions.peek(), scrubKey);
    }
    logger.error(
      {
        requestId,
        error: String(error),
        ...(error instanceof Error && { stack: error.stack }),
      },
      'unhandled error',
    );
    return apiError(c, 500, 'internal_error', 'Something went wrong on our side.');
  });
  return app;
}
