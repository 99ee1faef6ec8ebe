import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
afterEach(() => {
  cleanup();
  // The form autosaves drafts; one test's draft (or tab's slot) must not carry into the next.
  localStorage.clear();
  sessionStorage.clear();
});

// jsdom lacks the pointer-capture and scrolling APIs Radix Select calls.
const proto = Element.prototype as unknown as Record<string, unknown>;
proto.hasPointerCapture ??= () => false;
proto.setPointerCapture ??= () => {};
proto.releasePointerCapture ??= () => {};
proto.scrollIntoView ??= () => {};
