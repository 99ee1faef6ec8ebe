import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import type { AppLogger } from '../app-logger';
import { newUpstreamStats, withUpstreamStats } from '../request-context';

const PROBES = new Set(['/api/health', '/api/ready']);
const MAX_LOGGED_PATH = 200;

/**
 * One line per request: id, method, path (never the query: search text is customer data),
 * status, duration, and what it cost upstream. Probes that succeed log at debug level.
 */
export function accessLog(logger: AppLogger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const upstream = newUpstreamStats(c.get('requestId'));
    await withUpstreamStats(upstream, () => next());
    const status = c.res.status;
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path.slice(0, MAX_LOGGED_PATH),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(upstream.calls > 0 && {
        upstream: {
          calls: upstream.calls,
          ms: upstream.ms,
          status: upstream.lastStatus,
          ...(upstream.lastFailure && { failure: upstream.lastFailure }),
        },
      }),
    };
    if (c.get('clientAborted'))
      logger.info({ ...fields, aborted: true }, 'request body never arrived');
    else if (status >= 500) logger.error(fields, 'request');
    else if (status >= 400) logger.warn(fields, 'request');
    else if (PROBES.has(c.req.path)) logger.debug(fields, 'request');
    else logger.info(fields, 'request');
  };
}
