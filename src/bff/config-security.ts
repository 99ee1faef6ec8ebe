// The settings that decide who may reach, frame or sign in to the app, and where the API key is
// sent: each refuses the values (wildcards, plain http, spoofable headers) that would weaken it.
import { z } from 'zod/mini';
import { urlOrNull } from './config-values';

/** `https://portal.example.com` exactly: scheme, host and port, nothing else, no wildcard. */
function parseOrigin(raw: string): string | null {
  const url = urlOrNull(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  // The URL parser takes `*` as a host character; as an origin it would match nothing.
  if (url.hostname.includes('*')) return null;
  return url.origin === raw.replace(/\/$/, '').toLowerCase() ? url.origin : null;
}

export const originList = z.prefault(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const items = s.split(/[\s,]+/).filter(Boolean);
      const origins: string[] = [];
      for (const item of items) {
        const origin = parseOrigin(item);
        if (!origin) {
          ctx.issues.push({
            code: 'custom',
            message: `ALLOWED_ORIGINS: “${item}” is not an origin like https://portal.example.com (no path, no wildcard)`,
            input: s,
          });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
  ),
  '',
);

// A CSP source naming one origin: a keyword, or a host with optional scheme and port. Wildcards
// (`*`, `*.example.com`, `:*`) and bare schemes (`https:`) are refused: each lets pages nobody
// listed frame the form, and a framed form applies the portal's lock and hide (README, Embedding).
const CSP_KEYWORD = /^'(?:self|none)'$/;
const CSP_HOST = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

export const frameAncestors = z._default(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const sources = s.trim().split(/\s+/);
      const refuse = (message: string) => {
        ctx.issues.push({ code: 'custom', message: `FRAME_ANCESTORS: ${message}`, input: s });
        return z.NEVER;
      };
      for (const src of sources) {
        if (src.includes('*')) return refuse(`“${src}” is a wildcard; list each portal origin`);
        if (/^[a-z][a-z0-9+.-]*:$/i.test(src)) {
          return refuse(`“${src}” is a bare scheme; list each portal origin`);
        }
        if (!CSP_KEYWORD.test(src) && !CSP_HOST.test(src)) {
          return refuse(
            `“${src}” is not 'self', 'none' or an origin like https://portal.example.com`,
          );
        }
      }
      if (sources.includes("'none'") && sources.length > 1) {
        return refuse("'none' cannot be combined with other sources");
      }
      return sources.join(' ');
    }),
  ),
  "'self'",
);

const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
// Headers a browser or a client sets at will, or that proxies and tracing set for other
// meanings: trusting one of them as the rep's email would let anyone sign in as anyone.
const UNTRUSTABLE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'origin',
  'referer',
  'user-agent',
  'content-type',
  'content-length',
  'accept',
  'connection',
  'forwarded',
  'via',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-prefix',
  'x-forwarded-server',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'x-request-id',
  'x-correlation-id',
  'traceparent',
  'tracestate',
  'idempotency-key',
  'x-http-method-override',
  'x-requested-with',
]);
const UNTRUSTABLE_PREFIXES = ['sec-', 'accept-', 'content-', 'if-', 'access-control-'];

export const trustedUserHeader = z.optional(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const name = s.trim();
      const lower = name.toLowerCase();
      if (!HEADER_NAME.test(name)) {
        ctx.issues.push({
          code: 'custom',
          message:
            'TRUSTED_USER_HEADER must be a header name your auth proxy sets, e.g. X-Forwarded-Email',
          input: s,
        });
        return z.NEVER;
      }
      if (UNTRUSTABLE_HEADERS.has(lower) || UNTRUSTABLE_PREFIXES.some((p) => lower.startsWith(p))) {
        ctx.issues.push({
          code: 'custom',
          message: `TRUSTED_USER_HEADER: “${name}” is set by browsers, clients or proxies for another meaning; use the header your auth proxy sets to the rep's email, e.g. X-Forwarded-Email`,
          input: s,
        });
        return z.NEVER;
      }
      return name;
    }),
  ),
);

/** `http:` is only for a Lightfield on this machine (a test double); anything else is https. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export const apiUrl = z._default(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const url = urlOrNull(s);
      const secure =
        url?.protocol === 'https:' ||
        (url?.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
      if (!url || !secure || url.username || url.password || url.search || url.hash) {
        ctx.issues.push({
          code: 'custom',
          message:
            'LIGHTFIELD_API_URL must be an https URL (http only for localhost), without credentials or query',
          input: s,
        });
        return z.NEVER;
      }
      return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
    }),
  ),
  'https://api.lightfield.app',
);

// A host name as a browser puts it in the Host header (no scheme, no port, no wildcard).
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

export const hostList = z.prefault(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const hosts: string[] = [];
      for (const item of s.split(/[\s,]+/).filter(Boolean)) {
        if (!HOST_NAME.test(item)) {
          ctx.issues.push({
            code: 'custom',
            message: `ALLOWED_HOSTS: “${item}” is not a host name like deals.example.com (no scheme, port or wildcard)`,
            input: s,
          });
          return z.NEVER;
        }
        hosts.push(item.toLowerCase().replace(/\.$/, ''));
      }
      return hosts;
    }),
  ),
  '',
);

// HOST joins the allowed host names when it is a name: an address (127.0.0.1, 0.0.0.0, ::) is
// always allowed or never a Host header at all.
export const isHostName = (host: string) => HOST_NAME.test(host) && !/^[\d.]+$/.test(host);
