import type { MiddlewareHandler } from 'hono';
import { isPagePath } from '../page-paths';
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

const DOCUMENT_TYPE = /^(text\/html|image\/svg\+xml)\b/i;

/**
 * Headers on every response: the SPA, the API, errors and 404s alike. Framing rules are the same
 * on all of them, so an error answered to a portal's iframe still shows in it. The page's policy,
 * Permissions-Policy and COOP only act on documents, so only documents get them; every other
 * answer (scripts, stylesheets, JSON) gets `default-src 'none'`: opened on its own, it can load
 * and run nothing. On a first visit that is about 400 bytes less per script, stylesheet and JSON.
 * A bodiless answer (304, 204) has no type to go by: its path says what it stands for, and a
 * 304's headers replace the cached ones, so a revalidated page keeps the page's policy.
 */
export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler {
  const csp = contentSecurityPolicy(options.frameAncestors);
  const resourceCsp = `default-src 'none'; frame-ancestors ${options.frameAncestors}`;
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
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    const type = h.get('Content-Type');
    const isDocument = type ? DOCUMENT_TYPE.test(type) : isPagePath(c.req.path);
    h.set('Content-Security-Policy', isDocument ? csp : resourceCsp);
    if (frameOptions) h.set('X-Frame-Options', frameOptions);
    else h.delete('X-Frame-Options');
    if (isDocument) {
      h.set('Permissions-Policy', PERMISSIONS_POLICY);
      h.set('Cross-Origin-Opener-Policy', 'same-origin');
    }
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
