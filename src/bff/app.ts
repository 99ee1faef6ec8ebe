import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { AppMode, HealthResponse } from '../model/api-contract';
import { createDefinitionsCache } from './definitions-cache';
import { apiError, upstreamErrorResponse } from './http-errors';
import { createLightfieldApi } from './lightfield/lightfield-api';
import { createUpstreamClient, type FetchLike } from './lightfield/upstream-client';
import { UpstreamError } from './lightfield/upstream-error';
import { accountsRoute } from './routes/accounts-route';
import { contactsRoute } from './routes/contacts-route';
import type { RouteDeps } from './routes/deps';
import { definitionsRoute } from './routes/definitions-route';
import { membersRoute } from './routes/members-route';
import { opportunitiesRoute } from './routes/opportunities-route';

export interface AppOptions {
  mode: AppMode;
  upstream: { baseUrl: string; apiKey: string; fetch: FetchLike; timeoutMs?: number };
  /** Serves the browser app; absent in tests and in `vite dev`, which serves it itself. */
  spa?: Hono;
  log?: (line: Record<string, unknown>) => void;
}

/** The whole server, without listening: tests drive it with `app.request()`. */
export function createApp(options: AppOptions) {
  const api = createLightfieldApi(createUpstreamClient({ timeoutMs: 10_000, ...options.upstream }));
  const deps: RouteDeps = { mode: options.mode, api, definitions: createDefinitionsCache(api) };
  const log = options.log ?? (() => {});

  const app = new Hono();
  app.use('*', requestId());

  app.get('/api/health', (c) => c.json({ status: 'ok', mode: deps.mode } satisfies HealthResponse));
  app.route('/api/definitions', definitionsRoute(deps));
  app.route('/api/accounts', accountsRoute(deps));
  app.route('/api/members', membersRoute(deps));
  app.route('/api/contacts', contactsRoute(deps));
  app.route('/api/opportunities', opportunitiesRoute(deps));
  // Anything else under /api is not ours to answer, and never the SPA's index.html.
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));
  app.all('/api', (c) => apiError(c, 404, 'not_found', 'No such API route.'));

  if (options.spa) app.route('/', options.spa);

  app.notFound((c) => apiError(c, 404, 'not_found', 'Not found.'));
  app.onError((error, c) => {
    if (error instanceof UpstreamError) {
      log({
        level: 'warn',
        msg: error.message,
        requestId: c.get('requestId'),
        upstreamStatus: error.status,
      });
      return upstreamErrorResponse(c, error, deps.definitions.peek());
    }
    log({
      level: 'error',
      msg: 'unhandled error',
      requestId: c.get('requestId'),
      error: String(error),
    });
    return apiError(c, 500, 'internal_error', 'Something went wrong on our side.');
  });
  return app;
}
