import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** How long typed letters add up to one search, as in Radix's own typeahead. */
const SEARCH_RESET_MS = 1000;

/**
 * Letters typed within a second, as one search (Radix's rules). `add` answers the search with
 * the key added, or null for a key that is not part of one: not printable, a modifier held, or
 * a Space with no search under way (Space then picks or opens, as Radix's does).
 */
function useSearchBuffer() {
  const search = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const reset = () => {
    clearTimeout(timer.current);
    search.current = '';
  };
  const add = (event: KeyboardEvent<HTMLElement>): string | null => {
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!printable || (event.key === ' ' && search.current === '')) return null;
    search.current += event.key;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => (search.current = ''), SEARCH_RESET_MS);
    return search.current;
  };
  return { add, reset };
}

/**
 * Typeahead for an open Radix Select list that moves focus in the key's own event. Radix's own
 * moves it a task after the key, and the browser runs a waiting key before that task: a rep who
 * types "Pi" and Enter quickly (or on a slow laptop) would pick the option focus is leaving.
 * Same rules as Radix: letters typed within a second add up, a repeated letter cycles through
 * the options starting with it, the search starts after the focused option and wraps.
 *
 * Returns the list's capture-phase keydown handler; options are found by `[data-label]`.
 */
export function useListTypeahead(list: RefObject<HTMLElement | null>) {
  const buffer = useSearchBuffer();
  return (event: KeyboardEvent<HTMLElement>) => {
    const search = buffer.add(event);
    if (search === null) return;
    event.preventDefault();
    event.stopPropagation();
    const options = [...(list.current?.querySelectorAll<HTMLElement>('[data-label]') ?? [])];
    const focused = options.findIndex((option) => option === document.activeElement);
    const next = nextMatch(
      options.map((option) => option.dataset.label ?? ''),
      search,
      focused,
    );
    if (next !== -1) options[next]?.focus();
  };
}

/**
 * Typeahead for a closed select's trigger, on the field's own options: the list is not rendered
 * while closed (single-select-input.tsx), so Radix's trigger typeahead finds nothing to pick.
 * `onKeyDown` is the trigger's handler: it calls `pick` with the matching option's id (never the
 * chosen one, as Radix) and marks the key handled, so Radix neither searches nor opens on it.
 * `reset` ends a search, as Radix's does when the list opens: a letter typed after the list
 * closes again starts a new one.
 */
export function useClosedTypeahead(
  options: readonly { id: string; label: string }[],
  chosenId: string,
  pick: (id: string) => void,
) {
  const buffer = useSearchBuffer();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const search = buffer.add(event);
    if (search === null) return;
    event.preventDefault();
    const current = options.findIndex((option) => option.id === chosenId);
    const next = nextMatch(
      options.map((option) => option.label),
      search,
      current,
    );
    const option = next === current ? undefined : options[next];
    if (option) pick(option.id);
  };
  return { onKeyDown, reset: buffer.reset };
}

/** The index of the label the search names, starting at `current` (-1: none) and wrapping. */
function nextMatch(labels: readonly string[], search: string, current: number) {
  const repeated = search.length > 1 && [...search].every((char) => char === search[0]);
  const needle = (repeated ? search[0] : search)?.toLowerCase() ?? '';
  const start = Math.max(current, 0);
  for (let i = 0; i < labels.length; i++) {
    const index = (start + i) % labels.length;
    // One letter moves on from the current option; a longer search may stay on it.
    if (needle.length === 1 && index === current) continue;
    if (labels[index]?.trim().toLowerCase().startsWith(needle)) return index;
  }
  return -1;
}
