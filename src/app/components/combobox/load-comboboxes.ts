import type { MultiCombobox } from './multi-combobox';
import type { SingleCombobox } from './single-combobox';
import { SETTLE_MS, whenIdle } from '../../lib/when-idle';

export interface Comboboxes {
  SingleCombobox: typeof SingleCombobox;
  MultiCombobox: typeof MultiCombobox;
}

let loaded: Comboboxes | null = null;
let loading: Promise<Comboboxes> | null = null;

/**
 * downshift is ~8 KB gzip, and a combobox does nothing until it is focused, so the comboboxes
 * live in their own chunk. One shared promise for every picker on the page.
 */
export function loadComboboxes(): Promise<Comboboxes> {
  loading ??= Promise.all([import('./single-combobox'), import('./multi-combobox')]).then(
    ([single, multi]) => {
      loaded = { SingleCombobox: single.SingleCombobox, MultiCombobox: multi.MultiCombobox };
      return loaded;
    },
  );
  return loading;
}

export const loadedComboboxes = (): Comboboxes | null => loaded;

/**
 * Fetch the chunk once the form has settled and the browser is idle, so the first focus rarely
 * waits for it.
 */
export function preloadComboboxes(): void {
  if (loading) return;
  const start = () => {
    // A failed preload is retried by the first focus.
    loadComboboxes().catch(() => {
      loading = null;
    });
  };
  whenIdle(start, SETTLE_MS);
}
