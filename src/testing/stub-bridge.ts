import type { EmbedBridge } from '../app/features/embed/embed-bridge';

/** An embed bridge that records nothing and answers nothing, but what `overrides` says. */
export function stubBridge(overrides: Partial<EmbedBridge> = {}): EmbedBridge {
  return {
    ready: () => {},
    resize: () => {},
    submitted: () => {},
    error: () => {},
    cancel: () => {},
    onPrefill: () => () => {},
    allow: () => {},
    ...overrides,
  };
}
