import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadComboboxes } from '../app/components/combobox/load-comboboxes';

// In the browser downshift arrives in its own chunk and a stand-in input holds its place until
// then; tests get the real comboboxes from the first render (the stand-in has its own test).
await loadComboboxes();

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
