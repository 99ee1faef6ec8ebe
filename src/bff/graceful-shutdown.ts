import type { AppLogger } from './app-logger';
import type { Lifecycle } from './lifecycle';

/** The part of node's http.Server that shutting down needs. */
interface ClosableServer {
  close(callback?: (error?: Error) => void): unknown;
  closeIdleConnections?(): void;
  closeAllConnections?(): void;
}

export interface ShutdownOptions {
  server: ClosableServer;
  lifecycle: Lifecycle;
  logger: AppLogger;
  /** From the signal on: after this, connections are cut and the process exits with 1. */
  timeoutMs: number;
  /**
   * SIGTERM only: how long `/api/ready` says 503 while new connections are still accepted and
   * served, so a load balancer takes the instance out before it refuses anything. Part of
   * `timeoutMs`. Default 0.
   */
  drainMs?: number;
  exit: (code: number) => void;
  /** Lets buffered log lines out before exiting. */
  flush?: () => Promise<void>;
  /** A flush that hangs (stdout a broken pipe) is given up after this. Default 1 s. */
  flushTimeoutMs?: number;
}

const DEFAULT_FLUSH_TIMEOUT_MS = 1_000;

/** Resolves after `ms`, or as soon as `cut()` is called. */
function interruptibleWait(ms: number) {
  let cut = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    cut = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, cut: () => cut() };
}

/**
 * SIGTERM: `/api/ready` turns 503 at once, connections are still accepted for the drain window,
 * then the server stops accepting, in-flight requests (a create with its retries above all)
 * finish, logs are flushed (boundedly) and the process exits: 0 when everything finished, 1 when
 * the timeout cut something off. SIGINT (Ctrl-C) skips the drain window, and so does a second
 * signal during it. Whatever hangs, the process exits.
 */
export function createShutdown(options: ShutdownOptions) {
  const { server, lifecycle, logger } = options;
  const drainMs = Math.min(options.drainMs ?? 0, options.timeoutMs);
  const flushTimeoutMs = options.flushTimeoutMs ?? DEFAULT_FLUSH_TIMEOUT_MS;
  let stopping: Promise<void> | null = null;
  let drainWindow: ReturnType<typeof interruptibleWait> | null = null;
  let exited = false;
  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    options.exit(code);
  };

  const run = async (signal: string) => {
    const started = Date.now();
    // The backstop: nothing below (a close callback, a flush) may keep the process alive.
    const backstop = setTimeout(() => exit(1), options.timeoutMs + flushTimeoutMs + 1_000);
    lifecycle.drain();
    const window = signal === 'SIGTERM' ? drainMs : 0;
    logger.info(
      { signal, inFlight: lifecycle.inFlight, drainMs: window },
      'shutting down: not ready, finishing in-flight requests',
    );
    if (window > 0) {
      drainWindow = interruptibleWait(window);
      await drainWindow.done;
    }

    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections with nothing in flight would otherwise hold close() open.
    server.closeIdleConnections?.();
    const left = interruptibleWait(Math.max(0, options.timeoutMs - (Date.now() - started)));
    const outcome = await Promise.race([
      Promise.all([lifecycle.idle(), closed]).then(() => 'drained' as const),
      left.done.then(() => 'timeout' as const),
    ]);
    left.cut();
    if (outcome === 'timeout') {
      logger.warn(
        { inFlight: lifecycle.inFlight, timeoutMs: options.timeoutMs },
        'shutdown timed out; closing remaining connections',
      );
      server.closeAllConnections?.();
    } else {
      logger.info({}, 'shutdown complete');
    }
    if (options.flush) {
      const gaveUp = interruptibleWait(flushTimeoutMs);
      await Promise.race([options.flush().catch(() => {}), gaveUp.done]);
      gaveUp.cut();
    }
    clearTimeout(backstop);
    exit(outcome === 'drained' ? 0 : 1);
  };

  return (signal: string): Promise<void> => {
    // A second signal does not restart anything; during the drain window it ends the window.
    if (stopping) drainWindow?.cut();
    return (stopping ??= run(signal));
  };
}
