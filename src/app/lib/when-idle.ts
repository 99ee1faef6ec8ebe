/**
 * How long after the form appears speculative work waits before it may start. On a slow
 * two-core machine a pre-render running then delays the frame that answers the rep's first
 * click or key by tens of milliseconds.
 */
export const SETTLE_MS = 1000;

/**
 * Runs `callback` once the browser has nothing better to do, no earlier than `afterMs` from now.
 * For speculative work (the hidden controls' pre-render) that must never stand between the rep
 * and the page. Returns a cancel function.
 */
export function whenIdle(callback: () => void, afterMs = 0): () => void {
  let idleHandle: number | null = null;
  const startIdle = () => {
    if (typeof window.requestIdleCallback === 'function') {
      idleHandle = window.requestIdleCallback(callback);
    } else {
      // Safari has no requestIdleCallback: a short timeout still lets the first frames through.
      idleHandle = window.setTimeout(callback, 200);
    }
  };
  const delay = afterMs > 0 ? window.setTimeout(startIdle, afterMs) : null;
  if (delay === null) startIdle();
  return () => {
    if (delay !== null) window.clearTimeout(delay);
    if (idleHandle === null) return;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleHandle);
    else window.clearTimeout(idleHandle);
  };
}
