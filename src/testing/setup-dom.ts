import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCatalog } from '../app/i18n/translate';

// The app loads a language's catalog before its first render; tests render in any language.
await Promise.all(['de', 'fr'].map(loadCatalog));
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
