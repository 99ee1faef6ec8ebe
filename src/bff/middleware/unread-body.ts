import type { MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';

/** The request carries a body (a length above 0, or chunks). */
const hasBody = (incoming: IncomingMessage) => {
  const length = Number(incoming.headers['content-length'] ?? 0);
  return length > 0 || incoming.headers['transfer-encoding'] !== undefined;
};

/**
 * An early answer (413, 415, 400 on a header, 403…) leaves the request's body unread, and what
 * is left of it on a kept-alive connection would be read as the next request, or the socket cut
 * while a proxy reuses it for another rep. Such answers say `Connection: close`, so the client
 * (or proxy) opens a fresh connection instead. In-process requests (tests) have no socket.
 */
export function closeAfterUnreadBody(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming && !incoming.readableEnded && hasBody(incoming)) {
      c.header('Connection', 'close');
    }
  };
}
