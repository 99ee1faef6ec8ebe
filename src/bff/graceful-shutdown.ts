import type { AppLogger } from './app-logger';
import type { Lifecycle } from './lifecycle';

/** The part of node's http.Server that shutting down needs. */
export interface ClosableServer {
  close(callback?: (error?: Error) => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

export interface ShutdownOptions {
  server: ClosableServer;
  lifecycle: Lifecycle;
  logger: AppLogger;
  /** After this, connections are cut and the process exits with 1. */
  timeoutMs: number;
  exit: (code: number) => void;
  /** Lets buffered log lines out before exiting. */
  flush?: () => Promise<void>;
}

/**
 * SIGTERM: stop accepting connections, let in-flight requests (a create with its retries above
 * all) finish, then exit. A second signal does not restart the wait.
 */
export function createShutdown(options: ShutdownOptions) {
  const { server, lifecycle, logger } = options;
  let stopping: Promise<void> | null = null;

  const run = async (signal: string) => {
    logger.info(
      { signal, inFlight: lifecycle.inFlight },
      'shutting down: finishing in-flight requests',
    );
    lifecycle.drain();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections with nothing in flight would otherwise hold close() open.
    server.closeIdleConnections?.();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const outcome = await Promise.race([
      Promise.all([lifecycle.idle(), closed]).then(() => 'drained' as const),
      timedOut,
    ]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      logger.warn(
        { inFlight: lifecycle.inFlight, timeoutMs: options.timeoutMs },
        'shutdown timed out; closing remaining connections',
      );
      server.closeAllConnections?.();
    } else {
      logger.info({}, 'shutdown complete');
    }
    await options.flush?.();
    options.exit(outcome === 'drained' ? 0 : 1);
  };

  return (signal: string): Promise<void> => (stopping ??= run(signal));
}
