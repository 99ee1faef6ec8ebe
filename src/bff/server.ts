import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How long a client may take, and how many may be connected at once (README, Operations). */
export interface ServerLimits {
  /** To send a request's headers; a slowloris gets 408. */
  headersTimeoutMs: number;
  /** To send a whole request, body included (a deal is a few KB; 256 KB at most). */
  requestTimeoutMs: number;
  /**
   * An idle kept-alive connection stays open this long: longer than the 60 s idle timeout of
   * common proxies and load balancers, so they never reuse a connection this server is closing.
   */
  keepAliveTimeoutMs: number;
  /** Beyond this many open connections new ones are dropped. */
  maxConnections: number;
  /** How often node checks the two timeouts above (its default, 30 s, would triple them). */
  checkIntervalMs: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 1_024,
  checkIntervalMs: 1_000,
};

/** Listens with the limits that keep slow or idle clients from holding the server. */
export function startServer(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { hostname: string; port: number; limits?: ServerLimits },
  onListening: (port: number) => void = () => {},
): Server {
  const limits = options.limits ?? SERVER_LIMITS;
  const server = serve(
    {
      fetch,
      hostname: options.hostname,
      port: options.port,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        connectionsCheckingInterval: limits.checkIntervalMs,
      },
    },
    (info: AddressInfo) => onListening(info.port),
  ) as Server;
  server.maxConnections = limits.maxConnections;
  return server;
}
