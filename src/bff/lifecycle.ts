import type { MiddlewareHandler } from 'hono';

/** In-flight requests and the draining flag, for graceful shutdown and `/api/ready`. */
export interface Lifecycle {
  readonly draining: boolean;
  readonly inFlight: number;
  /** Counts every request; while draining, tells clients to close the connection after it. */
  middleware: MiddlewareHandler;
  /** From now on `/api/ready` says 503, so load balancers stop sending new work. */
  drain(): void;
  /** Resolves once no request is in flight. */
  idle(): Promise<void>;
}

export function createLifecycle(): Lifecycle {
  let draining = false;
  let inFlight = 0;
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (inFlight > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    middleware: async (c, next) => {
      inFlight++;
      try {
        await next();
        if (draining) c.header('Connection', 'close');
      } finally {
        inFlight--;
        settle();
      }
    },
    drain() {
      draining = true;
    },
    idle() {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
