import type { MiddlewareHandler } from 'hono';
import { isHttps } from './forwarded';

export interface SecurityHeaderOptions {
  /** CSP `frame-ancestors` sources, e.g. `'self' https://portal.example.com`. */
  frameAncestors: string;
  trustProxy: boolean;
}

/**
 * The built app loads one script and one stylesheet from 'self' and nothing else. Styles allow
 * 'unsafe-inline' because Radix Select and react-remove-scroll inject <style> elements at run
 * time; scripts never do.
 */
function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** Headers on every response: the SPA, the API, errors and 404s alike. */
export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  const csp = contentSecurityPolicy(options.frameAncestors);
  // Old browsers ignore frame-ancestors; X-Frame-Options can only say "same origin" or "never".
  const frameOptions =
    options.frameAncestors === "'self'"
      ? 'SAMEORIGIN'
      : options.frameAncestors === "'none'"
        ? 'DENY'
        : null;
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', csp);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Permissions-Policy', PERMISSIONS_POLICY);
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (frameOptions) h.set('X-Frame-Options', frameOptions);
    else h.delete('X-Frame-Options');
    h.delete('X-Powered-By');
    h.delete('Server');
    if (isHttps(c, options.trustProxy)) {
      h.set('Strict-Transport-Security', 'max-age=31536000');
    }
    if (c.req.path.startsWith('/api')) {
      // No other site may embed API answers, even as no-cors subresources.
      h.set('Cross-Origin-Resource-Policy', 'same-origin');
      // API answers are per request; only /api/definitions opts into revalidation (ETag).
      if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    }
  };
}
