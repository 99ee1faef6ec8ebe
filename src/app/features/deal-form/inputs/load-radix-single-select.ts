import type { RadixSingleSelect } from './radix-single-select';
import { SETTLE_MS, whenIdle } from '../../../lib/when-idle';

type RadixSingleSelectComponent = typeof RadixSingleSelect;

let loaded: RadixSingleSelectComponent | null = null;
let loading: Promise<RadixSingleSelectComponent> | null = null;

/**
 * Radix Select (with floating-ui, focus scope, scroll lock…) is about a sixth of the app's
 * JavaScript and no select is open at first paint, so it lives in its own chunk. One shared
 * promise: every select waits on the same request.
 */
export function loadRadixSingleSelect(): Promise<RadixSingleSelectComponent> {
  loading ??= import('./radix-single-select').then((module) => {
    loaded = module.RadixSingleSelect;
    return loaded;
  });
  return loading;
}

/** The component when its chunk is already here, so a swap can happen in the same render. */
export const loadedRadixSingleSelect = (): RadixSingleSelectComponent | null => loaded;

/**
 * Fetch the chunk once the form has settled and the browser is idle, so the first focus rarely
 * has to wait.
 */
export function preloadRadixSingleSelect(): void {
  if (loading) return;
  const start = () => {
    // A failed preload is retried by the first focus.
    loadRadixSingleSelect().catch(() => {
      loading = null;
    });
  };
  whenIdle(start, SETTLE_MS);
}
