import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { apiError } from '../http-errors';

// Deliberately plain: the auth proxy has already checked who this is; this only refuses junk.
const EMAIL = /^[^\s@<>",;]{1,64}@[^\s@<>",;]{1,253}$/;

/**
 * With `TRUSTED_USER_HEADER` set, the portal's auth proxy in front of the BFF vouches for the
 * rep: requests without the header never came through it and get 401. Only safe when the BFF
 * is reachable through that proxy alone, and the proxy overwrites the header (README, Security).
 */
export function accessGate(
  headerName: string | null,
  isExempt: (path: string) => boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('userEmail', null);
    if (!headerName || isExempt(c.req.path)) return next();
    const email = c.req.header(headerName)?.trim().toLowerCase();
    if (!email || !EMAIL.test(email)) {
      return apiError(c, 401, 'unauthenticated', 'Sign in through your portal to use this form.');
    }
    c.set('userEmail', email);
    return next();
  };
}
