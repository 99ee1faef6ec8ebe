import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http-errors';
import { ownOrigin } from './forwarded';

export interface CsrfOptions {
  /** Origins besides the app's own (ALLOWED_ORIGINS), already normalised. */
  allowedOrigins: readonly string[];
  trustProxy: boolean;
}

const normalise = (origin: string) => {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.origin;
  } catch {
    return null;
  }
};

/**
 * State-changing requests must come from the app's own origin or ALLOWED_ORIGINS. Every current
 * browser sends `Origin` on a POST and `Sec-Fetch-Site` with it; a request with neither did not
 * come from a browser, so no one's session can be ridden with it. The JSON content type and the
 * Idempotency-Key header the route requires also force a CORS preflight, which the BFF never
 * grants, so even an old browser cannot send a cross-site create.
 */
export function csrfGuard(options: CsrfOptions): MiddlewareHandler {
  const allowed = new Set(options.allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const site = c.req.header('Sec-Fetch-Site')?.toLowerCase();
    let ok: boolean;
    if (origin !== undefined) {
      const normalised = normalise(origin);
      ok =
        normalised !== null &&
        (normalised === ownOrigin(c, options.trustProxy) || allowed.has(normalised));
    } else {
      ok = site === undefined || site === 'same-origin';
    }
    if (!ok) {
      return apiError(
        c,
        403,
        'forbidden_origin',
        'This request did not come from the Deal Form. Open the form from your portal and try again.',
      );
    }
    return next();
  };
}
