import type { MiddlewareHandler } from 'hono';
import { apiError } from '../http-errors';

export interface HostGuardOptions {
  /** Host names besides localhost and IP addresses (ALLOWED_HOSTS and HOST), lower case. */
  allowedHosts: readonly string[];
  /** Behind TRUST_PROXY the browser's host is the proxy's `X-Forwarded-Host`. */
  trustProxy: boolean;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The host name of a Host or X-Forwarded-Host value, without port or brackets; null if none. */
function hostNameOf(value: string | undefined): string | null {
  const first = value?.split(',')[0]?.trim();
  if (!first) return null;
  try {
    return new URL(`http://${first}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * DNS rebinding needs a name the attacker controls: a browser that reaches this server through
 * `rebind.attacker.example` sends that name as Host, and since the BFF takes its own origin
 * from the Host, the attacker's page would count as same-origin. Only listed names, localhost
 * and IP addresses (which no attacker can point anywhere) are answered; everything else gets
 * 421 before any route runs.
 */
export function hostGuard(options: HostGuardOptions): MiddlewareHandler {
  const allowed = new Set(['localhost', ...options.allowedHosts]);
  const isAllowed = (host: string | null) =>
    host !== null &&
    (allowed.has(host) || IPV4.test(host) || host.startsWith('[') || host.endsWith('.localhost'));
  return async (c, next) => {
    const forwarded = options.trustProxy ? c.req.header('X-Forwarded-Host') : undefined;
    const host = hostNameOf(forwarded ?? new URL(c.req.url).host);
    if (!isAllowed(host)) {
      return apiError(
        c,
        421,
        'misdirected_request',
        'This server does not answer for that host name. Open the form at its own address.',
      );
    }
    return next();
  };
}
