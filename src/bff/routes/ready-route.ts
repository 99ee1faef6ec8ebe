import { Hono } from 'hono';
import type { AppMode } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { missingScopes, REQUIRED_SCOPES } from '../lightfield/operations';
import { UpstreamError } from '../lightfield/upstream-error';
import type { RouteDeps } from './deps';

/** `GET /api/ready`, for load balancers and admins (not part of the browser contract). */
export interface ReadyResponse {
  status: 'ready' | 'not_ready';
  mode: AppMode;
  /** Scopes the key lacks, by name (`opportunities:create`, …); [] when it has them all. */
  missingScopes: string[];
  /** For the admin, when something is wrong; never the key. */
  reason?: string;
  /** Still ready, but without the shared store: limits are per replica, caches local. */
  degraded?: 'redis';
}

/** A good answer is reused for a minute, a bad one for a few seconds (probes come often). */
export const READY_OK_TTL_MS = 60_000;
export const READY_FAIL_TTL_MS = 5_000;

interface Outcome {
  status: 200 | 503;
  body: ReadyResponse;
  at: number;
}

export function readyRoute({ mode, api, clock, lifecycle, degraded }: RouteDeps) {
  let last: Outcome | null = null;
  let pending: Promise<Outcome> | null = null;

  const check = async (): Promise<Outcome> => {
    const at = clock.now();
    try {
      const auth = await api.validateAuth();
      const missing = missingScopes(auth.scopes, REQUIRED_SCOPES);
      return {
        status: 200,
        at,
        body: {
          status: 'ready',
          mode,
          missingScopes: missing,
          ...(missing.length > 0 && {
            reason: `The API key lacks ${missing.join(', ')}; the form cannot do everything. Create a key with these scopes.`,
          }),
        },
      };
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const reason =
        error.status === 401
          ? 'Lightfield says the API key is invalid or revoked (LIGHTFIELD_API_KEY).'
          : `Lightfield could not validate the API key (${error.status ?? error.failure.kind}).`;
      return { status: 503, at, body: { status: 'not_ready', mode, missingScopes: [], reason } };
    }
  };

  const current = async (): Promise<Outcome> => {
    const ttl = last?.status === 200 ? READY_OK_TTL_MS : READY_FAIL_TTL_MS;
    if (last && clock.now() - last.at < ttl) return last;
    pending ??= check().finally(() => {
      pending = null;
    });
    last = await pending;
    return last;
  };

  return new Hono<AppEnv>().get('/', async (c) => {
    if (lifecycle.draining) {
      const body: ReadyResponse = {
        status: 'not_ready',
        mode,
        missingScopes: [],
        reason: 'Shutting down.',
      };
      return c.json(body, 503);
    }
    const without = degraded();
    const note = without ? { degraded: without } : {};
    if (mode === 'demo') {
      const body: ReadyResponse = { status: 'ready', mode, missingScopes: [], ...note };
      return c.json(body);
    }
    const { status, body } = await current();
    return c.json({ ...body, ...note }, status);
  });
}
