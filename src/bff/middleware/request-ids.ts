import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const SANE_ID = /^[\w=-]{1,64}$/;

/**
 * Every request gets an id for its log line, the `X-Request-Id` header and error bodies. The
 * proxy's own id is kept behind TRUST_PROXY (it ties our line to the proxy's); from anyone else
 * an id could be chosen to collide with or impersonate another rep's in the logs, so it is not.
 */
export function requestIds(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = trustProxy ? c.req.header('X-Request-Id') : undefined;
    const id = offered && SANE_ID.test(offered) ? offered : crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
