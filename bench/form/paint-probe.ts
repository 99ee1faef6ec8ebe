/** What a bench page reports to the driver (scripts/bench-form.mjs) through `window.__bench`. */
interface BenchProbe {
  /** ms since navigation start when the form's last element was in the DOM and painted. */
  painted?: number;
  /** ms from the submit button's pointerdown to the submit handler being reached. */
  submitted?: number;
  /** ms from the submit button's pointerdown to the first error message painted. */
  errorsShown?: number;
  /** ms from each keydown to the paint after it. */
  keystrokes: number[];
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

const probe: BenchProbe = { keystrokes: [] };
window.__bench = probe;

// After the next frame is produced: rAF runs before paint, a message task runs after it.
function afterNextPaint(callback: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = callback;
    channel.port2.postMessage(null);
  });
}

/** Resolves once `selector` matches (the form's end is in the DOM), after that frame painted. */
function probePaint(selector: string) {
  const done = () => afterNextPaint(() => (probe.painted = performance.now()));
  if (document.querySelector(selector)) return done();
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    done();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/** Keystroke → next paint, for every key typed anywhere on the page. */
function probeKeystrokes() {
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      afterNextPaint(() => probe.keystrokes.push(performance.now() - start));
    },
    { capture: true },
  );
}

let pressedAt: number | null = null;

/** Starts the submit clocks at the submit button's pointerdown (before any blur handler runs). */
function probeSubmitPress() {
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.target instanceof Element && event.target.closest('[type="submit"]')) {
        pressedAt = event.timeStamp;
      }
    },
    { capture: true },
  );
}

/** Called by the page when its submit handler receives valid values. */
export function markSubmitted() {
  if (pressedAt !== null && probe.submitted === undefined) {
    probe.submitted = performance.now() - pressedAt;
  }
}

/** Errors shown: the first `selector` match after a press, then the paint after it. */
function probeErrors(selector: string) {
  const observer = new MutationObserver(() => {
    const start = pressedAt;
    if (start === null || !document.querySelector(selector)) return;
    observer.disconnect();
    afterNextPaint(() => (probe.errorsShown = performance.now() - start));
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * Every probe a bench page needs: the first `errors` match is "errors shown", the first `end`
 * match "painted". Pages call `markSubmitted` from their own submit handler.
 */
export function probePage({ errors, end }: { errors: string; end: string }) {
  probeKeystrokes();
  probeSubmitPress();
  probeErrors(errors);
  probePaint(end);
}
