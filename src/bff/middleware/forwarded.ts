import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

// `X-Forwarded-*` are only believed with TRUST_PROXY: otherwise any client could claim them.

const firstToken = (value: string | undefined) => value?.split(',')[0]?.trim() || undefined;

export function isHttps(c: Context, trustProxy: boolean): boolean {
  // On every response: a prefix test, not a URL parse.
  if (c.req.url.startsWith('https:')) return true;
  return trustProxy && firstToken(c.req.header('X-Forwarded-Proto'))?.toLowerCase() === 'https';
}

/** The origin the browser used to reach this app: what a same-origin `Origin` header says. */
export function ownOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  if (!trustProxy) return url.origin;
  const proto = firstToken(c.req.header('X-Forwarded-Proto'))?.toLowerCase();
  const host = firstToken(c.req.header('X-Forwarded-Host'));
  try {
    return new URL(
      `${proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1)}://${host ?? url.host}`,
    ).origin;
  } catch {
    return url.origin;
  }
}

/**
 * Who is asking, for the per-client rate limit: the address the proxy saw (its last
 * `X-Forwarded-For` entry, the one it appended itself) or the socket's peer.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests, `app.request()`) have no socket.
    return 'local';
  }
}
